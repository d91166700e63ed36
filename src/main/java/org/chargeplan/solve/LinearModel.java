package org.chargeplan.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A solver-neutral mixed-integer linear program:
 *
 * <pre>
 *   optimise   c·x
 *   subject to lo_r ≤ Σ_j A_rj x_j ≤ hi_r    for every row r
 *              l_j ≤ x_j ≤ u_j, x_j integer for integer and binary columns
 * </pre>
 *
 * Rows are stored sparsely (compressed by row). Bounds may be infinite. The model is immutable once
 * built with {@link Builder}; backends translate it to their own form. Variable and row names are
 * for logs and MPS export.
 */
public final class LinearModel {

    /** Direction of optimisation. */
    public enum Sense { MINIMISE, MAXIMISE }

    private final String[] columnNames;
    private final double[] lower;
    private final double[] upper;
    private final VariableType[] types;
    private final double[] objective;
    private final Sense sense;
    private final String[] rowNames;
    private final double[] rowLower;
    private final double[] rowUpper;
    private final int[] rowStart;
    private final int[] entryColumn;
    private final double[] entryValue;

    private LinearModel(Builder b) {
        int n = b.columnNames.size();
        this.columnNames = b.columnNames.toArray(new String[0]);
        this.lower = Arrays.copyOf(b.lower, n);
        this.upper = Arrays.copyOf(b.upper, n);
        this.types = b.types.toArray(new VariableType[0]);
        this.objective = Arrays.copyOf(b.objective, n);
        this.sense = b.sense;
        int m = b.rowNames.size();
        this.rowNames = b.rowNames.toArray(new String[0]);
        this.rowLower = Arrays.copyOf(b.rowLower, m);
        this.rowUpper = Arrays.copyOf(b.rowUpper, m);
        this.rowStart = Arrays.copyOf(b.rowStart, m + 1);
        this.entryColumn = Arrays.copyOf(b.entryColumn, b.entryCount);
        this.entryValue = Arrays.copyOf(b.entryValue, b.entryCount);
    }

    public int columnCount() {
        return columnNames.length;
    }

    public int rowCount() {
        return rowNames.length;
    }

    public int nonZeroCount() {
        return entryColumn.length;
    }

    public String columnName(int j) {
        return columnNames[j];
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    public VariableType type(int j) {
        return types[j];
    }

    public double objective(int j) {
        return objective[j];
    }

    public Sense sense() {
        return sense;
    }

    public String rowName(int r) {
        return rowNames[r];
    }

    public double rowLower(int r) {
        return rowLower[r];
    }

    public double rowUpper(int r) {
        return rowUpper[r];
    }

    /** Index into {@link #entryColumn}/{@link #entryValue} of row {@code r}'s first entry. */
    public int rowStart(int r) {
        return rowStart[r];
    }

    /** One past the last entry of row {@code r}. */
    public int rowEnd(int r) {
        return rowStart[r + 1];
    }

    public int entryColumn(int k) {
        return entryColumn[k];
    }

    public double entryValue(int k) {
        return entryValue[k];
    }

    /** Whether any column is integer or binary. */
    public boolean isMip() {
        return integerCount() > 0;
    }

    /** The number of integer or binary columns. */
    public int integerCount() {
        int count = 0;
        for (VariableType type : types) {
            count += type == VariableType.CONTINUOUS ? 0 : 1;
        }
        return count;
    }

    /** Objective value of a point. */
    public double objectiveValue(double[] x) {
        double value = 0;
        for (int j = 0; j < x.length; j++) {
            value += objective[j] * x[j];
        }
        return value;
    }

    /** Row activity Σ_j A_rj x_j of a point. */
    public double activity(int r, double[] x) {
        double sum = 0;
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
            sum += entryValue[k] * x[entryColumn[k]];
        }
        return sum;
    }

    /**
     * Whether a point satisfies every bound, row and integrality requirement, each within
     * {@code tolerance} scaled by max(1, |value|). Backends check their answers with this before
     * reporting them, so a solver's numerical failure never becomes a wrong plan.
     */
    public boolean satisfies(double[] x, double tolerance) {
        if (x.length != columnCount()) {
            return false;
        }
        for (int j = 0; j < x.length; j++) {
            double tol = tolerance * Math.max(1, Math.abs(x[j]));
            if (!(x[j] >= lower[j] - tol && x[j] <= upper[j] + tol)) {
                return false;
            }
            if (types[j] != VariableType.CONTINUOUS && Math.abs(x[j] - Math.rint(x[j])) > tol) {
                return false;
            }
        }
        for (int r = 0; r < rowCount(); r++) {
            double activity = activity(r, x);
            double tol = tolerance * Math.max(1, Math.abs(activity));
            if (activity < rowLower[r] - tol || activity > rowUpper[r] + tol) {
                return false;
            }
        }
        return true;
    }

    /** The same model with every integer and binary column made continuous: its LP relaxation. */
    public LinearModel relaxation() {
        Builder b = new Builder(sense);
        for (int j = 0; j < columnCount(); j++) {
            b.addColumn(columnNames[j], lower[j], upper[j], VariableType.CONTINUOUS, objective[j]);
        }
        for (int r = 0; r < rowCount(); r++) {
            b.startRow(rowNames[r]);
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                b.addEntry(entryColumn[k], entryValue[k]);
            }
            b.endRow(rowLower[r], rowUpper[r]);
        }
        return b.build();
    }

    /**
     * The LP left when the given columns are fixed at the given values: every column continuous,
     * the fixed ones with both bounds at their value. For evaluating a choice of the integer
     * decisions exactly (its best continuous completion).
     */
    public LinearModel withColumnsFixed(int[] columns, double[] values) {
        LinearModel lp = relaxation();
        for (int i = 0; i < columns.length; i++) {
            lp.lower[columns[i]] = values[i];
            lp.upper[columns[i]] = values[i];
        }
        return lp;
    }

    /** "1,234 columns (56 integer), 789 rows, 4,567 non-zeros". */
    public String sizeSummary() {
        return String.format(java.util.Locale.ROOT, "%,d columns (%,d integer), %,d rows, %,d non-zeros",
                columnCount(), integerCount(), rowCount(), nonZeroCount());
    }

    /**
     * Builds a {@link LinearModel} column by column and row by row. A row is opened with
     * {@link #startRow}, filled with {@link #addEntry} (repeated columns are summed, zero
     * coefficients dropped) and closed with {@link #endRow}. Not thread-safe.
     */
    public static final class Builder {
        private final Sense sense;
        private final List<String> columnNames = new ArrayList<>();
        private double[] lower = new double[64];
        private double[] upper = new double[64];
        private final List<VariableType> types = new ArrayList<>();
        private double[] objective = new double[64];
        private final List<String> rowNames = new ArrayList<>();
        private double[] rowLower = new double[64];
        private double[] rowUpper = new double[64];
        private int[] rowStart = new int[65];
        private int[] entryColumn = new int[256];
        private double[] entryValue = new double[256];
        private int entryCount;
        private boolean rowOpen;

        public Builder(Sense sense) {
            this.sense = sense;
        }

        /** Adds a column and returns its index. */
        public int addColumn(String name, double lowerBound, double upperBound, VariableType type, double cost) {
            if (lowerBound > upperBound) {
                throw new IllegalArgumentException("column " + name + " has lower bound above upper bound");
            }
            int j = columnNames.size();
            if (j == lower.length) {
                lower = Arrays.copyOf(lower, 2 * j);
                upper = Arrays.copyOf(upper, 2 * j);
                objective = Arrays.copyOf(objective, 2 * j);
            }
            columnNames.add(name);
            lower[j] = type == VariableType.BINARY ? Math.max(0, lowerBound) : lowerBound;
            upper[j] = type == VariableType.BINARY ? Math.min(1, upperBound) : upperBound;
            types.add(type);
            objective[j] = cost;
            return j;
        }

        /** Adds {@code cost} to column {@code j}'s objective coefficient. */
        public void addObjective(int j, double cost) {
            objective[j] += cost;
        }

        /** Fixes column {@code j} to lie within [lo, hi] (intersected with its bounds). */
        public void tightenBounds(int j, double lo, double hi) {
            lower[j] = Math.max(lower[j], lo);
            upper[j] = Math.min(upper[j], hi);
            if (lower[j] > upper[j]) {
                throw new IllegalArgumentException("column " + columnNames.get(j) + " has empty bounds");
            }
        }

        public int columnCount() {
            return columnNames.size();
        }

        public void startRow(String name) {
            if (rowOpen) {
                throw new IllegalStateException("row " + rowNames.get(rowNames.size() - 1) + " is still open");
            }
            rowOpen = true;
            rowNames.add(name);
        }

        public void addEntry(int column, double value) {
            if (!rowOpen) {
                throw new IllegalStateException("no open row");
            }
            if (column < 0 || column >= columnNames.size()) {
                throw new IndexOutOfBoundsException("column " + column);
            }
            if (value == 0) {
                return;
            }
            if (entryCount == entryColumn.length) {
                entryColumn = Arrays.copyOf(entryColumn, 2 * entryCount);
                entryValue = Arrays.copyOf(entryValue, 2 * entryCount);
            }
            entryColumn[entryCount] = column;
            entryValue[entryCount] = value;
            entryCount++;
        }

        /** Closes the open row with bounds lo ≤ row ≤ hi (either may be infinite). */
        public int endRow(double lo, double hi) {
            if (!rowOpen) {
                throw new IllegalStateException("no open row");
            }
            int r = rowNames.size() - 1;
            if (r + 1 >= rowLower.length) {
                rowLower = Arrays.copyOf(rowLower, 2 * rowLower.length);
                rowUpper = Arrays.copyOf(rowUpper, 2 * rowUpper.length);
            }
            if (r + 2 >= rowStart.length) {
                rowStart = Arrays.copyOf(rowStart, 2 * rowStart.length);
            }
            mergeRow(rowStart[r]);
            rowLower[r] = lo;
            rowUpper[r] = hi;
            rowStart[r + 1] = entryCount;
            rowOpen = false;
            return r;
        }

        /** Sorts the open row's entries by column and sums repeated columns, in O(k log k). */
        private void mergeRow(int start) {
            int length = entryCount - start;
            if (length < 2) {
                return;
            }
            long[] keyed = new long[length];
            for (int k = 0; k < length; k++) {
                keyed[k] = ((long) entryColumn[start + k] << 32) | k;
            }
            Arrays.sort(keyed);
            int[] columns = new int[length];
            double[] values = new double[length];
            int out = -1;
            for (long key : keyed) {
                int column = (int) (key >>> 32);
                double value = entryValue[start + (int) (key & 0xffffffffL)];
                if (out >= 0 && columns[out] == column) {
                    values[out] += value;
                } else {
                    out++;
                    columns[out] = column;
                    values[out] = value;
                }
            }
            int write = start;
            for (int k = 0; k <= out; k++) {
                if (values[k] != 0) {
                    entryColumn[write] = columns[k];
                    entryValue[write] = values[k];
                    write++;
                }
            }
            entryCount = write;
        }

        public LinearModel build() {
            if (rowOpen) {
                throw new IllegalStateException("a row is still open");
            }
            return new LinearModel(this);
        }
    }
}
