package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every backend must do, on models small enough to solve by hand. Runs against each backend. */
class SolverBackendContractTest {

    private static SolverBackend backend(String name) {
        return Solvers.byName(name).orElseThrow();
    }

    private static final SolveOptions OPTIONS = new SolveOptions(30, 1e-9, 1);

    /** max 5a + 4b + 3c, 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, 3a + 4b + 2c ≤ 8, integers ≥ 0: optimum 13 at (2, 0, 1). */
    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void solvesASmallIntegerProgram(String name) {
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int a = b.addColumn("a", 0, 10, VariableType.INTEGER, 5);
        int x = b.addColumn("b", 0, 10, VariableType.INTEGER, 4);
        int c = b.addColumn("c", 0, 10, VariableType.INTEGER, 3);
        row(b, 5, new int[] {a, x, c}, new double[] {2, 3, 1});
        row(b, 11, new int[] {a, x, c}, new double[] {4, 1, 2});
        row(b, 8, new int[] {a, x, c}, new double[] {3, 4, 2});
        SolveResult result = backend(name).solve(b.build(), OPTIONS);
        assertEquals(SolveStatus.OPTIMAL, result.status());
        assertEquals(13, result.objective(), 1e-6);
        assertArrayEquals(new double[] {2, 0, 1}, result.values(), 1e-6);
        assertEquals(name, result.solver());
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void reportsInfeasibleAsAStatus(String name) {
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MINIMISE);
        int y = b.addColumn("y", 0, 1, VariableType.BINARY, 1);
        b.startRow("needs_two");
        b.addEntry(y, 1);
        b.endRow(2, Double.POSITIVE_INFINITY);
        assertEquals(SolveStatus.INFEASIBLE, backend(name).solve(b.build(), OPTIONS).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void solvesAnLpWithItsBound(String name) {
        // min x + y, x + 2y ≥ 4, 3x + y ≥ 6: optimum 2.8 at (1.6, 1.2)
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MINIMISE);
        int x = b.addColumn("x", 0, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS, 1);
        int y = b.addColumn("y", 0, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS, 1);
        b.startRow("r1");
        b.addEntry(x, 1);
        b.addEntry(y, 2);
        b.endRow(4, Double.POSITIVE_INFINITY);
        b.startRow("r2");
        b.addEntry(x, 3);
        b.addEntry(y, 1);
        b.endRow(6, Double.POSITIVE_INFINITY);
        SolveResult result = backend(name).solve(b.build(), OPTIONS);
        assertEquals(SolveStatus.OPTIMAL, result.status());
        assertEquals(2.8, result.objective(), 1e-6);
        assertArrayEquals(new double[] {1.6, 1.2}, result.values(), 1e-6);
    }

    private static void row(LinearModel.Builder b, double upper, int[] columns, double[] values) {
        b.startRow("r" + upper);
        for (int k = 0; k < columns.length; k++) {
            b.addEntry(columns[k], values[k]);
        }
        b.endRow(Double.NEGATIVE_INFINITY, upper);
    }
}
