package org.chargeplan.demand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.chargeplan.geo.GeoJsonFeature;
import org.chargeplan.geo.GeoJsonReader;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.DemandSource;
import org.chargeplan.scenario.InputException;

/**
 * Turns a scenario's demand source into demand points on the road network.
 *
 * <ul>
 *   <li>OD table: each origin node gets {@code trips × trips_per_od_unit × ev_share × kwh_per_trip}
 *       kWh per day, summed over destinations (charging where trips start).</li>
 *   <li>Points: GeoJSON points with {@code id}, {@code kwh_per_day} and optional {@code class},
 *       each snapped to the nearest road node within {@code maxSnapMeters}.</li>
 * </ul>
 */
public final class DemandBuilder {

    private DemandBuilder() {
    }

    /**
     * @param source        the demand source
     * @param profiles      hourly shares per demand class
     * @param network       the road network the demand is placed on
     * @param maxSnapMeters farthest a demand point may be from its road node, metres
     */
    public static Demand build(DemandSource source, Map<String, List<Double>> profiles, RoadNetwork network,
            double maxSnapMeters) {
        return build(source, profiles, network, maxSnapMeters, java.util.Optional.empty());
    }

    /** As above, with demand points in {@code inputCrs} when their file names no CRS. */
    public static Demand build(DemandSource source, Map<String, List<Double>> profiles, RoadNetwork network,
            double maxSnapMeters, java.util.Optional<String> inputCrs) {
        Map<String, HourlyProfile> hourly = new TreeMap<>();
        profiles.forEach((demandClass, shares) -> hourly.put(demandClass, new HourlyProfile(demandClass, shares)));
        List<DemandPoint> points = switch (source.kind()) {
            case OD_TABLE -> fromOd(source, network);
            case POINTS -> fromPoints(source.file(), source.demandClass(), hourly, network, maxSnapMeters, inputCrs);
            case NONE -> List.of();
        };
        return new Demand(points, hourly);
    }

    private static List<DemandPoint> fromOd(DemandSource source, RoadNetwork network) {
        Path file = source.file();
        OdTable table = OdTableReader.readCsv(file);
        Map<Integer, Double> tripsByOrigin = new TreeMap<>();
        for (OdTable.Entry entry : table.trips()) {
            int origin = node(network, file, entry.origin(), "origin", entry);
            node(network, file, entry.destination(), "destination", entry);
            tripsByOrigin.merge(origin, entry.trips(), Double::sum);
        }
        double kwhPerUnit = source.tripsPerOdUnit() * source.evShare() * source.kwhPerTrip();
        List<DemandPoint> points = new ArrayList<>();
        tripsByOrigin.forEach((origin, trips) -> points.add(new DemandPoint(network.node(origin).id(),
                network.position(origin), origin, trips * kwhPerUnit, source.demandClass())));
        return points;
    }

    private static int node(RoadNetwork network, Path file, String id, String field, OdTable.Entry entry) {
        OptionalInt index = network.indexOf(id);
        if (index.isEmpty()) {
            throw new InputException(file, "line " + entry.line(), field, id,
                    "not a node of the road network (after keeping its largest strongly connected part)");
        }
        return index.getAsInt();
    }

    private static List<DemandPoint> fromPoints(Path file, String defaultClass, Map<String, HourlyProfile> profiles,
            RoadNetwork network, double maxSnapMeters, java.util.Optional<String> inputCrs) {
        var roadIndex = network.nodeLocator();
        Map<String, DemandPoint> points = new LinkedHashMap<>();
        for (GeoJsonFeature feature : GeoJsonReader.read(file, inputCrs)) {
            String id = feature.text("id");
            double kwh = feature.number("kwh_per_day", 0, 1e9, "charging energy in kWh per day >= 0");
            String demandClass = feature.optionalText("class").orElse(defaultClass);
            if (!profiles.containsKey(demandClass)) {
                throw feature.fail("class", demandClass, "no profile for this class; profiles define "
                        + String.join(", ", profiles.keySet()));
            }
            var hit = roadIndex.nearest(feature.point()).orElseThrow(
                    () -> feature.fail("geometry", "", "the road network has no nodes"));
            if (hit.distanceMeters() > maxSnapMeters) {
                throw feature.fail("geometry", String.format(Locale.ROOT, "%.0f m from the nearest road node",
                        hit.distanceMeters()), "must lie within candidates.max_snap_m = " + maxSnapMeters + " m");
            }
            if (points.put(id, new DemandPoint(id, feature.point(), hit.item(), kwh, demandClass)) != null) {
                throw feature.fail("id", id, "ids must be unique");
            }
        }
        return new ArrayList<>(points.values());
    }
}
