package org.chargeplan.solve;

/**
 * A bound on a model's optimum that holds for any row duals whatever, so an approximate or
 * stopped LP solve still gives a rigorous bound (Neumaier and Shcherbina, "Safe bounds in linear
 * and mixed-integer linear programming", Math. Prog. 99, 2004). For a maximisation and any
 * {@code y}, every feasible {@code x} has
 *
 * <pre>
 *   c·x = y·(Ax) + (c − Aᵀy)·x ≤ Σ_r max_{v ∈ [L_r, U_r]} y_r·v + Σ_j max_{x_j ∈ [l_j, u_j]} d_j·x_j,   d = c − Aᵀy
 * </pre>
 *
 * (a minimisation mirrored). A dual on a row side that is infinite is set to zero first. Columns
 * with an infinite bound get the bound their rows imply (one pass of activity-bound propagation,
 * as in presolve); a term still infinite makes the bound infinite. The sign convention of a
 * solver's duals is not relied upon: {@code y} and {@code −y} both give valid bounds and the
 * tighter is kept. The sum carries a relative safety margin of 1e-9 of its terms' magnitudes
 * for rounding. With optimal duals it equals the LP optimum (strong duality).
 */
public final class SafeBound {

    private static final double ROUNDING = 1e-9;

    private SafeBound() {
    }

    /**
     * The bound: an upper bound on the optimum of a maximisation, a lower bound for a
     * minimisation; infinite when the duals cannot bound it.
     */
    public static double of(LinearModel model, double[] rowDuals) {
        if (rowDuals.length != model.rowCount()) {
            throw new IllegalArgumentException("one dual per row is needed");
        }
        double[][] box = impliedBounds(model);
        double plus = upper(model, rowDuals, 1, box);
        double minus = upper(model, rowDuals, -1, box);
        double best = Math.min(plus, minus);
        return model.sense() == LinearModel.Sense.MAXIMISE ? best : -best;
    }

    /** The bound on max s·c·x with duals sign·y (s = +1 maximising, −1 minimising). */
    private static double upper(LinearModel model, double[] duals, double sign, double[][] box) {
        double s = model.sense() == LinearModel.Sense.MAXIMISE ? 1 : -1;
        double[] reduced = new double[model.columnCount()];
        for (int j = 0; j < reduced.length; j++) {
            reduced[j] = s * model.objective(j);
        }
        double total = 0;
        double magnitude = 0;
        for (int r = 0; r < model.rowCount(); r++) {
            double y = sign * s * duals[r];
            double side = y > 0 ? model.rowUpper(r) : model.rowLower(r);
            if (y == 0 || Double.isInfinite(side) || Double.isNaN(y)) {
                continue;
            }
            total += y * side;
            magnitude += Math.abs(y * side);
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                reduced[model.entryColumn(k)] -= y * model.entryValue(k);
            }
        }
        for (int j = 0; j < reduced.length; j++) {
            double d = reduced[j];
            if (d == 0) {
                continue;
            }
            double term = d > 0 ? d * box[1][j] : d * box[0][j];
            if (Double.isInfinite(term) || Double.isNaN(term)) {
                return Double.POSITIVE_INFINITY;
            }
            total += term;
            magnitude += Math.abs(term);
        }
        return total + ROUNDING * magnitude;
    }

    /**
     * Column bounds, those infinite tightened by the rows: in {@code L ≤ a_j·x_j + rest ≤ U}, with
     * the rest's activity bounded, {@code x_j} is bounded. Returns {lower[], upper[]}.
     */
    static double[][] impliedBounds(LinearModel model) {
        int n = model.columnCount();
        double[] lower = new double[n];
        double[] upper = new double[n];
        boolean any = false;
        for (int j = 0; j < n; j++) {
            lower[j] = model.lower(j);
            upper[j] = model.upper(j);
            any |= Double.isInfinite(lower[j]) || Double.isInfinite(upper[j]);
        }
        if (!any) {
            return new double[][] {lower, upper};
        }
        double[] newLower = lower.clone();
        double[] newUpper = upper.clone();
        for (int r = 0; r < model.rowCount(); r++) {
            double minFinite = 0;
            double maxFinite = 0;
            int minInfinite = 0;
            int maxInfinite = 0;
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                int j = model.entryColumn(k);
                double a = model.entryValue(k);
                double lo = Math.min(a * lower[j], a * upper[j]);
                double hi = Math.max(a * lower[j], a * upper[j]);
                if (Double.isInfinite(lo) || Double.isNaN(lo)) {
                    minInfinite++;
                } else {
                    minFinite += lo;
                }
                if (Double.isInfinite(hi) || Double.isNaN(hi)) {
                    maxInfinite++;
                } else {
                    maxFinite += hi;
                }
            }
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                int j = model.entryColumn(k);
                double a = model.entryValue(k);
                if (a == 0 || !(Double.isInfinite(lower[j]) || Double.isInfinite(upper[j]))) {
                    continue;
                }
                double lo = Math.min(a * lower[j], a * upper[j]);
                double hi = Math.max(a * lower[j], a * upper[j]);
                boolean loInfinite = Double.isInfinite(lo) || Double.isNaN(lo);
                boolean hiInfinite = Double.isInfinite(hi) || Double.isNaN(hi);
                // Activity of the other entries: finite only when all their contributions are.
                double othersMin = minInfinite - (loInfinite ? 1 : 0) == 0 ? minFinite - (loInfinite ? 0 : lo) : Double.NEGATIVE_INFINITY;
                double othersMax = maxInfinite - (hiInfinite ? 1 : 0) == 0 ? maxFinite - (hiInfinite ? 0 : hi) : Double.POSITIVE_INFINITY;
                // a·x_j ≤ U − othersMin and a·x_j ≥ L − othersMax.
                double top = model.rowUpper(r) - othersMin;
                double bottom = model.rowLower(r) - othersMax;
                if (a > 0) {
                    newUpper[j] = Double.isFinite(top) ? Math.min(newUpper[j], top / a) : newUpper[j];
                    newLower[j] = Double.isFinite(bottom) ? Math.max(newLower[j], bottom / a) : newLower[j];
                } else {
                    newLower[j] = Double.isFinite(top) ? Math.max(newLower[j], top / a) : newLower[j];
                    newUpper[j] = Double.isFinite(bottom) ? Math.min(newUpper[j], bottom / a) : newUpper[j];
                }
            }
        }
        return new double[][] {newLower, newUpper};
    }
}
