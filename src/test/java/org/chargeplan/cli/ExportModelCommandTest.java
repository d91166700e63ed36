package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.chargeplan.solve.IndependentSolvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chargeplan export-model} on the shipped sample, read back by CBC. */
class ExportModelCommandTest {

    private static final String SAMPLE = "maps/sioux-falls/scenario.yaml";

    @TempDir
    Path folder;

    @Test
    void writesTheSameMpsTwice() throws Exception {
        Path first = folder.resolve("a.mps");
        Path second = folder.resolve("b.mps");
        CliRun run = CliRun.of("export-model", SAMPLE, "--format", "mps", "-o", first.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertEquals(ExitCode.OK, CliRun.of("export-model", SAMPLE, "-o", second.toString(), "--quiet").exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String text = Files.readString(first);
        assertTrue(text.startsWith("* chargeplan siting model of scenario.yaml"), text.substring(0, 200));
        assertTrue(text.contains("\nENDATA\n"));
        assertTrue(run.out().startsWith("wrote "), run.describe());
    }

    /**
     * The cheapest-plan phase: CBC's least cost at the exported coverage floor is the capital cost
     * the plan's first AC round reaches with HiGHS (the grid rows without margins: the sample
     * needs a second round, so this is below the README's final cost).
     */
    @Test
    void cheapestPhaseIsReadByCbc() throws Exception {
        assumeTrue(IndependentSolvers.installed("cbc"), "cbc not installed (.ci/run installs it); skipping");
        Path mps = folder.resolve("cheapest.mps");
        CliRun run = CliRun.of("export-model", SAMPLE, "--phase", "cheapest", "-o", mps.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertTrue(Files.readString(mps).contains("* objective: least capital cost serving at least "));
        OptionalDouble cost = IndependentSolvers.cbc(mps);
        assertTrue(cost.isPresent(), "CBC proves an optimum");
        java.util.regex.Matcher constant = java.util.regex.Pattern.compile("\\* objective constant (\\S+) ")
                .matcher(Files.readString(mps));
        assertTrue(constant.find(), "the file states the existing chargers' value");
        assertEquals(-28_000, Double.parseDouble(constant.group(1)), 1e-9, "4 existing ac22 at 7,000 (README)");
        double reported = cost.getAsDouble() + Double.parseDouble(constant.group(1));
        assertTrue(reported > 0 && reported <= 1_200_000 + 1e-6, "within the budget: " + reported);
    }

    @Test
    void unknownFormatIsBadInput() {
        Path mps = folder.resolve("x.lp");
        CliRun run = CliRun.of("export-model", SAMPLE, "--format", "lp", "-o", mps.toString(), "--quiet");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        assertTrue(run.err().contains("'--format' = lp") || run.err().contains("--format"), run.describe());
        assertFalse(Files.exists(mps));
    }
}
