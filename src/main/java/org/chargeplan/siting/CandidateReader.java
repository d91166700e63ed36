package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chargeplan.geo.GeoJsonFeature;
import org.chargeplan.geo.GeoJsonReader;
import org.chargeplan.grid.Feeder;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.CandidateSource;
import org.chargeplan.scenario.ChargerType;

/**
 * Reads candidate and existing sites from GeoJSON points and connects each to the road network
 * (nearest road node, within the snapping distance) and to the feeder (nearest bus and that bus's
 * transformer).
 *
 * <p>Properties: {@code id} (unique), {@code site_cost} (default from the scenario),
 * {@code max_chargers} (object of charger type id to count; default each type's
 * {@code max_per_site}), {@code existing_chargers} (object of type id to count installed today;
 * such a site is existing: always open, no site cost, its chargers cost nothing).
 */
public final class CandidateReader {

    private CandidateReader() {
    }

    public static List<Site> read(CandidateSource source, List<ChargerType> types, RoadNetwork network,
            Optional<Feeder> feeder) {
        return read(source, types, network, feeder, Optional.empty());
    }

    /** As above, with sites in {@code inputCrs} when their file names no CRS. */
    public static List<Site> read(CandidateSource source, List<ChargerType> types, RoadNetwork network,
            Optional<Feeder> feeder, Optional<String> inputCrs) {
        SiteConnector connector = new SiteConnector(network, feeder);
        List<Site> sites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<GeoJsonFeature> features = source.file().map(file -> GeoJsonReader.read(file, inputCrs)).orElse(List.of());
        for (GeoJsonFeature feature : features) {
            String id = feature.text("id");
            if (!ids.add(id)) {
                throw feature.fail("id", id, "site ids must be unique");
            }
            var position = feature.point();
            var road = connector.nearestRoadNode(position)
                    .orElseThrow(() -> feature.fail("geometry", "", "the road network has no nodes"));
            if (road.distanceMeters() > source.maxSnapMeters()) {
                throw feature.fail("geometry", String.format(Locale.ROOT, "%.0f m from the nearest road node",
                        road.distanceMeters()), "must lie within candidates.max_snap_m = " + source.maxSnapMeters() + " m");
            }
            List<Integer> existing = counts(feature, "existing_chargers", types, List.of());
            boolean isExisting = existing.stream().anyMatch(n -> n > 0);
            double cost = isExisting ? 0
                    : feature.optionalNumber("site_cost", 0, 1e15, "a cost >= 0").orElse(source.defaultSiteCost());
            List<Integer> defaults = types.stream().map(ChargerType::maxPerSite).toList();
            List<Integer> max = counts(feature, "max_chargers", types, defaults);
            for (int k = 0; k < types.size(); k++) {
                if (existing.get(k) > max.get(k)) {
                    throw feature.fail("existing_chargers." + types.get(k).id(), String.valueOf(existing.get(k)),
                            "more than the site's maximum of " + max.get(k) + "; raise max_chargers");
                }
            }
            Optional<Integer> bus = connector.nearestBus(position);
            if (connector.hasFeeder() && bus.isEmpty()) {
                throw feature.fail("geometry", "", "the feeder's buses have no coordinates, so sites cannot be"
                        + " connected to them; give the feeder as GeoJSON with bus positions");
            }
            sites.add(connector.site(id, position, road.item(), bus, cost, max, existing));
        }
        return sites;
    }

    private static List<Integer> counts(GeoJsonFeature feature, String field, List<ChargerType> types,
            List<Integer> defaults) {
        Optional<Map<String, Integer>> given = feature.optionalCounts(field);
        List<Integer> counts = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) {
            counts.add(defaults.isEmpty() ? 0 : defaults.get(k));
        }
        if (given.isEmpty()) {
            return counts;
        }
        for (Map.Entry<String, Integer> entry : given.get().entrySet()) {
            int k = indexOf(types, entry.getKey());
            if (k < 0) {
                throw feature.fail(field + "." + entry.getKey(), String.valueOf(entry.getValue()),
                        "unknown charger type; the scenario defines "
                                + String.join(", ", types.stream().map(ChargerType::id).toList()));
            }
            counts.set(k, entry.getValue());
        }
        return counts;
    }

    private static int indexOf(List<ChargerType> types, String id) {
        for (int k = 0; k < types.size(); k++) {
            if (types.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }
}
