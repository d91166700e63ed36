package org.chargeplan.solve;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link LinearModel} in free-format MPS, the column-wise text format that every MILP solver
 * reads (CBC {@code cbc model.mps}, GLPK {@code glpsol --freemps}, HiGHS, SCIP, Gurobi, CPLEX).
 *
 * <p>Conventions, chosen for the widest compatibility:
 * <ul>
 * <li>The file always <em>minimises</em>: the OBJSENSE section is an extension some readers
 * (GLPK) refuse, so a maximisation model is written with its objective negated, and a comment at
 * the top says so. The optimum of the file is then minus the model's optimum.</li>
 * <li>Integer columns sit between {@code MARKER 'INTORG'} and {@code 'INTEND'} lines, and every
 * integer column gets explicit bounds ({@code LI}/{@code UI}/{@code PL}), because some readers
 * make an integer column without bounds binary.</li>
 * <li>A row bounded on both sides is a {@code G} row with a {@code RANGES} entry; free rows
 * (no finite bound) are left out: they constrain nothing, and a second {@code N} row would be read
 * as the objective by some solvers.</li>
 * <li>Names are the model's names with every character outside {@code [A-Za-z0-9_.,\[\]()-]}
 * replaced by {@code _}; a name that would then repeat another gets its index appended.</li>
 * <li>Numbers are written in Java's shortest round-trip form, so reading the file back gives the
 * model's coefficients bit for bit.</li>
 * </ul>
 * The output is a function of the model alone, so the same model gives the same bytes.
 */
public final class MpsWriter {

    private static final String OBJECTIVE_ROW = "obj";

    private final LinearModel model;
    private final String[] columns;
    private final String[] rows;

    private MpsWriter(LinearModel model) {
        this.model = model;
        Set<String> used = new HashSet<>();
        used.add(OBJECTIVE_ROW);
        this.rows = new String[model.rowCount()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = unique(model.rowName(r), "R", r, used);
        }
        used.clear();
        this.columns = new String[model.columnCount()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = unique(model.columnName(j), "C", j, used);
        }
    }

    /**
     * Writes {@code model} to {@code out}.
     *
     * @param name     the problem name for the NAME line (sanitised like the other names)
     * @param comments lines written as {@code *} comments at the top (e.g. where the model came from)
     */
    public static void write(LinearModel model, String name, List<String> comments, Writer out) throws IOException {
        new MpsWriter(model).writeTo(sanitise(name.isBlank() ? "model" : name), comments, out);
    }

    private void writeTo(String name, List<String> comments, Writer out) throws IOException {
        boolean negate = model.sense() == LinearModel.Sense.MAXIMISE;
        for (String comment : comments) {
            out.write("* " + comment.replace('\n', ' ') + "\n");
        }
        out.write("* " + model.sizeSummary() + "\n");
        if (negate) {
            out.write("* The model maximises; this file minimises the negated objective.\n");
        }
        out.write("NAME " + name + "\n");
        writeRows(out);
        writeColumns(out, negate);
        writeRightHandSides(out);
        writeRanges(out);
        writeBounds(out);
        out.write("ENDATA\n");
    }

    private void writeRows(Writer out) throws IOException {
        out.write("ROWS\n N " + OBJECTIVE_ROW + "\n");
        for (int r = 0; r < rows.length; r++) {
            String type = rowType(r);
            if (type != null) {
                out.write(" " + type + " " + rows[r] + "\n");
            }
        }
    }

    /** L, G or E, or null for a free row. */
    private String rowType(int r) {
        double lo = model.rowLower(r);
        double hi = model.rowUpper(r);
        boolean hasLower = lo != Double.NEGATIVE_INFINITY;
        boolean hasUpper = hi != Double.POSITIVE_INFINITY;
        if (hasLower && hasUpper) {
            return lo == hi ? "E" : "G";
        }
        return hasLower ? "G" : hasUpper ? "L" : null;
    }

    private void writeColumns(Writer out, boolean negate) throws IOException {
        // The matrix is stored by row; gather each column's entries in row order.
        int n = model.columnCount();
        int[] count = new int[n + 1];
        for (int k = 0; k < model.nonZeroCount(); k++) {
            count[model.entryColumn(k) + 1]++;
        }
        for (int j = 0; j < n; j++) {
            count[j + 1] += count[j];
        }
        int[] next = count.clone();
        int[] entryRow = new int[model.nonZeroCount()];
        double[] entryValue = new double[model.nonZeroCount()];
        for (int r = 0; r < model.rowCount(); r++) {
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                int slot = next[model.entryColumn(k)]++;
                entryRow[slot] = r;
                entryValue[slot] = model.entryValue(k);
            }
        }
        out.write("COLUMNS\n");
        boolean inIntegerBlock = false;
        for (int j = 0; j < n; j++) {
            boolean integer = model.type(j) != VariableType.CONTINUOUS;
            if (integer != inIntegerBlock) {
                out.write("    MARKER 'MARKER' '" + (integer ? "INTORG" : "INTEND") + "'\n");
                inIntegerBlock = integer;
            }
            double cost = negate ? -model.objective(j) : model.objective(j);
            boolean wroteAny = false;
            if (cost != 0) {
                entry(out, columns[j], OBJECTIVE_ROW, cost);
                wroteAny = true;
            }
            for (int s = count[j]; s < count[j + 1]; s++) {
                if (rowType(entryRow[s]) != null) {
                    entry(out, columns[j], rows[entryRow[s]], entryValue[s]);
                    wroteAny = true;
                }
            }
            if (!wroteAny) {
                // A column must appear here for readers to know it; a zero objective entry is harmless.
                entry(out, columns[j], OBJECTIVE_ROW, 0);
            }
        }
        if (inIntegerBlock) {
            out.write("    MARKER 'MARKER' 'INTEND'\n");
        }
    }

    private void writeRightHandSides(Writer out) throws IOException {
        out.write("RHS\n");
        for (int r = 0; r < rows.length; r++) {
            String type = rowType(r);
            if (type == null) {
                continue;
            }
            double rhs = type.equals("L") ? model.rowUpper(r) : model.rowLower(r);
            if (rhs != 0) {
                entry(out, "RHS", rows[r], rhs);
            }
        }
    }

    private void writeRanges(Writer out) throws IOException {
        boolean header = false;
        for (int r = 0; r < rows.length; r++) {
            double lo = model.rowLower(r);
            double hi = model.rowUpper(r);
            if ("G".equals(rowType(r)) && hi != Double.POSITIVE_INFINITY) {
                if (!header) {
                    out.write("RANGES\n");
                    header = true;
                }
                entry(out, "RNG", rows[r], hi - lo);
            }
        }
    }

    private void writeBounds(Writer out) throws IOException {
        out.write("BOUNDS\n");
        for (int j = 0; j < columns.length; j++) {
            double lo = model.lower(j);
            double hi = model.upper(j);
            boolean integer = model.type(j) != VariableType.CONTINUOUS;
            String column = columns[j];
            if (lo == hi) {
                bound(out, "FX", column, lo);
            } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
                out.write(" FR BND " + column + "\n");
            } else {
                if (lo == Double.NEGATIVE_INFINITY) {
                    out.write(" MI BND " + column + "\n");
                } else if (lo != 0 || integer) {
                    bound(out, integer ? "LI" : "LO", column, lo);
                }
                if (hi != Double.POSITIVE_INFINITY) {
                    bound(out, integer ? "UI" : "UP", column, hi);
                } else if (integer) {
                    out.write(" PL BND " + column + "\n");
                }
            }
        }
    }

    private static void entry(Writer out, String column, String row, double value) throws IOException {
        out.write("    " + column + " " + row + " " + number(value) + "\n");
    }

    private static void bound(Writer out, String type, String column, double value) throws IOException {
        out.write(" " + type + " BND " + column + " " + number(value) + "\n");
    }

    /** Shortest text that reads back as the same double; integers without a fraction. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String unique(String name, String prefix, int index, Set<String> used) {
        String clean = name == null || name.isBlank() ? prefix + index : sanitise(name);
        if (!used.add(clean)) {
            clean = clean + "#" + index;
            used.add(clean);
        }
        return clean;
    }

    private static String sanitise(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "_.,[]()-".indexOf(c) >= 0;
            clean.append(allowed ? c : '_');
        }
        return clean.toString();
    }
}
