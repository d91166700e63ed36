package org.chargeplan.road.osm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects what the road import needs while a reader streams an OSM file: every node's position,
 * the ways {@link CarWayRules} accepts, the reasons the others were left out, and the nodes and ways
 * that are charging stations, parking or fuel stations. Not thread-safe.
 */
final class OsmCollector implements OsmSink {

    /** A way cars may use, with its verdict. */
    record RoutableWay(long id, long[] nodeIds, CarWayRules.WayVerdict verdict) {
    }

    private final NodeStore nodes = new NodeStore();
    private final List<RoutableWay> ways = new ArrayList<>();
    private final SortedMap<String, Integer> dropped = new TreeMap<>();
    private final List<OsmSiteFeature> siteFeatures = new ArrayList<>();
    private long wayCount;

    @Override
    public void node(long id, int lonE7, int latE7, Map<String, String> tags) {
        nodes.add(id, lonE7, latE7);
        OsmSite.kindOf(tags).ifPresent(kind -> siteFeatures.add(
                new OsmSiteFeature(kind, "node/" + id, new long[] {id}, Map.copyOf(tags))));
    }

    @Override
    public void way(long id, long[] nodeIds, Map<String, String> tags) {
        wayCount++;
        OsmSite.kindOf(tags).ifPresent(kind -> siteFeatures.add(
                new OsmSiteFeature(kind, "way/" + id, nodeIds, Map.copyOf(tags))));
        CarWayRules.WayVerdict verdict = CarWayRules.classify(tags);
        if (verdict.routable() && nodeIds.length >= 2) {
            ways.add(new RoutableWay(id, nodeIds, verdict));
        } else {
            dropped.merge(verdict.routable() ? "fewer than two nodes" : verdict.dropReason(), 1, Integer::sum);
        }
    }

    NodeStore nodes() {
        return nodes;
    }

    List<RoutableWay> ways() {
        return ways;
    }

    SortedMap<String, Integer> dropped() {
        return dropped;
    }

    List<OsmSiteFeature> siteFeatures() {
        return siteFeatures;
    }

    long wayCount() {
        return wayCount;
    }

    /** A node or way tagged as a possible site, before its position is known. */
    record OsmSiteFeature(OsmSite.Kind kind, String osmId, long[] nodeIds, Map<String, String> tags) {
    }
}
