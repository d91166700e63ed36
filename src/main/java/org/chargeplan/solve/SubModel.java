package org.chargeplan.solve;

import java.util.Arrays;

/**
 * The model left when every column but a chosen few is fixed at a point's value: the free columns
 * only, each row's bounds shifted by the fixed columns' part of its activity, and the rows that
 * no free column enters dropped (the fixed point decides them alone). This is the sub-MIP of a
 * large neighbourhood search (Shaw, "Using constraint programming and local search methods to
 * solve vehicle routing problems", CP 1998; Danna, Rothberg and Le Pape, "Exploring relaxation
 * induced neighborhoods to improve MIP solutions", Mathematical Programming 102, 2005): far
 * smaller than the whole model, so a solver takes it in seconds, and any of its solutions put
 * back into the point ({@link #lift}) is a point of the whole model, to be checked against it.
 */
public final class SubModel {

    private final LinearModel whole;
    private final LinearModel model;
    private final int[] wholeColumn;
    private final double[] point;

    private SubModel(LinearModel whole, LinearModel model, int[] wholeColumn, double[] point) {
        this.whole = whole;
        this.model = model;
        this.wholeColumn = wholeColumn;
        this.point = point;
    }

    /**
     * The model of {@code whole} over the columns with {@code free[j]}, the others fixed at
     * {@code point[j]}. Columns and rows keep their names and their order.
     */
    public static SubModel of(LinearModel whole, boolean[] free, double[] point) {
        return of(whole, free, point, null);
    }

    /**
     * As {@link #of(LinearModel, boolean[], double[])}, but row {@code r} may use only the share
     * {@code slackShare[r]} (in [0, 1]) of the room the point leaves it on either side: sub-models
     * of disjoint column sets, solved side by side from the same point with shares summing to at
     * most one on every row they both enter, give solutions that still meet every row when put
     * back together. {@code slackShare} null: all of the room.
     */
    public static SubModel of(LinearModel whole, boolean[] free, double[] point, double[] slackShare) {
        if (free.length != whole.columnCount() || point.length != whole.columnCount()) {
            throw new IllegalArgumentException("free and point must have one entry per column");
        }
        if (slackShare != null) {
            if (slackShare.length != whole.rowCount()) {
                throw new IllegalArgumentException("slackShare must have one entry per row");
            }
            for (double share : slackShare) {
                if (!(share >= 0 && share <= 1)) {
                    throw new IllegalArgumentException("slack shares must lie in [0, 1], not " + share);
                }
            }
        }
        LinearModel.Builder b = new LinearModel.Builder(whole.sense());
        int[] newColumn = new int[whole.columnCount()];
        int[] wholeColumn = new int[whole.columnCount()];
        int kept = 0;
        for (int j = 0; j < whole.columnCount(); j++) {
            if (!free[j]) {
                newColumn[j] = -1;
                continue;
            }
            newColumn[j] = b.addColumn(whole.columnName(j), whole.lower(j), whole.upper(j), whole.type(j),
                    whole.objective(j));
            wholeColumn[kept++] = j;
        }
        for (int r = 0; r < whole.rowCount(); r++) {
            boolean touched = false;
            double fixed = 0;
            double started = 0;
            for (int k = whole.rowStart(r); k < whole.rowEnd(r); k++) {
                int j = whole.entryColumn(k);
                if (free[j]) {
                    touched = true;
                    started += whole.entryValue(k) * point[j];
                } else {
                    fixed += whole.entryValue(k) * point[j];
                }
            }
            if (!touched) {
                continue;
            }
            b.startRow(whole.rowName(r));
            for (int k = whole.rowStart(r); k < whole.rowEnd(r); k++) {
                int j = whole.entryColumn(k);
                if (free[j]) {
                    b.addEntry(newColumn[j], whole.entryValue(k));
                }
            }
            double lo = whole.rowLower(r) - fixed;
            double hi = whole.rowUpper(r) - fixed;
            if (slackShare != null && slackShare[r] < 1) {
                // The free part may move from where it starts by its share of the room.
                lo = Double.isInfinite(lo) ? lo : started - slackShare[r] * Math.max(0, started - lo);
                hi = Double.isInfinite(hi) ? hi : started + slackShare[r] * Math.max(0, hi - started);
            }
            b.endRow(lo, hi);
        }
        return new SubModel(whole, b.build(), Arrays.copyOf(wholeColumn, kept), point.clone());
    }

    /** The model over the free columns. */
    public LinearModel model() {
        return model;
    }

    /** The point of the whole model with the free columns at {@code values} (one per free column). */
    public double[] lift(double[] values) {
        if (values.length != wholeColumn.length) {
            throw new IllegalArgumentException("expected " + wholeColumn.length + " values, got " + values.length);
        }
        double[] lifted = point.clone();
        for (int j = 0; j < values.length; j++) {
            lifted[wholeColumn[j]] = values[j];
        }
        return lifted;
    }

    /** The fixed point's values of the free columns: a solution of the sub-model when the point is feasible. */
    public double[] start() {
        double[] values = new double[wholeColumn.length];
        for (int j = 0; j < values.length; j++) {
            values[j] = point[wholeColumn[j]];
        }
        return values;
    }

    /** The whole model's objective at the lifted point. */
    public double wholeObjective(double[] values) {
        return whole.objectiveValue(lift(values));
    }
}
