package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file the project wrote, read back by header name. Cells are split on commas outside
 * quotes (RFC 4180, as {@link Csv} writes them). Immutable.
 *
 * @param header the column names
 * @param rows   the data rows, each as long as the header
 */
record CsvTable(List<String> header, List<List<String>> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The table in {@code file}, or empty when there is no such file. */
    static Optional<CsvTable> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                rows.add(split(line));
            }
        }
        return Optional.of(new CsvTable(split(lines.get(0)), rows));
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** A row's cell by column name ("" when the table has no such column). */
    String cell(List<String> row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.size() ? "" : row.get(index);
    }

    /** A row's cell as a number; NaN when empty or absent. */
    double number(List<String> row, String column) {
        String text = cell(row, column);
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
