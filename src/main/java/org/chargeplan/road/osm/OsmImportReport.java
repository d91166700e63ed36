package org.chargeplan.road.osm;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an OpenStreetMap road import read, kept and left out, and why.
 *
 * @param nodesRead       nodes in the file
 * @param waysRead        ways in the file
 * @param routableWays    ways cars may use
 * @param droppedWays     ways left out, by reason (e.g. {@code highway=footway (not a car road class)})
 * @param missingNodeRefs references of routable ways to nodes absent from the file (clipped extracts)
 * @param segments        road pieces after splitting ways at intersections
 * @param contractedNodes degree-two nodes merged into longer links
 * @param closedLoops     loops dropped because no shortest path uses them
 * @param nodes           nodes of the network built (before keeping the largest strongly connected part)
 * @param links           directed links of the network built
 */
public record OsmImportReport(long nodesRead, long waysRead, long routableWays,
        SortedMap<String, Integer> droppedWays, long missingNodeRefs, long segments, long contractedNodes,
        long closedLoops, int nodes, int links) {

    public OsmImportReport {
        droppedWays = new TreeMap<>(droppedWays);
    }

    /** One line for the log. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d nodes and %d ways read; %d car ways split into %d pieces; %d degree-2 nodes contracted,"
                        + " %d closed loops and %d missing node references dropped; network %d nodes, %d links",
                nodesRead, waysRead, routableWays, segments, contractedNodes, closedLoops, missingNodeRefs,
                nodes, links);
    }

    /** The reasons ways were left out, most frequent first, e.g. {@code highway=footway (not a car road class): 230}. */
    public String droppedSummary() {
        StringBuilder text = new StringBuilder();
        droppedWays.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> text.append(text.length() == 0 ? "" : "; ").append(e.getKey()).append(": ")
                        .append(e.getValue()));
        return text.toString();
    }
}
