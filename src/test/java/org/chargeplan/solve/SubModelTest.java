package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sub-model is the whole model with the other columns fixed: on seeded random MILPs, its optimum
 * lifted back equals the optimum of the whole model with the fixed columns' bounds pinned at the
 * point (a second model, built without {@link SubModel}, solved by the same HiGHS), and the lifted
 * point satisfies the whole model.
 */
class SubModelTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void equalsTheWholeModelWithPinnedColumns(long seed) {
        Random random = new Random(seed);
        LinearModel whole = randomMilp(random);
        double[] point = new double[whole.columnCount()]; // all zero: feasible by construction
        boolean[] free = new boolean[whole.columnCount()];
        for (int j = 0; j < free.length; j++) {
            free[j] = random.nextDouble() < 0.6;
        }
        // Some fixed columns away from zero where that keeps the point feasible: pin them at the
        // optimum of the whole model instead, which is feasible.
        HighsBackend highs = new HighsBackend();
        SolveResult optimum = highs.solve(whole, EXACT);
        assertEquals(SolveStatus.OPTIMAL, optimum.status(), "seed " + seed);
        if (random.nextBoolean()) {
            point = optimum.values().clone();
        }
        SubModel sub = SubModel.of(whole, free, point);
        assertTrue(sub.model().columnCount() < whole.columnCount() || allFree(free), "seed " + seed);
        SolveResult subResult = highs.solve(sub.model(), EXACT);
        SolveResult pinned = highs.solve(pinned(whole, free, point), EXACT);
        assertEquals(SolveStatus.OPTIMAL, subResult.status(), "seed " + seed);
        assertEquals(SolveStatus.OPTIMAL, pinned.status(), "seed " + seed);
        double[] lifted = sub.lift(subResult.values());
        assertTrue(whole.satisfies(lifted, 1e-6), "seed " + seed + ": the lifted point breaks the whole model");
        assertEquals(pinned.objective(), sub.wholeObjective(subResult.values()),
                1e-6 * Math.max(1, Math.abs(pinned.objective())),
                "seed " + seed);
        assertArrayEquals(startOf(free, point), sub.start(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void twoDisjointSubModelsWithHalfTheRoomFitTogether(long seed) {
        Random random = new Random(seed);
        LinearModel whole = randomMilp(random);
        HighsBackend highs = new HighsBackend();
        // A start with room on both sides of most rows: half the optimum, integers rounded down
        // (every coefficient is non-negative, so every row still holds).
        double[] point = highs.solve(whole, EXACT).values().clone();
        for (int j = 0; j < point.length; j++) {
            point[j] = whole.type(j) == VariableType.CONTINUOUS ? point[j] / 2 : Math.floor(point[j] / 2);
        }
        assertTrue(whole.satisfies(point, 1e-9), "seed " + seed + ": the start breaks the model");
        boolean[] first = new boolean[whole.columnCount()];
        boolean[] second = new boolean[whole.columnCount()];
        for (int j = 0; j < first.length; j++) {
            int side = random.nextInt(3);
            first[j] = side == 0;
            second[j] = side == 1;
        }
        double[] shares = new double[whole.rowCount()];
        java.util.Arrays.fill(shares, 0.5);
        SubModel a = SubModel.of(whole, first, point, shares);
        SubModel b = SubModel.of(whole, second, point, shares);
        SolveResult ra = highs.solve(a.model(), EXACT);
        SolveResult rb = highs.solve(b.model(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, ra.status(), "seed " + seed);
        assertEquals(SolveStatus.OPTIMAL, rb.status(), "seed " + seed);
        double[] together = a.lift(ra.values());
        double[] fromB = b.lift(rb.values());
        for (int j = 0; j < together.length; j++) {
            if (second[j]) {
                together[j] = fromB[j];
            }
        }
        assertTrue(whole.satisfies(together, 1e-6), "seed " + seed + ": the two solutions do not fit together");
        // Half the room never does better than all of it.
        SolveResult fullA = highs.solve(SubModel.of(whole, first, point).model(), EXACT);
        assertTrue(fullA.objective() >= ra.objective() - 1e-6, "seed " + seed + ": half the room served more");
    }

    /**
     * max c·x, x in [0, 5] (integer or continuous), rows Σ a x ≤ b with a ≥ 0 and b > 0, so that
     * zero is feasible; some rows also get a ≥ floor of 0 in a two-sided form.
     */
    private static LinearModel randomMilp(Random random) {
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int columns = 12 + random.nextInt(12);
        for (int j = 0; j < columns; j++) {
            VariableType type = random.nextBoolean() ? VariableType.INTEGER : VariableType.CONTINUOUS;
            b.addColumn("x" + j, 0, 5, type, 1 + random.nextInt(20));
        }
        int rows = 6 + random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            b.startRow("r" + r);
            for (int j = 0; j < columns; j++) {
                if (random.nextDouble() < 0.35) {
                    b.addEntry(j, 1 + random.nextInt(9));
                }
            }
            b.endRow(random.nextBoolean() ? Double.NEGATIVE_INFINITY : 0, 10 + random.nextInt(40));
        }
        return b.build();
    }

    /** The whole model with every column not free pinned at the point by its bounds. */
    private static LinearModel pinned(LinearModel whole, boolean[] free, double[] point) {
        LinearModel.Builder b = new LinearModel.Builder(whole.sense());
        for (int j = 0; j < whole.columnCount(); j++) {
            double lo = free[j] ? whole.lower(j) : point[j];
            double hi = free[j] ? whole.upper(j) : point[j];
            b.addColumn(whole.columnName(j), lo, hi, whole.type(j), whole.objective(j));
        }
        for (int r = 0; r < whole.rowCount(); r++) {
            b.startRow(whole.rowName(r));
            for (int k = whole.rowStart(r); k < whole.rowEnd(r); k++) {
                b.addEntry(whole.entryColumn(k), whole.entryValue(k));
            }
            b.endRow(whole.rowLower(r), whole.rowUpper(r));
        }
        return b.build();
    }

    private static double[] startOf(boolean[] free, double[] point) {
        return java.util.stream.IntStream.range(0, free.length).filter(j -> free[j]).mapToDouble(j -> point[j])
                .toArray();
    }

    private static boolean allFree(boolean[] free) {
        for (boolean f : free) {
            if (!f) {
                return false;
            }
        }
        return true;
    }
}
