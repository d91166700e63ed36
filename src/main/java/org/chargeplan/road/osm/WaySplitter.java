package org.chargeplan.road.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;

/**
 * Splits routable OSM ways into {@link Segment}s at every node shared with another way (or met
 * twice by the same way) and at way ends, so that intersections become graph nodes.
 *
 * <p>Nodes are numbered by ascending OSM id among the nodes the routable ways use. A reference to a
 * node missing from the file (an extract clipped at its border) cuts the way there; the pieces
 * touching it are left out and counted. Lengths are great-circle (haversine) in metres; travel time
 * is length over the way's speed.
 */
final class WaySplitter {

    /** Segments and the node numbering they use. */
    record Split(List<Segment> segments, long[] nodeIds, LonLat[] positions, long missingNodeRefs) {
    }

    private WaySplitter() {
    }

    static Split split(List<OsmCollector.RoutableWay> ways, NodeStore store) {
        long[] used = usedNodeIds(ways, store);
        long[] unique = distinct(used);
        int[] uses = new int[unique.length];
        for (long id : used) {
            uses[Arrays.binarySearch(unique, id)]++;
        }
        LonLat[] positions = new LonLat[unique.length];
        for (int i = 0; i < unique.length; i++) {
            int slot = store.find(unique[i]);
            positions[i] = new LonLat(store.lonE7(slot) / 1e7, store.latE7(slot) / 1e7);
        }
        List<Segment> segments = new ArrayList<>();
        long missing = 0;
        for (OsmCollector.RoutableWay way : ways) {
            long[] refs = way.nodeIds();
            int[] path = new int[refs.length];
            int length = 0;
            int piece = 0;
            for (int i = 0; i < refs.length; i++) {
                if (store.find(refs[i]) < 0) {
                    missing++;
                    length = 0;
                    continue;
                }
                int node = Arrays.binarySearch(unique, refs[i]);
                if (length > 0 && path[length - 1] == node) {
                    continue;
                }
                path[length++] = node;
                boolean end = i == refs.length - 1 || uses[node] > 1;
                if (end && length >= 2) {
                    segments.add(segment(way, piece++, Arrays.copyOf(path, length), positions));
                    path[0] = node;
                    length = 1;
                }
            }
        }
        return new Split(segments, unique, positions, missing);
    }

    private static Segment segment(OsmCollector.RoutableWay way, int piece, int[] path, LonLat[] positions) {
        double meters = 0;
        for (int i = 1; i < path.length; i++) {
            meters += GreatCircle.distanceMeters(positions[path[i - 1]], positions[path[i]]);
        }
        CarWayRules.WayVerdict verdict = way.verdict();
        double minutes = meters / 1000 / verdict.speedKmh() * 60;
        return new Segment(way.id() + "." + piece, path, verdict.direction().forward(),
                verdict.direction().backward(), meters, minutes, verdict.highwayClass());
    }

    /** Every reference of every routable way to a node present in the file (with repeats). */
    private static long[] usedNodeIds(List<OsmCollector.RoutableWay> ways, NodeStore store) {
        int total = 0;
        for (OsmCollector.RoutableWay way : ways) {
            total += way.nodeIds().length;
        }
        long[] used = new long[total];
        int n = 0;
        for (OsmCollector.RoutableWay way : ways) {
            long[] refs = way.nodeIds();
            for (int i = 0; i < refs.length; i++) {
                if (store.find(refs[i]) >= 0 && (i == 0 || refs[i] != refs[i - 1])) {
                    used[n++] = refs[i];
                }
            }
        }
        return Arrays.copyOf(used, n);
    }

    private static long[] distinct(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
