package org.chargeplan.siting;

import java.util.Arrays;

/**
 * The most one open site can earn from the demand within its reach, given its charger capacity:
 *
 * <pre>
 *   max Σ_c g_c(A_c)   subject to   Σ_c α_rc·A_c ≤ K_r  (every local row r),   A_c ≥ 0
 * </pre>
 *
 * where {@code A_c} is the energy of class {@code c} served there (kWh/day), {@code g_c} the
 * class's value curve (its demand points taken best value per kWh first: concave and piecewise
 * linear) and the rows the site's hourly charger capacity and energy bound ({@code α ≥ 0}). One
 * class: the largest energy the rows allow, exact. Two classes: the best value is concave in
 * {@code A_1} (the other class taking what is left), maximised by golden-section search, and the
 * upper bound returned adds the search's last interval times a Lipschitz constant of that concave
 * function, so it is never below the true maximum.
 */
final class SiteEnergyValue {

    /**
     * Golden-section steps: the interval shrinks to 0.618^32 ≈ 2e-7 of its length, which the bound
     * then pays as its Lipschitz allowance (about 1e-3 kWh/day on a site serving 2,000).
     */
    private static final int STEPS = 32;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    /** Relative allowance for rounding in the sums. */
    private static final double ROUNDING = 1e-10;

    private SiteEnergyValue() {
    }

    /**
     * A class's value curve {@code g(A)}: segments of energy (kWh/day) and value appended in order of
     * falling value per kWh, all positive.
     */
    static final class Curve {
        private double[] energy = new double[16];
        private double[] worth = new double[16];
        private int size = 1;

        void clear() {
            size = 1;
        }

        void append(double segmentEnergy, double segmentValue) {
            if (size == energy.length) {
                energy = Arrays.copyOf(energy, 2 * size);
                worth = Arrays.copyOf(worth, 2 * size);
            }
            energy[size] = energy[size - 1] + segmentEnergy;
            worth[size] = worth[size - 1] + segmentValue;
            size++;
        }

        boolean isEmpty() {
            return size == 1;
        }

        /** All the energy with positive value, kWh/day. */
        double total() {
            return energy[size - 1];
        }

        /** Value per kWh of the first (best) segment; 0 when empty. */
        double steepest() {
            return isEmpty() ? 0 : (worth[1] - worth[0]) / (energy[1] - energy[0]);
        }

        /** {@code g(a)}, with {@code a} clipped to [0, total]. */
        double at(double a) {
            if (a <= 0 || isEmpty()) {
                return 0;
            }
            if (a >= total()) {
                return worth[size - 1];
            }
            int k = Arrays.binarySearch(energy, 0, size, a);
            if (k >= 0) {
                return worth[k];
            }
            int hi = -k - 1;
            int lo = hi - 1;
            return worth[lo] + (worth[hi] - worth[lo]) * (a - energy[lo]) / (energy[hi] - energy[lo]);
        }
    }

    /**
     * The best value's upper bound, or NaN when the rows admit no point ({@code K_r < 0}).
     *
     * @param curves  per class, its curve (null or empty when the class has no value here); at most two non-empty
     * @param alpha   per row, per class, the energy's coefficient (≥ 0)
     * @param k       per row, its right-hand side at this site's chargers
     * @param argmax  filled per class with the energy of the best point found
     */
    static double best(Curve[] curves, double[][] alpha, double[] k, double[] argmax) {
        Arrays.fill(argmax, 0);
        for (double rhs : k) {
            if (rhs < -1e-9) {
                return Double.NaN;
            }
        }
        int first = -1;
        int second = -1;
        for (int c = 0; c < curves.length; c++) {
            if (curves[c] != null && !curves[c].isEmpty()) {
                if (first < 0) {
                    first = c;
                } else if (second < 0) {
                    second = c;
                } else {
                    throw new IllegalArgumentException("more than two classes with value at one site");
                }
            }
        }
        if (first < 0) {
            return 0;
        }
        double firstMost = Math.min(curves[first].total(), largest(alpha, k, first, -1, 0));
        if (second < 0) {
            argmax[first] = firstMost;
            return curves[first].at(firstMost) * (1 + ROUNDING);
        }
        Curve one = curves[first];
        Curve two = curves[second];
        double steepestRatio = 0;
        for (double[] row : alpha) {
            if (row[second] > 0) {
                steepestRatio = Math.max(steepestRatio, row[first] / row[second]);
            }
        }
        double lipschitz = one.steepest() + two.steepest() * steepestRatio;
        double lo = 0;
        double hi = firstMost;
        double bestAt = 0;
        double bestValue = pairValue(one, two, alpha, k, first, second, 0);
        double atHi = pairValue(one, two, alpha, k, first, second, hi);
        if (atHi > bestValue) {
            bestValue = atHi;
            bestAt = hi;
        }
        double c = hi - GOLDEN * (hi - lo);
        double d = lo + GOLDEN * (hi - lo);
        double fc = pairValue(one, two, alpha, k, first, second, c);
        double fd = pairValue(one, two, alpha, k, first, second, d);
        for (int step = 0; step < STEPS && hi - lo > 0; step++) {
            if (fc > bestValue) {
                bestValue = fc;
                bestAt = c;
            }
            if (fd > bestValue) {
                bestValue = fd;
                bestAt = d;
            }
            // Concave: with f(c) ≥ f(d) a maximiser lies in [lo, d], else in [c, hi].
            if (fc >= fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - GOLDEN * (hi - lo);
                fc = pairValue(one, two, alpha, k, first, second, c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + GOLDEN * (hi - lo);
                fd = pairValue(one, two, alpha, k, first, second, d);
            }
        }
        argmax[first] = bestAt;
        argmax[second] = Math.min(two.total(), largest(alpha, k, second, first, bestAt));
        return (bestValue + lipschitz * (hi - lo)) * (1 + ROUNDING);
    }

    /** The value with {@code a} of the first class and as much of the second as the rows then allow. */
    private static double pairValue(Curve one, Curve two, double[][] alpha, double[] k, int first, int second, double a) {
        return one.at(a) + two.at(Math.min(two.total(), largest(alpha, k, second, first, a)));
    }

    /**
     * The most energy of class {@code c} the rows allow when class {@code other} (−1 for none) has
     * {@code otherEnergy} and every further class none.
     */
    private static double largest(double[][] alpha, double[] k, int c, int other, double otherEnergy) {
        double most = Double.POSITIVE_INFINITY;
        for (int r = 0; r < alpha.length; r++) {
            if (alpha[r][c] > 0) {
                double room = k[r] - (other >= 0 ? alpha[r][other] * otherEnergy : 0);
                most = Math.min(most, Math.max(0, room) / alpha[r][c]);
            }
        }
        return most;
    }
}
