package org.chargeplan.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one demand class's hourly profile from a profile CSV, as {@code chargeplan profile}
 * writes it: a header {@code hour,<class>,...} and 24 rows, hours 0..23 in order, each class
 * column holding non-negative weights (normalised here to shares summing to 1, like inline
 * weights). In a scenario: {@code profiles: {public: {file: profiles.csv, column: rapid}}}, the
 * file relative to the scenario. Every problem names the file, line and column.
 */
final class ProfileFileReader {

    private ProfileFileReader() {
    }

    /** The 24 shares of {@code node}'s {@code column} in its {@code file}. */
    static List<Double> read(YamlNode node, Path baseDir) {
        node.allowOnly("file", "column");
        Path file = node.required("file", "a profile CSV (hour,<class>,...) as 'chargeplan profile' writes")
                .existingFile(baseDir);
        YamlNode columnNode = node.required("column", "the profile CSV's column to use");
        String column = columnNode.text();
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read profile file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw InputException.ofFile(file, "empty profile file; expected a header hour,<class>,... and 24 rows", null);
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
        if (!header.get(0).equals("hour")) {
            throw new InputException(file, "line 1", "header", lines.get(0), "a header hour,<class>,...");
        }
        int index = header.indexOf(column);
        if (index < 1) {
            throw columnNode.error("not a class column of " + file.getFileName() + "; it has "
                    + String.join(", ", header.subList(1, header.size())));
        }
        if (lines.size() != Scenario.HOURS + 1) {
            throw InputException.ofFile(file, "expected 24 rows (hours 0..23) after the header, found "
                    + (lines.size() - 1), null);
        }
        List<Double> weights = new ArrayList<>();
        for (int hour = 0; hour < Scenario.HOURS; hour++) {
            String location = "line " + (hour + 2);
            String[] cells = lines.get(hour + 1).split(",", -1);
            if (cells.length != header.size()) {
                throw new InputException(file, location, "", cells.length + " cells", header.size() + " cells, as in the header");
            }
            if (!cells[0].strip().equals(String.valueOf(hour))) {
                throw new InputException(file, location, "hour", cells[0], "hours 0..23 in order (expected " + hour + ")");
            }
            weights.add(weight(file, location, column, cells[index].strip()));
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw new InputException(file, "", column, "all zero", "hourly weights must not all be zero");
        }
        return weights.stream().map(w -> w / sum).toList();
    }

    private static double weight(Path file, String location, String column, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1e6) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new InputException(file, location, column, text, "a number >= 0 (an hourly weight)");
    }
}
