package org.chargeplan.demand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chargeplan.scenario.InputException;

/**
 * Reads OD tables: the project's CSV ({@code origin,destination,trips} header, one row per pair)
 * and the TNTP {@code *_trips.tntp} format ({@code Origin N} blocks of {@code dest : trips;}).
 * Zero entries are skipped; negative or non-numeric trips are errors naming the line.
 */
public final class OdTableReader {

    private OdTableReader() {
    }

    /** Reads an OD CSV with header {@code origin,destination,trips}. */
    public static OdTable readCsv(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equalsIgnoreCase("origin,destination,trips")) {
            throw new InputException(file, "line 1", "header", lines.isEmpty() ? "" : lines.get(0),
                    "the header must be origin,destination,trips");
        }
        List<OdTable.Entry> entries = new ArrayList<>();
        for (int lineNo = 2; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new InputException(file, "line " + lineNo, "", line, "a row is origin,destination,trips");
            }
            double trips = trips(file, lineNo, cells[2].trim());
            if (trips > 0) {
                entries.add(new OdTable.Entry(cells[0].trim(), cells[1].trim(), trips, lineNo));
            }
        }
        return new OdTable(entries);
    }

    /** Reads a TNTP trips file. */
    public static OdTable readTntp(Path file) {
        List<OdTable.Entry> entries = new ArrayList<>();
        String origin = null;
        List<String> lines = lines(file);
        for (int lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty() || line.startsWith("<") || line.startsWith("~")) {
                continue;
            }
            if (line.startsWith("Origin")) {
                origin = line.substring("Origin".length()).trim();
                continue;
            }
            if (origin == null) {
                throw new InputException(file, "line " + lineNo, "", line, "entries must follow an 'Origin N' line");
            }
            for (String entry : line.split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split(":");
                if (parts.length != 2) {
                    throw new InputException(file, "line " + lineNo, "", entry.trim(), "an entry is 'destination : trips;'");
                }
                double trips = trips(file, lineNo, parts[1].trim());
                if (trips > 0) {
                    entries.add(new OdTable.Entry(origin, parts[0].trim(), trips, lineNo));
                }
            }
        }
        return new OdTable(entries);
    }

    private static double trips(Path file, int lineNo, String text) {
        double trips;
        try {
            trips = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(file, "line " + lineNo, "trips", text, "must be a number >= 0");
        }
        if (!(trips >= 0) || Double.isInfinite(trips)) {
            throw new InputException(file, "line " + lineNo, "trips", text, "must be a number >= 0");
        }
        return trips;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read file (" + e.getMessage() + ")", e);
        }
    }
}
