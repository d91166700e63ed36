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
        if (free.length != whole.columnCount() || point.length != whole.columnCount()) {
            throw new IllegalArgumentException("free and point must have one entry per column");
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
            for (int k = whole.rowStart(r); k < whole.rowEnd(r); k++) {
                int j = whole.entryColumn(k);
                if (free[j]) {
                    touched = true;
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
            b.endRow(whole.rowLower(r) - fixed, whole.rowUpper(r) - fixed);
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
