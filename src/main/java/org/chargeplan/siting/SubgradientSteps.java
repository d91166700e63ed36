package org.chargeplan.siting;

/**
 * How the {@link LagrangianBound}'s multipliers move: deflected subgradient steps (Camerini,
 * Fratta and Maffioli, "On improving relaxation methods by modified gradient techniques",
 * Mathematical Programming Study 3, 1975) of Polyak's length toward the best known plan (Held,
 * Wolfe and Crowder, Mathematical Programming 6, 1974), with a step factor halved after
 * {@value #PATIENCE} steps without a lower value; the search ends when the factor falls below
 * {@value #SMALLEST_FACTOR}. Multipliers stay non-negative.
 */
final class SubgradientSteps {

    /** Steps without a better bound before the step factor is halved. */
    private static final int PATIENCE = 40;
    /** Camerini–Fratta–Maffioli's γ: how much of the previous direction a new one may keep. */
    private static final double DEFLECTION = 1.5;
    /** Polyak's aim is at least this far (relative) below the best bound so far. */
    private static final double AIM_BELOW = 0.05;
    /** The step factor at which the search stops. */
    private static final double SMALLEST_FACTOR = 1e-4;

    private double lowest = Double.POSITIVE_INFINITY;
    private double factor = 2;
    private int sinceBetter;
    private double[][] previous;

    /** Whether the step factor is still worth stepping with. */
    boolean running() {
        return factor >= SMALLEST_FACTOR;
    }

    /** The lowest value recorded. */
    double lowest() {
        return lowest;
    }

    /** The step factor. */
    double factor() {
        return factor;
    }

    /** Records the value at the current multipliers; true when it is the lowest so far. */
    boolean record(double value) {
        if (lowest == Double.POSITIVE_INFINITY || value < lowest - 1e-9 * Math.abs(lowest)) {
            lowest = value;
            sinceBetter = 0;
            return true;
        }
        if (++sinceBetter >= PATIENCE) {
            factor /= 2;
            sinceBetter = 0;
        }
        return false;
    }

    /**
     * Moves the multipliers {@code parts} (each kept non-negative) against the subgradient
     * {@code g} (same shape; changed in place) at a point whose value is {@code value}; false,
     * with nothing moved, when the subgradient is zero (the relaxed rows all hold with equality:
     * the value is the optimum).
     *
     * @param target the value of the best known plan
     */
    boolean step(double[][] g, double value, double target, double[]... parts) {
        double[][] direction = deflected(g);
        previous = direction;
        double norm = dot(direction, direction);
        if (norm < 1e-18) {
            return false;
        }
        // Polyak's step aims at the known plan, or at AIM_BELOW under the bound when that is higher
        // (a weak or missing plan would make every step too long).
        double aim = Math.max(target, (1 - AIM_BELOW) * lowest);
        double step = factor * Math.max(value - aim, 1e-6 * Math.abs(aim)) / norm;
        for (int part = 0; part < parts.length; part++) {
            for (int k = 0; k < parts[part].length; k++) {
                parts[part][k] = Math.max(0, parts[part][k] - step * direction[part][k]);
            }
        }
        return true;
    }

    /**
     * The subgradient plus a share of the previous direction when the two point apart, which
     * damps the zigzag of the plain subgradient method.
     */
    private double[][] deflected(double[][] g) {
        if (previous == null) {
            return g;
        }
        double along = dot(g, previous);
        if (along >= 0) {
            return g;
        }
        double beta = -DEFLECTION * along / dot(previous, previous);
        for (int part = 0; part < g.length; part++) {
            for (int k = 0; k < g[part].length; k++) {
                g[part][k] += beta * previous[part][k];
            }
        }
        return g;
    }

    private static double dot(double[][] a, double[][] b) {
        double sum = 0;
        for (int part = 0; part < a.length; part++) {
            for (int k = 0; k < a[part].length; k++) {
                sum += a[part][k] * b[part][k];
            }
        }
        return sum;
    }
}
