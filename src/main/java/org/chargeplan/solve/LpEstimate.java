package org.chargeplan.solve;

/**
 * An approximate solution of an LP relaxation, not necessarily optimal or even feasible: good for
 * ranking columns, and its duals give a valid bound through {@link SafeBound}.
 *
 * @param values   column values, in the model's column order
 * @param rowDuals row duals as the solver reports them, in the model's row order
 * @param status   the solver's own word for how it ended
 * @param seconds  wall-clock time, seconds
 */
public record LpEstimate(double[] values, double[] rowDuals, String status, double seconds) {

    public LpEstimate {
        values = values.clone();
        rowDuals = rowDuals.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] rowDuals() {
        return rowDuals.clone();
    }
}
