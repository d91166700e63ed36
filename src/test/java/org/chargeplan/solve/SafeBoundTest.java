package org.chargeplan.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safe bound is a bound for any duals, and the LP optimum for good ones: on random LPs (rows of
 * every kind, some columns without an upper bound but bounded by an equality row) it is never on
 * the wrong side of HiGHS's exact simplex optimum with random duals, and meets it, within 1e-6,
 * with the duals of HiGHS's interior point estimate.
 */
class SafeBoundTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void boundsTheOptimumWithAnyDualsAndMeetsItWithGoodOnes(long seed) {
        for (LinearModel.Sense sense : LinearModel.Sense.values()) {
            LinearModel model = randomLp(seed, sense);
            SolveResult exact = new HighsBackend().solve(model, new SolveOptions(60, 1e-9, 1));
            assertEquals(SolveStatus.OPTIMAL, exact.status(), "seed " + seed + " " + sense);
            double optimum = exact.objective();
            double tolerance = 1e-6 * Math.max(1, Math.abs(optimum));
            boolean max = sense == LinearModel.Sense.MAXIMISE;

            Random random = new Random(seed * 31);
            for (int trial = 0; trial < 20; trial++) {
                double[] duals = new double[model.rowCount()];
                for (int r = 0; r < duals.length; r++) {
                    duals[r] = trial == 0 ? 0 : 20 * (random.nextDouble() - 0.5);
                }
                double bound = SafeBound.of(model, duals);
                assertTrue(max ? bound >= optimum - 1e-9 : bound <= optimum + 1e-9,
                        "seed " + seed + " " + sense + " trial " + trial + ": bound " + bound + ", optimum " + optimum);
            }
            LpEstimate estimate = new HighsBackend().relaxationEstimate(model, new SolveOptions(60, 1e-9, 1)).orElseThrow();
            double bound = SafeBound.of(model, estimate.rowDuals());
            assertTrue(max ? bound >= optimum - 1e-9 : bound <= optimum + 1e-9, "seed " + seed + " " + sense);
            assertEquals(optimum, bound, tolerance, "seed " + seed + " " + sense + " (" + estimate.status() + ")");
        }
    }

    /** With zero duals the bound is each column at its best bound, counted by hand. */
    @Test
    void zeroDualsGiveTheBoxBound() {
        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int x = b.addColumn("x", 0, 4, VariableType.CONTINUOUS, 3);
        int y = b.addColumn("y", -2, 5, VariableType.CONTINUOUS, -1);
        int z = b.addColumn("z", 0, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS, 2);
        b.startRow("z_is_x_plus_one");
        b.addEntry(z, 1);
        b.addEntry(x, -1);
        b.endRow(1, 1);
        b.startRow("sum");
        b.addEntry(x, 1);
        b.addEntry(y, 1);
        b.endRow(Double.NEGATIVE_INFINITY, 3);
        LinearModel model = b.build();
        // x ≤ 4, y ≥ −2, z ≤ 4 + 1 implied by the equality row: 3·4 + (−1)·(−2) + 2·5 = 24.
        assertEquals(24, SafeBound.of(model, new double[2]), 1e-6);
    }

    /**
     * A seeded LP: 8 to 15 columns in [0, 10], two more without an upper bound, each tied to an
     * equality row; 6 to 11 rows of random kind over random columns.
     */
    private static LinearModel randomLp(long seed, LinearModel.Sense sense) {
        Random random = new Random(seed);
        LinearModel.Builder b = new LinearModel.Builder(sense);
        int n = 8 + random.nextInt(8);
        for (int j = 0; j < n; j++) {
            b.addColumn("x" + j, 0, 10, VariableType.CONTINUOUS, 10 * (random.nextDouble() - 0.3));
        }
        for (int e = 0; e < 2; e++) {
            int free = b.addColumn("e" + e, 0, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS,
                    5 * (random.nextDouble() - 0.3));
            b.startRow("tie" + e);
            b.addEntry(free, 1);
            for (int j = e; j < n; j += 2) {
                b.addEntry(j, -(0.5 + random.nextDouble()));
            }
            b.endRow(0, 0);
        }
        int m = 6 + random.nextInt(6);
        for (int r = 0; r < m; r++) {
            b.startRow("r" + r);
            for (int j = 0; j < n + 2; j++) {
                if (random.nextInt(3) == 0) {
                    b.addEntry(j, 1 + 4 * random.nextDouble());
                }
            }
            double rhs = 20 + 40 * random.nextDouble();
            switch (random.nextInt(3)) {
                case 0 -> b.endRow(Double.NEGATIVE_INFINITY, rhs);
                case 1 -> b.endRow(rhs / 10, Double.POSITIVE_INFINITY);
                default -> b.endRow(rhs / 10, rhs);
            }
        }
        return b.build();
    }
}
