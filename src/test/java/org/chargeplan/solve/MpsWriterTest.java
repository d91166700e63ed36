package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row and bound kind the writer has, read back by CBC and GLPK. */
class MpsWriterTest {

    @TempDir
    Path folder;

    /**
     * max 3x + 2y − z + w with x integer in [−2, ∞), y ∈ [0, 1.5], z fixed at 0.25, w free continuous,
     * v integer in [1, 3] (objective 0, only in a ranged row), a free row that constrains nothing;
     * rows: x + y ≤ 4.5 (L), x − w ≥ −1 (G), w + v = 2.5 (E), 1 ≤ x + v ≤ 5 (range).
     * Solved by hand: w = 2.5 − v, x ≤ 1.5 + ... ; HiGHS gives the reference optimum.
     */
    private static LinearModel everyKind() {
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int x = b.addColumn("x", -2, Double.POSITIVE_INFINITY, VariableType.INTEGER, 3);
        int y = b.addColumn("y has space", 0, 1.5, VariableType.CONTINUOUS, 2);
        int z = b.addColumn("z", 0.25, 0.25, VariableType.CONTINUOUS, -1);
        int w = b.addColumn("w", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS, 1);
        int v = b.addColumn("y has space", 1, 3, VariableType.INTEGER, 0);
        row(b, "L", new int[] {x, y}, new double[] {1, 1}, Double.NEGATIVE_INFINITY, 4.5);
        row(b, "G", new int[] {x, w}, new double[] {1, -1}, -1, Double.POSITIVE_INFINITY);
        row(b, "E", new int[] {w, v}, new double[] {1, 1}, 2.5, 2.5);
        row(b, "range", new int[] {x, v}, new double[] {1, 1}, 1, 5);
        row(b, "free", new int[] {x, z}, new double[] {1, 1}, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cbc", "glpsol"})
    void independentSolversFindTheBackendsOptimum(String solver) throws Exception {
        assumeTrue(IndependentSolvers.installed(solver), solver + " not installed (.ci/run installs it); skipping");
        LinearModel model = everyKind();
        SolveResult reference = new HighsBackend().solve(model, new SolveOptions(30, 1e-9, 1));
        assertEquals(SolveStatus.OPTIMAL, reference.status());
        Path mps = folder.resolve("every-kind.mps");
        try (Writer out = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
            MpsWriter.write(model, "every kind", List.of("test"), out);
        }
        OptionalDouble optimum = solver.equals("cbc") ? IndependentSolvers.cbc(mps) : IndependentSolvers.glpk(mps);
        assertTrue(optimum.isPresent(), solver + " proved no optimum");
        assertEquals(-reference.objective(), optimum.getAsDouble(), 1e-9);
    }

    @Test
    void writesTheSameBytesTwiceAndUniqueNames() throws Exception {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        MpsWriter.write(everyKind(), "every kind", List.of(), first);
        MpsWriter.write(everyKind(), "every kind", List.of(), second);
        assertEquals(first.toString(), second.toString());
        String text = first.toString();
        assertTrue(text.contains("NAME every_kind\n"), text);
        assertTrue(text.contains(" UI BND y_has_space#4 3\n"), text);
        assertTrue(text.contains(" FX BND z 0.25\n"), text);
        assertTrue(text.contains(" FR BND w\n"), text);
        assertTrue(text.contains(" PL BND x\n"), text);
        assertTrue(text.contains("    RNG range 4\n"), text);
        assertTrue(!text.contains(" free"), "a free row is left out:\n" + text);
    }

    @Test
    void numbersReadBackExactly() {
        for (double value : new double[] {0.1, 1.0 / 3, -2.5e-12, 12345678.9, 3, -7, 1e20}) {
            assertEquals(value, Double.parseDouble(MpsWriter.number(value)), 0.0);
        }
    }

    private static void row(LinearModel.Builder b, String name, int[] columns, double[] values, double lo, double hi) {
        b.startRow(name);
        for (int i = 0; i < columns.length; i++) {
            b.addEntry(columns[i], values[i]);
        }
        b.endRow(lo, hi);
    }
}
