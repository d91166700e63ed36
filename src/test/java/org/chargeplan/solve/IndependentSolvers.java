package org.chargeplan.solve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs MILP solvers that share no code with chargeplan on an MPS file: CBC ({@code cbc}, Debian
 * package coinor-cbc) and GLPK ({@code glpsol}, Debian package glpk-utils), and reads the optimum
 * they report. Used to check that an exported model means what the backend solved.
 */
public final class IndependentSolvers {

    private static final Pattern CBC_OPTIMUM = Pattern.compile("^Optimal - objective value\\s+(\\S+)");
    private static final Pattern GLPK_OPTIMUM = Pattern.compile("^Objective:\\s+\\S+ = (\\S+)");

    private IndependentSolvers() {
    }

    /** Whether {@code program} is on the PATH. */
    public static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** CBC's proven optimum of the file, or empty when CBC does not prove one. */
    public static OptionalDouble cbc(Path mps) throws IOException, InterruptedException {
        Path solution = Files.createTempFile("cbc", ".txt");
        try {
            run(List.of("cbc", mps.toString(), "ratioGap", "0", "allowableGap", "0", "solve", "solu",
                    solution.toString()));
            List<String> lines = Files.readAllLines(solution, StandardCharsets.UTF_8);
            Matcher m = lines.isEmpty() ? null : CBC_OPTIMUM.matcher(lines.get(0));
            return m != null && m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
        } finally {
            Files.deleteIfExists(solution);
        }
    }

    /** GLPK's proven optimum of the file, or empty when GLPK does not prove one. */
    public static OptionalDouble glpk(Path mps) throws IOException, InterruptedException {
        Path report = Files.createTempFile("glpk", ".txt");
        try {
            run(List.of("glpsol", "--freemps", mps.toString(), "--mipgap", "0", "-o", report.toString()));
            boolean optimal = false;
            OptionalDouble value = OptionalDouble.empty();
            for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
                if (line.startsWith("Status:") && line.contains("OPTIMAL") && !line.contains("UNDEFINED")) {
                    optimal = true;
                }
                Matcher m = GLPK_OPTIMUM.matcher(line);
                if (m.find()) {
                    value = OptionalDouble.of(Double.parseDouble(m.group(1)));
                }
            }
            return optimal ? value : OptionalDouble.empty();
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish in 300 s");
        }
    }
}
