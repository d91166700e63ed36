package org.chargeplan.demand.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chargeplan.scenario.InputException;

/**
 * Reads a public charging-session CSV in the Perth &amp; Kinross layout (header
 * {@code _id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Total kWh,Site,Model}; RFC 4180
 * quoting, so a site name may hold commas). Columns are found by name, in any order; the six the
 * profile needs ({@link #REQUIRED}) must be there. A file that is not in this layout (missing
 * columns, a row with another number of cells, an open quote) is bad input: an
 * {@link InputException} naming the file, the line, the field and what was expected. Row
 * contents are not judged here.
 */
public final class SessionFile {

    /** The columns the profile builder reads. */
    public static final List<String> REQUIRED =
            List.of("Start Date", "Start Time", "End Date", "End Time", "Total kWh", "Model");

    private static final String LAYOUT = "_id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Total kWh,Site,Model";

    private SessionFile() {
    }

    /** Every data row of {@code file}, in file order. */
    public static List<SessionRow> read(Path file) {
        List<SessionRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new InputException(file, "line 1", "header", "", "a header " + LAYOUT + " (the file is empty)");
            }
            List<String> header = cells(file, 1, headerLine.replace("\uFEFF", ""));
            int[] index = new int[REQUIRED.size()];
            for (int c = 0; c < REQUIRED.size(); c++) {
                index[c] = header.indexOf(REQUIRED.get(c));
                if (index[c] < 0) {
                    throw new InputException(file, "line 1", "header", headerLine,
                            "no column '" + REQUIRED.get(c) + "'; expected a header " + LAYOUT);
                }
            }
            String text;
            int lineNo = 1;
            while ((text = in.readLine()) != null) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = cells(file, lineNo, text);
                if (cells.size() != header.size()) {
                    throw new InputException(file, "line " + lineNo, "", cells.size() + " cells",
                            "every row needs as many cells as the header has columns (" + header.size() + ")");
                }
                rows.add(new SessionRow(lineNo, cells.get(index[0]), cells.get(index[1]), cells.get(index[2]),
                        cells.get(index[3]), cells.get(index[4]), cells.get(index[5])));
            }
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read session file (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    /** The cells of one line, unquoted and trimmed. */
    private static List<String> cells(Path file, int lineNo, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InputException(file, "line " + lineNo, "", line,
                    "a quote opened and not closed on the same line (cells may not span lines)");
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
