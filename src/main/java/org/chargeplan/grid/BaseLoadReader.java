package org.chargeplan.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.scenario.InputException;

/**
 * Reads base-load series from CSV:
 * <ul>
 *   <li>{@link #readMultipliers}: {@code hour,multiplier}, 24 or 8,760 rows, hours 0.. in order:
 *       one shape for every bus's peak load;</li>
 *   <li>{@link #readTable}: {@code bus,hour,kw,kvar}, the load of every bus in every hour (24 or
 *       8,760 hours, each bus once per hour, any row order): a measured or forecast series.</li>
 * </ul>
 * Every problem is an {@link InputException} naming the file, the line and the field.
 */
public final class BaseLoadReader {

    private BaseLoadReader() {
    }

    /** A multiplier series of 24 or 8,760 hours. */
    public static List<Double> readMultipliers(Path file) {
        List<String> lines = lines(file);
        header(file, lines, "hour,multiplier");
        List<Double> values = new ArrayList<>();
        for (int lineNo = 2; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = cells(file, lineNo, line, 2);
            int hour = hour(file, lineNo, cells[0]);
            if (hour != values.size()) {
                throw new InputException(file, "line " + lineNo, "hour", cells[0],
                        "hours must run 0, 1, 2, ... in order (expected " + values.size() + ")");
            }
            values.add(number(file, lineNo, "multiplier", cells[1], 0, 1e3));
        }
        requireHours(file, values.size());
        return values;
    }

    /** A table of every bus's load in every hour, for the buses of {@code feeder}. */
    public static BaseLoad readTable(Path file, Feeder feeder) {
        List<String> lines = lines(file);
        header(file, lines, "bus,hour,kw,kvar");
        Map<String, Integer> busIndex = new HashMap<>();
        for (int b = 0; b < feeder.buses().size(); b++) {
            busIndex.put(feeder.buses().get(b).id(), b);
        }
        int maxHour = -1;
        List<double[]> rows = new ArrayList<>();
        for (int lineNo = 2; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = cells(file, lineNo, line, 4);
            Integer bus = busIndex.get(cells[0]);
            if (bus == null) {
                throw new InputException(file, "line " + lineNo, "bus", cells[0], "not a bus of the feeder");
            }
            int hour = hour(file, lineNo, cells[1]);
            double kw = number(file, lineNo, "kw", cells[2], -1e6, 1e6);
            double kvar = number(file, lineNo, "kvar", cells[3], -1e6, 1e6);
            maxHour = Math.max(maxHour, hour);
            rows.add(new double[] {bus, hour, kw, kvar, lineNo});
        }
        int hours = maxHour + 1;
        requireHours(file, hours);
        int n = feeder.buses().size();
        double[][] kw = new double[hours][n];
        double[][] kvar = new double[hours][n];
        boolean[][] seen = new boolean[hours][n];
        for (double[] row : rows) {
            int bus = (int) row[0];
            int hour = (int) row[1];
            if (seen[hour][bus]) {
                throw new InputException(file, "line " + (int) row[4], "bus", feeder.buses().get(bus).id(),
                        "appears twice for hour " + hour);
            }
            seen[hour][bus] = true;
            kw[hour][bus] = row[2];
            kvar[hour][bus] = row[3];
        }
        for (int t = 0; t < hours; t++) {
            for (int b = 0; b < n; b++) {
                if (!seen[t][b] && !feeder.buses().get(b).slack()) {
                    throw new InputException(file, "hour " + t, "bus", feeder.buses().get(b).id(),
                            "has no row for hour " + t + "; give every bus every hour (0 for no load)");
                }
            }
        }
        return BaseLoad.table(kw, kvar);
    }

    private static void requireHours(Path file, int hours) {
        if (hours != BaseLoad.DAY && hours != BaseLoad.YEAR) {
            throw new InputException(file, "", "hour", hours + " hours",
                    "a base-load series covers 24 hours (a day) or 8,760 hours (a year)");
        }
    }

    private static void header(Path file, List<String> lines, String expected) {
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equalsIgnoreCase(expected)) {
            throw new InputException(file, "line 1", "header", lines.isEmpty() ? "" : lines.get(0),
                    "the header must be " + expected);
        }
    }

    private static String[] cells(Path file, int lineNo, String line, int count) {
        String[] cells = line.split(",", -1);
        if (cells.length != count) {
            throw new InputException(file, "line " + lineNo, "", line, "a row has " + count + " comma-separated cells");
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    private static int hour(Path file, int lineNo, String text) {
        double value = number(file, lineNo, "hour", text, 0, BaseLoad.YEAR - 1);
        if (value != Math.rint(value)) {
            throw new InputException(file, "line " + lineNo, "hour", text, "must be a whole hour 0..8759");
        }
        return (int) value;
    }

    private static double number(Path file, int lineNo, String field, String text, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(file, "line " + lineNo, field, text, "must be a number");
        }
        if (!(value >= min && value <= max)) {
            throw new InputException(file, "line " + lineNo, field, text, "must be within [" + min + ", " + max + "]");
        }
        return value;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read file (" + e.getMessage() + ")", e);
        }
    }
}
