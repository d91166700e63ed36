package org.chargeplan.pareto;

/**
 * Knee points of an increasing convex curve by the Kneedle method (V. Satopää, J. Albrecht,
 * D. Irwin, B. Raghavan, "Finding a 'Kneedle' in a Haystack: Detecting Knee Points in System
 * Behavior", 31st IEEE ICDCS Workshops, 2011, pp. 166–171), for the cost-versus-coverage front:
 * x is the served share, y the cost, and past a knee each further unit of coverage costs markedly
 * more than before it.
 *
 * <p>Steps, as in the paper (without its smoothing step: the points are exact solves, not noisy
 * measurements): scale x and y to the unit square, {@code x̂ = (x − x_min)/(x_max − x_min)} and
 * likewise {@code ŷ}; take the difference curve {@code D_i = x̂_i − ŷ_i} (for a convex increasing
 * curve: how far the point lies below the chord joining the ends, which is the diagonal after
 * scaling; the perpendicular distance is {@code D_i/√2}); every interior local maximum {@code D_i}
 * that is positive is a candidate with threshold {@code T_i = D_i − S·mean(x̂_{j+1} − x̂_j)}; the
 * candidate is a knee when the difference curve falls below {@code T_i} after it before it reaches
 * the next local maximum. The sensitivity {@code S} is the paper's default 1 unless given. Since
 * the threshold scales with the mean step, a front of few points needs a sharp bend to show a
 * knee at {@code S = 1} (five points: D must fall by 0.25 after its maximum); a smaller S accepts
 * gentler ones.
 *
 * <p>Needs at least three points; fewer, or a flat x or y range, give no knee. Stateless and
 * thread-safe.
 */
public final class Kneedle {

    /** The paper's default sensitivity. */
    public static final double DEFAULT_SENSITIVITY = 1.0;

    private Kneedle() {
    }

    /** {@link #knees(double[], double[], double)} with the default sensitivity. */
    public static boolean[] knees(double[] x, double[] y) {
        return knees(x, y, DEFAULT_SENSITIVITY);
    }

    /**
     * @param x           abscissae, non-decreasing
     * @param y           ordinates (same length), non-decreasing
     * @param sensitivity the paper's S ≥ 0: larger asks for a sharper knee
     * @return for each point, whether it is a knee
     */
    public static boolean[] knees(double[] x, double[] y, double sensitivity) {
        if (x.length != y.length || !(sensitivity >= 0)) {
            throw new IllegalArgumentException("x and y must have the same length and S must be ≥ 0");
        }
        int n = x.length;
        boolean[] knee = new boolean[n];
        if (n < 3) {
            return knee;
        }
        double[] difference = differenceCurve(x, y);
        if (difference.length == 0) {
            return knee;
        }
        double meanStep = 1.0 / (n - 1); // the scaled x runs from 0 to 1 in n − 1 steps
        for (int i = 1; i < n - 1; i++) {
            if (!isLocalMaximum(difference, i) || difference[i] <= 0) {
                continue;
            }
            double threshold = difference[i] - sensitivity * meanStep;
            for (int j = i + 1; j < n; j++) {
                if (difference[j] < threshold) {
                    knee[i] = true;
                    break;
                }
                if (j < n - 1 && isLocalMaximum(difference, j)) {
                    break;
                }
            }
        }
        return knee;
    }

    /**
     * The difference curve {@code D_i = x̂_i − ŷ_i} on the unit square; empty when x or y has no
     * range.
     */
    public static double[] differenceCurve(double[] x, double[] y) {
        double xMin = min(x);
        double yMin = min(y);
        double xSpan = max(x) - xMin;
        double ySpan = max(y) - yMin;
        if (!(xSpan > 0) || !(ySpan > 0)) {
            return new double[0];
        }
        double[] difference = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            difference[i] = (x[i] - xMin) / xSpan - (y[i] - yMin) / ySpan;
        }
        return difference;
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Higher than the point before, not lower than the point after (the first of a plateau counts). */
    private static boolean isLocalMaximum(double[] d, int i) {
        return d[i] > d[i - 1] && d[i] >= d[i + 1];
    }
}
