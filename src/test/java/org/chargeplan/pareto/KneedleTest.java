package org.chargeplan.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Kneedle} on hand-made fronts whose difference curves are worked out in the comments
 * (x scaled to [0, 1] in steps of 0.1 or 0.25, y likewise).
 */
class KneedleTest {

    private static final double[] ELEVEN = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    /**
     * Cost rises by 0.02 per 0.1 of coverage up to 0.6, then by 0.22: ŷ(0.6) = 0.12, so
     * D(0.6) = 0.48, the largest; the threshold is 0.48 − 1 · 0.1 = 0.38 and D(0.7) = 0.7 − 0.34 =
     * 0.36 falls below it: a knee at 0.6 and nowhere else (D rises all the way before it).
     */
    @Test
    void findsTheBendOfAPiecewiseLinearFront() {
        double[] cost = {0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.34, 0.56, 0.78, 1.0};
        assertArrayEquals(only(11, 6), Kneedle.knees(ELEVEN, cost));
    }

    /** Scaling and shifting either axis (shares → %, cost in currency) moves nothing. */
    @Test
    void doesNotDependOnUnits() {
        double[] served = new double[11];
        double[] cost = {0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.34, 0.56, 0.78, 1.0};
        for (int i = 0; i < 11; i++) {
            served[i] = 3.8 + 70 * ELEVEN[i];
            cost[i] = 28_000 + 1.2e6 * cost[i];
        }
        assertArrayEquals(only(11, 6), Kneedle.knees(served, cost));
    }

    /**
     * Five points with D = 0, 0.017, 0.037, 0.05, 0 (the Sioux Falls sample's front is about this
     * straight): the local maximum 0.05 gives a threshold 0.05 − 0.25 < 0 that D never falls below:
     * no knee.
     */
    @Test
    void aNearlyStraightFrontHasNoKnee() {
        double[] x = {0, 0.25, 0.5, 0.75, 1};
        double[] y = {0, 0.233, 0.463, 0.70, 1};
        assertArrayEquals(new boolean[5], Kneedle.knees(x, y));
    }

    /**
     * Two bends: nine points, x in steps of 0.125, y = 0, 0.025, 0.05, 0.325, 0.35, 0.375, 0.45,
     * 0.725, 1, so D = 0, 0.1, 0.2, 0.05, 0.15, 0.25, 0.3, 0.15, 0 with local maxima 0.2 and 0.3.
     * S = 1: thresholds 0.2 − 0.125 = 0.075 (undercut by 0.05 before the next maximum) and 0.175
     * (undercut by 0.15): two knees. S = 2: thresholds −0.05 (never undercut) and 0.05 (undercut by
     * the final 0): only the second.
     */
    @Test
    void findsTwoKneesAndTheSensitivityDropsTheShallowOne() {
        double[] x = {0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1};
        double[] y = {0, 0.025, 0.05, 0.325, 0.35, 0.375, 0.45, 0.725, 1};
        boolean[] expected = new boolean[9];
        expected[2] = true;
        expected[6] = true;
        assertArrayEquals(expected, Kneedle.knees(x, y));
        assertArrayEquals(only(9, 6), Kneedle.knees(x, y, 2));
    }

    @Test
    void tooFewPointsOrAFlatAxisGiveNoKnee() {
        assertArrayEquals(new boolean[2], Kneedle.knees(new double[] {0, 1}, new double[] {0, 1}));
        assertArrayEquals(new boolean[3], Kneedle.knees(new double[] {0, 0.5, 1}, new double[] {5, 5, 5}));
        assertArrayEquals(new boolean[3], Kneedle.knees(new double[] {2, 2, 2}, new double[] {0, 1, 2}));
    }

    private static boolean[] only(int n, int index) {
        boolean[] knee = new boolean[n];
        knee[index] = true;
        return knee;
    }
}
