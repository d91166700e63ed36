package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --solver auto} sends tiny models to ojAlgo and the rest to HiGHS, and says which solved. */
class AutoBackendTest {

    private static LinearModel knapsack(int items) {
        LinearModel.Builder model = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int[] columns = new int[items];
        for (int i = 0; i < items; i++) {
            columns[i] = model.addColumn("x" + i, 0, 1, VariableType.BINARY, 1 + i % 7);
        }
        model.startRow("capacity");
        for (int i = 0; i < items; i++) {
            model.addEntry(columns[i], 2 + i % 5);
        }
        model.endRow(Double.NEGATIVE_INFINITY, items);
        return model.build();
    }

    @Test
    void tinyModelsGoToOjAlgoAndLargerOnesToHighs() {
        AutoBackend auto = new AutoBackend(Optional.of(new HighsBackend()));
        SolveOptions options = new SolveOptions(30, 1e-9, 1);
        SolveResult tiny = auto.solve(knapsack(AutoBackend.SMALL_INTEGERS), options);
        SolveResult larger = auto.solve(knapsack(AutoBackend.SMALL_INTEGERS + 1), options);
        assertEquals("ojalgo", tiny.solver());
        assertEquals("highs", larger.solver());
        assertEquals(new HighsBackend().solve(knapsack(AutoBackend.SMALL_INTEGERS), options).objective(), tiny.objective(), 1e-9);
    }

    @Test
    void withoutHighsEverythingGoesToOjAlgo() {
        AutoBackend auto = new AutoBackend(Optional.empty());
        assertEquals("ojalgo", auto.choose(knapsack(200)).name());
    }
}
