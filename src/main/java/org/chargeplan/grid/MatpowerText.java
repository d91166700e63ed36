package org.chargeplan.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chargeplan.scenario.InputException;

/**
 * The text of a MATPOWER case file as statements and matrices, for {@link MatpowerReader}: the
 * MATLAB subset that case files use, parsed without evaluating anything.
 */
final class MatpowerText {

    /** A plain decimal number, as MATPOWER tables write them (no Inf or NaN). */
    static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private MatpowerText() {
    }

    /** One top-level MATLAB statement other than a table, without its final {@code ;}. */
    record Statement(int line, String text) {
    }

    /** A matrix {@code mpc.NAME = [ ... ];} starting on {@code line}. */
    record Matrix(int line, List<Row> rows) {
    }

    /** One matrix row: its cells as written, and the line where it starts. */
    record Row(int line, List<String> cells) {

        void requireColumns(Path file, String table, List<String> columns, int needed) {
            if (cells.size() < needed) {
                throw new InputException(file, "line " + line, columns.get(cells.size()), "",
                        "a " + table + " row needs at least " + needed + " columns ("
                                + String.join(" ", columns.subList(0, needed)) + "), found " + cells.size());
            }
        }

        double number(Path file, int column, List<String> columns, double min, double max, String expected) {
            String cell = cells.get(column);
            if (!NUMBER.matcher(cell).matches()) {
                throw fail(file, column, columns, expected + ", written as a number");
            }
            double value = Double.parseDouble(cell);
            if (value < min || value > max) {
                throw fail(file, column, columns, expected);
            }
            return value;
        }

        int busNumber(Path file, int column, List<String> columns) {
            double value = number(file, column, columns, 1, Integer.MAX_VALUE, "a bus number, a whole number >= 1");
            if (value != Math.rint(value)) {
                throw fail(file, column, columns, "a bus number, a whole number >= 1");
            }
            return (int) value;
        }

        InputException fail(Path file, int column, List<String> columns, String expected) {
            return new InputException(file, "line " + line, columns.get(column), cells.get(column), expected);
        }
    }

    /**
     * The file split into top-level statements and {@code mpc.NAME = [ ... ]} matrices. Handles
     * {@code %} comments, {@code ...} continuations, quoted strings, and statements that span lines
     * inside brackets (such as a multi-line {@code [PQ, PV, ...] = idx_bus;}).
     */
    static final class CaseText {

        private static final Pattern MATRIX_START = Pattern.compile("\\s*mpc\\.(\\w+)\\s*=\\s*\\[");

        private final Path file;
        private final Map<String, Matrix> matrices = new LinkedHashMap<>();
        private final List<Statement> statements = new ArrayList<>();
        private final StringBuilder statement = new StringBuilder();
        private int statementLine;
        private int depth;
        private String matrixName;
        private boolean inMatrix;
        private List<Row> rows;
        private List<String> cells;
        private final StringBuilder cell = new StringBuilder();
        private int rowLine;

        private CaseText(Path file) {
            this.file = file;
        }

        /** The matrices by name ({@code bus}, {@code gen}, {@code branch}, ...), in file order. */
        Map<String, Matrix> matrices() {
            return matrices;
        }

        /** The top-level statements other than matrices, in file order. */
        List<Statement> statements() {
            return statements;
        }

        static CaseText parse(Path file, List<String> lines) {
            CaseText text = new CaseText(file);
            for (int i = 0; i < lines.size(); i++) {
                text.line(i + 1, lines.get(i));
            }
            if (text.inMatrix) {
                throw new InputException(file, "line " + text.statementLine, "mpc." + text.matrixName, "",
                        "a matrix closed by ']' before the end of the file");
            }
            text.endStatement();
            return text;
        }

        Matrix require(String name) {
            Matrix matrix = matrices.get(name);
            if (matrix == null) {
                throw new InputException(file, "", "mpc." + name, "", "a matrix 'mpc." + name
                        + " = [ ... ];' (MATPOWER case format version 2)");
            }
            return matrix;
        }

        private void line(int number, String line) {
            boolean inString = false;
            boolean continues = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (c == '\'' && line.startsWith("''", i)) {
                        statement.append(c); // a doubled quote stands for one quote inside the string
                        i++;
                    } else {
                        inString = c != '\'';
                    }
                    statement.append(c);
                    continue;
                }
                if (c == '%') {
                    break;
                }
                if (line.startsWith("...", i)) {
                    continues = true; // MATLAB ignores the rest of the line and joins the next one
                    break;
                }
                if (inMatrix) {
                    matrixChar(number, c);
                    continue;
                }
                if (c == '\'' && opensString(line, i)) {
                    inString = true;
                } else if (c == ';' && depth == 0) {
                    endStatement();
                    continue;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                if (statement.isEmpty()) {
                    statementLine = number;
                }
                statement.append(c);
                Matcher start = c == '[' && depth == 1 ? MATRIX_START.matcher(statement) : null;
                if (start != null && start.matches()) {
                    matrixName = start.group(1);
                    inMatrix = true;
                    rows = new ArrayList<>();
                    cells = new ArrayList<>();
                }
            }
            if (inMatrix) {
                endCell();
                if (!continues) {
                    endRow();
                }
            } else if (continues || depth > 0) {
                if (!statement.isEmpty()) {
                    statement.append(' ');
                }
            } else {
                endStatement();
            }
        }

        private void matrixChar(int number, char c) {
            if (c == ']') {
                endCell();
                endRow();
                inMatrix = false;
                depth = 0;
                statement.append(c);
            } else if (c == ';') {
                endCell();
                endRow();
            } else if (c == ',' || Character.isWhitespace(c)) {
                endCell();
            } else {
                if (cell.isEmpty() && cells.isEmpty()) {
                    rowLine = number;
                }
                cell.append(c);
            }
        }

        private void endCell() {
            if (!cell.isEmpty()) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
        }

        private void endRow() {
            if (!cells.isEmpty()) {
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells = new ArrayList<>();
            }
        }

        private void endStatement() {
            String text = statement.toString().trim();
            statement.setLength(0);
            depth = 0;
            if (matrixName != null) {
                if (matrices.put(matrixName, new Matrix(statementLine, List.copyOf(rows))) != null) {
                    throw new InputException(file, "line " + statementLine, "mpc." + matrixName, "",
                            "each matrix defined once; mpc." + matrixName + " is defined again here");
                }
                matrixName = null;
            } else if (!text.isEmpty()) {
                statements.add(new Statement(statementLine, text));
            }
        }

        /** MATLAB reads {@code '} as a transpose after a name, number or closing bracket, else as a quote. */
        private static boolean opensString(String line, int i) {
            if (i == 0) {
                return true;
            }
            char before = line.charAt(i - 1);
            return !(Character.isLetterOrDigit(before) || before == '_' || before == ')' || before == ']'
                    || before == '}' || before == '.' || before == '\'');
        }
    }
}
