package org.chargeplan.solve;

import java.util.Arrays;

/**
 * The outcome of solving a {@link LinearModel}.
 *
 * @param status    how the solve ended
 * @param objective objective value of the solution ({@code NaN} without one)
 * @param bound     best proven bound on the optimum (≥ objective when maximising, ≤ when
 *                  minimising; {@code NaN} when none is known)
 * @param gap       relative gap |bound − objective| / max(1, |objective|); {@code NaN} when
 *                  unknown
 * @param values    column values (empty without a solution)
 * @param solver    the backend's name
 * @param seconds   wall-clock solve time, seconds
 */
public record SolveResult(SolveStatus status, double objective, double bound, double gap, double[] values,
        String solver, double seconds) {

    public SolveResult {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Value of column {@code j}. */
    public double value(int j) {
        return values[j];
    }

    /** A result without a solution. */
    public static SolveResult withoutSolution(SolveStatus status, double bound, String solver, double seconds) {
        return new SolveResult(status, Double.NaN, bound, Double.NaN, new double[0], solver, seconds);
    }

    /** Relative gap between an objective and a bound, as defined above. */
    public static double relativeGap(double objective, double bound) {
        if (Double.isNaN(objective) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        return Math.abs(bound - objective) / Math.max(1, Math.abs(objective));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolveResult other && status == other.status
                && Double.compare(objective, other.objective) == 0 && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * status.hashCode() + Arrays.hashCode(values);
    }
}
