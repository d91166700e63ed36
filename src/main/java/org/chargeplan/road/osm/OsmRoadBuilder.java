package org.chargeplan.road.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.RoadNode;

/**
 * Turns what an {@link OsmCollector} gathered into a {@link RoadNetwork}: ways split at
 * intersections ({@link WaySplitter}), degree-two chains merged ({@link ChainContractor}), each
 * piece one link per open direction, and the sites positioned.
 *
 * <p>Travel minutes and lengths are rounded to 4 decimals (6 ms, 0.1 mm) so that the network written
 * by {@code convert} reads back to exactly the same numbers; a link is never shorter than 0.0001
 * minutes. Nodes are numbered in the order links first mention them, which is also the order the
 * GeoJSON road reader numbers them in.
 */
final class OsmRoadBuilder {

    private static final double SCALE = 1e4;

    private OsmRoadBuilder() {
    }

    static OsmRoads build(OsmCollector collected) {
        NodeStore store = collected.nodes();
        store.finish();
        WaySplitter.Split split = WaySplitter.split(collected.ways(), store);
        ChainContractor.Contracted contracted = ChainContractor.contract(split.segments(), split.nodeIds().length);
        int[] index = new int[split.nodeIds().length];
        Arrays.fill(index, -1);
        List<RoadNode> nodes = new ArrayList<>();
        List<RoadLink> links = new ArrayList<>();
        java.util.Map<String, HighwayClass> highway = new java.util.HashMap<>();
        for (Segment segment : contracted.segments()) {
            int first = number(segment.first(), index, nodes, split);
            int last = number(segment.last(), index, nodes, split);
            List<LonLat> line = new ArrayList<>(segment.path().length);
            for (int node : segment.path()) {
                line.add(split.positions()[node]);
            }
            double minutes = Math.max(round(segment.minutes()), 1 / SCALE);
            double meters = round(segment.lengthMeters());
            if (segment.forward()) {
                links.add(new RoadLink(segment.id(), first, last, minutes, meters, line));
                highway.put(segment.id(), segment.highwayClass());
            }
            if (segment.backward()) {
                String id = segment.forward() ? segment.id() + "-reverse" : segment.id();
                links.add(new RoadLink(id, last, first, minutes, meters, reversed(line)));
                highway.put(id, segment.highwayClass());
            }
        }
        RoadNetwork network = new RoadNetwork(nodes, links);
        OsmImportReport report = new OsmImportReport(store.size(), collected.wayCount(), collected.ways().size(),
                collected.dropped(), split.missingNodeRefs(), split.segments().size(), contracted.removedNodes(),
                contracted.closedLoops(), nodes.size(), links.size());
        return new OsmRoads(network, report, sites(collected, store), highway);
    }

    private static int number(int node, int[] index, List<RoadNode> nodes, WaySplitter.Split split) {
        if (index[node] < 0) {
            index[node] = nodes.size();
            nodes.add(new RoadNode(Long.toString(split.nodeIds()[node]), split.positions()[node]));
        }
        return index[node];
    }

    private static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }

    private static List<LonLat> reversed(List<LonLat> line) {
        List<LonLat> copy = new ArrayList<>(line);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Sites at their node, or at the mean of a way's distinct nodes; features with no known node are skipped. */
    private static List<OsmSite> sites(OsmCollector collected, NodeStore store) {
        List<OsmSite> sites = new ArrayList<>();
        for (OsmCollector.OsmSiteFeature feature : collected.siteFeatures()) {
            long[] refs = Arrays.stream(feature.nodeIds()).distinct().toArray();
            double lon = 0;
            double lat = 0;
            int found = 0;
            for (long ref : refs) {
                int slot = store.find(ref);
                if (slot >= 0) {
                    lon += store.lonE7(slot) / 1e7;
                    lat += store.latE7(slot) / 1e7;
                    found++;
                }
            }
            if (found > 0) {
                sites.add(OsmSite.of(feature.kind(), feature.osmId(), new LonLat(lon / found, lat / found),
                        feature.tags()));
            }
        }
        sites.sort(Comparator.comparing(OsmSite::kind).thenComparing(OsmSite::osmId));
        return sites;
    }
}
