package org.chargeplan.solve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files HiGHS itself writes for one solve: its log ({@code log_file}) and its solution
 * ({@code solution_file}, raw style). OR-Tools 9.14 reports a HiGHS run stopped by the time limit
 * as UNKNOWN_STATUS and hands back neither the incumbent nor the bound; HiGHS's own files still
 * have both, so {@link HighsBackend} reads them back. The files live in a fresh temporary folder,
 * deleted by {@link #close()}.
 */
final class HighsReport implements AutoCloseable {

    private static final Pattern DUAL_BOUND = Pattern.compile("^\\s*Dual bound\\s+(\\S+)");

    private final Path folder;

    HighsReport() {
        this(temporaryFolder());
    }

    /** A report over the files in {@code folder} (for tests). */
    HighsReport(Path folder) {
        this.folder = folder;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("chargeplan-highs");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for HiGHS's report", e);
        }
    }

    /** HiGHS options that make it write the two files. */
    String options() {
        return "log_file=" + folder.resolve("highs.log") + "\nwrite_solution_to_file=true\nsolution_file="
                + folder.resolve("highs.sol") + "\nwrite_solution_style=0\n";
    }

    /** The dual bound of the log's solving report, in HiGHS's sense (the file minimises). */
    OptionalDouble dualBound() {
        Path log = folder.resolve("highs.log");
        if (!Files.isRegularFile(log)) {
            return OptionalDouble.empty();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(DUAL_BOUND::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .reduce((first, second) -> second).map(HighsReport::parse).filter(OptionalDouble::isPresent)
                    .orElse(OptionalDouble.empty());
        } catch (IOException | UncheckedIOException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * The column values of HiGHS's feasible solution, in the model's column order, when the solution
     * file holds one for exactly {@code columns} columns.
     */
    Optional<double[]> feasibleValues(int columns) {
        Path solution = folder.resolve("highs.sol");
        if (!Files.isRegularFile(solution)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(solution, StandardCharsets.UTF_8)) {
            String line;
            boolean primal = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("# Primal solution values")) {
                    primal = true;
                    String state = in.readLine();
                    if (state == null || !state.trim().equals("Feasible")) {
                        return Optional.empty();
                    }
                } else if (primal && line.startsWith("# Columns ")) {
                    if (Integer.parseInt(line.substring("# Columns ".length()).trim()) != columns) {
                        return Optional.empty();
                    }
                    return readBlock(in, columns);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Values of one block of the solution file, whatever HiGHS's status: {@code section} is
     * {@code "# Primal solution values"} or {@code "# Dual solution values"}, {@code block}
     * {@code "# Columns "} or {@code "# Rows "}; empty when the file has no such block of exactly
     * {@code count} values.
     */
    Optional<double[]> values(String section, String block, int count) {
        Path solution = folder.resolve("highs.sol");
        if (!Files.isRegularFile(solution)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(solution, StandardCharsets.UTF_8)) {
            String line;
            boolean inSection = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("# ") && line.endsWith("solution values")) {
                    inSection = line.equals(section);
                } else if (inSection && line.startsWith(block)) {
                    if (Integer.parseInt(line.substring(block.length()).trim()) != count) {
                        return Optional.empty();
                    }
                    return readBlock(in, count);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalDouble parse(String text) {
        try {
            return OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The next {@code count} lines of a solution-file block ({@code name value}), their values. */
    private static Optional<double[]> readBlock(BufferedReader in, int count) throws IOException {
        double[] values = new double[count];
        for (int j = 0; j < count; j++) {
            String entry = in.readLine();
            int space = entry == null ? -1 : entry.lastIndexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            values[j] = Double.parseDouble(entry.substring(space + 1));
        }
        return Optional.of(values);
    }
}
