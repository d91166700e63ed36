package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading HiGHS's own log and raw solution file, in the form HiGHS 1.11 writes them when its time
 * limit stops a MIP (copied from such a run on a generated city, shortened to three columns).
 */
class HighsReportTest {

    @TempDir
    Path folder;

    private static final String LOG = """
            Solving report
              Status            Time limit reached
              Primal bound      -4579.00137931
              Dual bound        -4910.3997656
              Gap               7.23% (tolerance: 1%)
            """;

    private static final String SOLUTION = """
            Model status
            Time limit reached

            # Primal solution values
            Feasible
            Objective -4579.001379310614
            # Columns 3
            y_S0 1
            n_S0_ac22 4
            a_D1_S0 0.25
            # Rows 1
            budget 200000
            """;

    @Test
    void readsTheIncumbentAndTheDualBound() throws Exception {
        Files.writeString(folder.resolve("highs.log"), LOG);
        Files.writeString(folder.resolve("highs.sol"), SOLUTION);
        HighsReport report = new HighsReport(folder);
        assertEquals(-4910.3997656, report.dualBound().orElseThrow(), 0.0);
        assertArrayEquals(new double[] {1, 4, 0.25}, report.feasibleValues(3).orElseThrow(), 0.0);
        assertTrue(report.feasibleValues(4).isEmpty(), "a solution of another model is not taken");
        assertTrue(report.options().contains("solution_file=" + folder.resolve("highs.sol")));
    }

    @Test
    void noFeasibleSolutionAndNoFilesGiveNothing() throws Exception {
        HighsReport report = new HighsReport(folder);
        assertTrue(report.dualBound().isEmpty());
        assertTrue(report.feasibleValues(3).isEmpty());
        Files.writeString(folder.resolve("highs.sol"), SOLUTION.replace("Feasible", "Infeasible"));
        assertTrue(report.feasibleValues(3).isEmpty());
    }
}
