package org.chargeplan.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A program outside the JVM that a test uses as an independent client (GDAL's {@code ogrinfo},
 * {@code ogr2ogr}, Chromium): found on the PATH, run with its output captured. Tests skip, with the
 * message given, when the program is not installed.
 */
record ExternalProgram(Path executable) {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\n--- stderr ---\n" + err + "--- stdout ---\n" + out;
        }
    }

    /** The first of the names found on the PATH. */
    static Optional<ExternalProgram> find(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new ExternalProgram(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** The program, or a skipped test naming the Debian package to install. */
    static ExternalProgram require(String debianPackage, String... names) {
        Optional<ExternalProgram> program = find(names);
        assumeTrue(program.isPresent(), String.join("/", names) + " not present; skipping (apt-get install "
                + debianPackage + ")");
        return program.get();
    }

    Result run(Path workingDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workingDir, "out", ".txt");
            Path err = Files.createTempFile(workingDir, "err", ".txt");
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 180 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
