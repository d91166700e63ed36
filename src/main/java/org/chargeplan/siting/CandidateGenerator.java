package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Feeder;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.osm.HighwayClass;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.road.osm.OsmSite;
import org.chargeplan.scenario.CandidateGeneration;
import org.chargeplan.scenario.CandidateSource;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.InputException;

/**
 * Generates candidate sites when the scenario asks ({@code candidates.generate}), in this order:
 * OpenStreetMap sites of the chosen kinds ({@code osm:node/123}; charging stations with
 * {@code socket:*} tags mapped by {@code osm_sockets} become existing sites), road nodes on major
 * roads ({@code node:ID}), and points every {@code every_km} km along each major road link
 * ({@code corridor:LINK@KM}, measured along its geometry by great-circle distance). A point within
 * {@code dedup_m} metres of one kept earlier is dropped; so is an OSM site farther than
 * {@code max_snap_m} from every road node. Generated sites cost the scenario's default site cost
 * and may hold each charger type's {@code max_per_site}.
 */
public final class CandidateGenerator {

    /**
     * @param sites       the generated sites
     * @param duplicates  points dropped as within the dedup radius of an earlier one
     * @param tooFar      OSM sites dropped as farther than the snapping distance from the roads
     */
    public record Generated(List<Site> sites, int duplicates, int tooFar) {
    }

    private CandidateGenerator() {
    }

    public static Generated generate(CandidateSource source, CandidateGeneration rule, List<ChargerType> types,
            RoadNetwork network, Optional<OsmRoads> osm, Optional<Feeder> feeder, java.nio.file.Path scenarioFile) {
        if (osm.isEmpty() && (rule.majorRoadNodes() || rule.everyKm() > 0 || !rule.osmSites().isEmpty())) {
            throw new InputException(scenarioFile, "", "candidates.generate", "",
                    "generating candidates needs OpenStreetMap roads (roads.file an .osm.pbf, .osm or .osm.gz)");
        }
        SiteConnector connector = new SiteConnector(network, feeder);
        Dedup dedup = new Dedup(rule.dedupMeters());
        List<Integer> max = types.stream().map(ChargerType::maxPerSite).toList();
        List<Site> sites = new ArrayList<>();
        int tooFar = 0;
        for (OsmSite site : osm.get().sites()) {
            if (!rule.osmSites().contains(site.kind().tagValue())) {
                continue;
            }
            var road = connector.nearestRoadNode(site.position()).orElseThrow();
            if (road.distanceMeters() > source.maxSnapMeters()) {
                tooFar++;
            } else if (dedup.keep(site.position())) {
                List<Integer> existing = existingChargers(site, rule, types, scenarioFile);
                boolean isExisting = existing.stream().anyMatch(n -> n > 0);
                List<Integer> siteMax = new ArrayList<>();
                for (int k = 0; k < types.size(); k++) {
                    siteMax.add(Math.max(max.get(k), existing.get(k)));
                }
                sites.add(connector.site("osm:" + site.osmId(), site.position(), road.item(),
                        connector.nearestBus(site.position()), isExisting ? 0 : source.defaultSiteCost(), siteMax, existing));
            }
        }
        List<Integer> none = types.stream().map(t -> 0).toList();
        Map<String, HighwayClass> classes = osm.get().highway();
        TreeSet<Integer> majorNodes = new TreeSet<>();
        for (RoadLink link : network.links()) {
            HighwayClass c = classes.get(link.id());
            if (c != null && c.major()) {
                majorNodes.add(link.from());
                majorNodes.add(link.to());
            }
        }
        if (rule.majorRoadNodes()) {
            for (int node : majorNodes) {
                LonLat p = network.position(node);
                if (dedup.keep(p)) {
                    sites.add(connector.site("node:" + network.node(node).id(), p, node, connector.nearestBus(p),
                            source.defaultSiteCost(), max, none));
                }
            }
        }
        if (rule.everyKm() > 0) {
            for (RoadLink link : network.links()) {
                HighwayClass c = classes.get(link.id());
                if (c == null || !c.major() || link.id().endsWith("-reverse")) {
                    continue;
                }
                for (double km = rule.everyKm(); km * 1000 < link.lengthMeters(); km += rule.everyKm()) {
                    LonLat p = along(link.geometry(), km * 1000);
                    if (dedup.keep(p)) {
                        int node = connector.nearestRoadNode(p).orElseThrow().item();
                        sites.add(connector.site(String.format(Locale.ROOT, "corridor:%s@%.3f", link.id(), km), p,
                                node, connector.nearestBus(p), source.defaultSiteCost(), max, none));
                    }
                }
            }
        }
        return new Generated(sites, dedup.dropped(), tooFar);
    }

    private static List<Integer> existingChargers(OsmSite site, CandidateGeneration rule, List<ChargerType> types,
            java.nio.file.Path scenarioFile) {
        List<Integer> existing = new ArrayList<>(types.stream().map(t -> 0).toList());
        site.sockets().forEach((socket, count) -> {
            String typeId = rule.osmSockets().get(socket);
            if (typeId == null) {
                return;
            }
            int k = types.stream().map(ChargerType::id).toList().indexOf(typeId);
            if (k < 0) {
                throw new InputException(scenarioFile, "", "candidates.generate.osm_sockets." + socket, typeId,
                        "not a charger type; the scenario defines " + types.stream().map(ChargerType::id).toList());
            }
            existing.set(k, existing.get(k) + count);
        });
        return existing;
    }

    /** The point {@code meters} along a polyline (great-circle distances, linear within a segment). */
    static LonLat along(List<LonLat> line, double meters) {
        double left = meters;
        for (int i = 1; i < line.size(); i++) {
            double step = GreatCircle.distanceMeters(line.get(i - 1), line.get(i));
            if (left <= step && step > 0) {
                double f = left / step;
                LonLat a = line.get(i - 1);
                LonLat b = line.get(i);
                return new LonLat(a.lon() + f * (b.lon() - a.lon()), a.lat() + f * (b.lat() - a.lat()));
            }
            left -= step;
        }
        return line.get(line.size() - 1);
    }

    /** Keeps points farther than a radius from every point kept before, with a grid of cells one radius wide. */
    private static final class Dedup {
        private final double radiusMeters;
        private final Map<Long, List<LonLat>> cells = new HashMap<>();
        private int dropped;

        Dedup(double radiusMeters) {
            this.radiusMeters = radiusMeters;
        }

        boolean keep(LonLat p) {
            double cellDegrees = Math.max(radiusMeters, 1) / 111_000.0;
            long cx = (long) Math.floor(p.lon() * Math.cos(Math.toRadians(p.lat())) / cellDegrees);
            long cy = (long) Math.floor(p.lat() / cellDegrees);
            for (long dx = -2; dx <= 2; dx++) {
                for (long dy = -2; dy <= 2; dy++) {
                    for (LonLat q : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (GreatCircle.distanceMeters(p, q) <= radiusMeters) {
                            dropped++;
                            return false;
                        }
                    }
                }
            }
            cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(p);
            return true;
        }

        int dropped() {
            return dropped;
        }

        private static long key(long x, long y) {
            return x * 1_000_003L + y;
        }
    }
}
