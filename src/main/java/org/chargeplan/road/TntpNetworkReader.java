package org.chargeplan.road;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.chargeplan.scenario.InputException;

/**
 * Reads a network in the TNTP format of the Transportation Networks for Research collection: a
 * {@code *_net.tntp} link table (metadata lines in angle brackets, a {@code ~} header, then
 * {@code init term capacity length free_flow_time b power speed toll type ;} rows) and a
 * {@code *_node.tntp} coordinate table ({@code node X Y ;}, X = longitude, Y = latitude).
 *
 * <p>Free-flow times are converted to minutes with a factor from the scenario, since the format
 * does not fix their unit (Sioux Falls uses 0.01 h, so 0.6 minutes per unit).
 */
public final class TntpNetworkReader {

    private TntpNetworkReader() {
    }

    /** Reads the network from its link and node files. */
    public static RoadNetwork read(Path netFile, Path nodeFile, double minutesPerTimeUnit) {
        Map<Integer, LonLat> positions = readNodes(nodeFile);
        List<RoadNode> nodes = new ArrayList<>();
        Map<Integer, Integer> indexOf = new TreeMap<>();
        for (Map.Entry<Integer, LonLat> entry : positions.entrySet()) {
            indexOf.put(entry.getKey(), nodes.size());
            nodes.add(new RoadNode(String.valueOf(entry.getKey()), entry.getValue()));
        }
        List<RoadLink> links = new ArrayList<>();
        List<String> lines = readLines(netFile);
        boolean inTable = false;
        for (int lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.startsWith("<END OF METADATA>")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.isEmpty() || line.startsWith("~") || line.startsWith("<")) {
                continue;
            }
            String[] cells = cells(line);
            if (cells.length < 5) {
                throw new InputException(netFile, "line " + lineNo, "", line,
                        "a link row needs at least init_node term_node capacity length free_flow_time");
            }
            int from = nodeIndex(netFile, lineNo, "init_node", cells[0], indexOf);
            int to = nodeIndex(netFile, lineNo, "term_node", cells[1], indexOf);
            double time = number(netFile, lineNo, "free_flow_time", cells[4]);
            if (!(time > 0)) {
                throw new InputException(netFile, "line " + lineNo, "free_flow_time", cells[4], "must be > 0");
            }
            LonLat a = nodes.get(from).position();
            LonLat b = nodes.get(to).position();
            links.add(new RoadLink(String.valueOf(links.size() + 1), from, to, time * minutesPerTimeUnit,
                    GreatCircle.distanceMeters(a, b), List.of(a, b)));
        }
        if (links.isEmpty()) {
            throw InputException.ofFile(netFile, "no links found after <END OF METADATA>", null);
        }
        return new RoadNetwork(nodes, links);
    }

    private static Map<Integer, LonLat> readNodes(Path nodeFile) {
        Map<Integer, LonLat> positions = new TreeMap<>();
        List<String> lines = readLines(nodeFile);
        for (int lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            String[] cells = cells(line);
            if (cells.length < 3) {
                throw new InputException(nodeFile, "line " + lineNo, "", line, "a node row is: node X Y ;");
            }
            int id = (int) number(nodeFile, lineNo, "node", cells[0]);
            double x = number(nodeFile, lineNo, "X", cells[1]);
            double y = number(nodeFile, lineNo, "Y", cells[2]);
            if (!LonLat.isValid(x, y)) {
                throw new InputException(nodeFile, "line " + lineNo, "X/Y", x + " " + y,
                        "X must be a WGS84 longitude and Y a latitude in degrees");
            }
            positions.put(id, new LonLat(x, y));
        }
        return positions;
    }

    private static int nodeIndex(Path file, int lineNo, String field, String text, Map<Integer, Integer> indexOf) {
        Integer index = indexOf.get((int) number(file, lineNo, field, text));
        if (index == null) {
            throw new InputException(file, "line " + lineNo, field, text, "not a node of the node file");
        }
        return index;
    }

    private static String[] cells(String line) {
        String body = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
        return body.trim().split("\\s+");
    }

    private static double number(Path file, int lineNo, String field, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(file, "line " + lineNo, field, text, "must be a number");
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read file (" + e.getMessage() + ")", e);
        }
    }

}
