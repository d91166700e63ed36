package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The multiple-choice knapsack problem: every group (a candidate site) takes exactly one of its
 * options (closed, or open with some chargers), each with a cost and a value, and the options'
 * total cost stays within a capacity (the budget). Solved exactly by dynamic programming when
 * the costs are whole multiples of a unit and the table is small ({@link #exact}); otherwise its
 * LP relaxation, exactly, by the greedy of Sinha and Zoltners ("The multiple-choice knapsack
 * problem", Operations Research 27, 1979): per group, the upper concave hull of its (cost, value)
 * points from the cheapest option; then the hull's increments of all groups by falling value per
 * unit of cost, taken while they fit, the first that does not fit taken in part. Either value is
 * an upper bound on every integral choice.
 */
final class ChoiceKnapsack {

    /**
     * The optimum (of the relaxation, or exact).
     *
     * @param value    its value (NaN when even the cheapest options exceed the capacity)
     * @param option   per group, the option taken whole
     * @param next     per group, the option taken in part ({@code -1} for none; at most one group has one)
     * @param fraction the part of {@code next} taken, in (0, 1)
     */
    record Choice(double value, int[] option, int[] next, double fraction) {
    }

    /** Most table work (groups' options × capacity units) for the exact dynamic programme. */
    static final long EXACT_WORK = 5_000_000;

    private ChoiceKnapsack() {
    }

    /**
     * @param cost     per group and option, the option's cost (≥ 0); an empty array for a group means no
     *                 option (the relaxation is then infeasible)
     * @param value    per group and option, the option's value
     * @param capacity the largest total cost ({@code +∞} for none)
     */
    static Choice solve(double[][] cost, double[][] value, double capacity) {
        Choice exact = exact(cost, value, capacity);
        return exact != null ? exact : relaxed(cost, value, capacity);
    }

    /**
     * The integral optimum by dynamic programming over the capacity, when every cost is a whole
     * multiple of a common unit (their greatest common divisor, e.g. 1,000 for costs in thousands)
     * and the table is small (groups × units × options ≤ {@value #EXACT_WORK}); null otherwise.
     * With few groups chosen (a budget for a handful of sites) the relaxation's fractional last
     * item is a large part of its value, and the exact optimum is a much lower bound.
     */
    static Choice exact(double[][] cost, double[][] value, double capacity) {
        if (!Double.isFinite(capacity) || capacity < 0) {
            return null;
        }
        long unit = 0;
        long options = 0;
        for (double[] group : cost) {
            for (double c : group) {
                if (c < 0 || c > 1e15 || Math.abs(c - Math.rint(c)) > 1e-9) {
                    return null;
                }
                unit = gcd(unit, (long) Math.rint(c));
                options++;
            }
        }
        unit = Math.max(1, unit);
        double units = Math.floor(capacity / unit + 1e-9);
        if (units > EXACT_WORK / (double) Math.max(1, options)) { // also keeps the table's size an int
            return null;
        }
        int groups = cost.length;
        int width = (int) units + 1;
        double[] best = new double[width]; // best value of the groups so far within b units
        int[][] picked = new int[groups][width];
        for (int g = 0; g < groups; g++) {
            double[] next = new double[width];
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(picked[g], -1);
            for (int q = 0; q < cost[g].length; q++) {
                int c = (int) (Math.rint(cost[g][q]) / unit);
                for (int b = c; b < width; b++) {
                    double candidate = best[b - c] + value[g][q];
                    if (candidate > next[b]) {
                        next[b] = candidate;
                        picked[g][b] = q;
                    }
                }
            }
            best = next;
        }
        int[] option = new int[groups];
        int[] nextOption = new int[groups];
        java.util.Arrays.fill(nextOption, -1);
        if (best[width - 1] == Double.NEGATIVE_INFINITY) {
            return new Choice(Double.NaN, option, nextOption, 0);
        }
        for (int g = groups - 1, b = width - 1; g >= 0; g--) {
            option[g] = picked[g][b];
            b -= (int) (Math.rint(cost[g][option[g]]) / unit);
        }
        return new Choice(best[width - 1], option, nextOption, 0);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The LP relaxation's optimum, by the greedy over the groups' hull increments. */
    static Choice relaxed(double[][] cost, double[][] value, double capacity) {
        int groups = cost.length;
        int[] option = new int[groups];
        int[] next = new int[groups];
        Arrays.fill(next, -1);
        List<double[]> increments = new ArrayList<>(); // {group, to option, Δcost, Δvalue}
        double total = 0;
        double left = capacity;
        for (int g = 0; g < groups; g++) {
            int[] hull = upperHull(cost[g], value[g]);
            if (hull.length == 0) {
                return new Choice(Double.NaN, option, next, 0);
            }
            option[g] = hull[0];
            total += value[g][hull[0]];
            left -= cost[g][hull[0]];
            for (int h = 1; h < hull.length; h++) {
                increments.add(new double[] {g, hull[h], cost[g][hull[h]] - cost[g][hull[h - 1]],
                        value[g][hull[h]] - value[g][hull[h - 1]]});
            }
        }
        if (left < -1e-9 * Math.max(1, Math.abs(capacity))) {
            return new Choice(Double.NaN, option, next, 0);
        }
        // Within a group the hull's slopes fall, so this order takes each group's increments in turn.
        increments.sort(Comparator.<double[]>comparingDouble(a -> -a[3] / a[2]).thenComparingDouble(a -> a[0])
                .thenComparingDouble(a -> a[2]));
        double fraction = 0;
        for (double[] step : increments) {
            int g = (int) step[0];
            if (step[2] <= left) {
                left -= step[2];
                total += step[3];
                option[g] = (int) step[1];
            } else {
                fraction = Math.max(0, left) / step[2];
                if (fraction > 0) {
                    total += fraction * step[3];
                    next[g] = (int) step[1];
                }
                break;
            }
        }
        return new Choice(total, option, next, fraction);
    }

    /**
     * The options on the upper concave hull of the (cost, value) points, cheapest first, each dearer
     * one worth strictly more at a strictly lower value per unit of extra cost.
     */
    static int[] upperHull(double[] cost, double[] value) {
        Integer[] order = new Integer[cost.length];
        for (int q = 0; q < order.length; q++) {
            order[q] = q;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(q -> cost[q]).thenComparingDouble(q -> -value[q])
                .thenComparingInt(q -> q));
        int[] hull = new int[order.length];
        int size = 0;
        for (int q : order) {
            if (size > 0 && value[q] <= value[hull[size - 1]]) {
                continue; // no better than a cheaper (or equally dear) option
            }
            while (size >= 2 && slope(cost, value, hull[size - 2], hull[size - 1]) <= slope(cost, value, hull[size - 1], q)) {
                size--;
            }
            hull[size++] = q;
        }
        return Arrays.copyOf(hull, size);
    }

    private static double slope(double[] cost, double[] value, int from, int to) {
        return (value[to] - value[from]) / (cost[to] - cost[from]);
    }
}
