package org.chargeplan.demand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.OdPaths;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.RangeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a scenario's OD table on shortest paths ({@link OdPaths}) and turns it into
 * {@link FlowDemand}: electric trips per day = trips × trips_per_od_unit × ev_share, one path per
 * non-zero OD pair in table order. A round trip goes out on the route and back on the same nodes
 * in reverse with the same step lengths (Kuby and Lim 2005). Pairs whose origin equals their
 * destination are left out (they drive no distance on the network), and the log says how many.
 */
public final class FlowDemandBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(FlowDemandBuilder.class);

    private FlowDemandBuilder() {
    }

    public static FlowDemand build(RangeSource source, RoadNetwork network) {
        Path file = source.odFile();
        OdTable table = file.getFileName().toString().endsWith(".tntp") ? OdTableReader.readTntp(file)
                : OdTableReader.readCsv(file);
        OdPaths router = new OdPaths(network);
        List<OdTable.Entry> entries = new ArrayList<>(table.trips());
        List<FlowPath> paths = new ArrayList<>();
        int intrazonal = 0;
        java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
        for (OdTable.Entry entry : entries) {
            int origin = node(network, file, entry.origin(), "origin", entry);
            int destination = node(network, file, entry.destination(), "destination", entry);
            Integer earlier = firstLine.putIfAbsent(entry.origin() + "->" + entry.destination(), entry.line());
            if (earlier != null) {
                throw new InputException(file, "line " + entry.line(), "destination", entry.destination(),
                        "the pair " + entry.origin() + "->" + entry.destination() + " is already on line " + earlier
                                + "; give each OD pair once");
            }
            if (origin == destination) {
                intrazonal++;
                continue;
            }
            OdPaths.Route route = router.route(origin, destination).orElseThrow(() -> new InputException(file,
                    "line " + entry.line(), "destination", entry.destination(), "cannot be reached from origin "
                            + entry.origin() + " on the road network"));
            paths.add(path(network, route, entry.origin() + "->" + entry.destination(),
                    entry.trips() * source.tripsPerOdUnit() * source.evShare(), source.roundTrip()));
        }
        if (intrazonal > 0) {
            LOG.info("range: {} OD pairs with the same origin and destination left out (no distance driven)",
                    intrazonal);
        }
        VehicleRange range = new VehicleRange(source.rangeKm(), source.initialChargeShare(), source.reserveKm());
        return new FlowDemand(paths, range, source.weightPerTrip(), source.kwhPerKm(), source.demandClass());
    }

    /**
     * The path of a route: its nodes and link lengths, out and back the same way for a round trip.
     *
     * @param trips electric trips per day
     */
    public static FlowPath path(RoadNetwork network, OdPaths.Route route, String id, double trips, boolean roundTrip) {
        List<Integer> nodes = new ArrayList<>(route.nodes());
        List<Double> steps = new ArrayList<>();
        List<LonLat> line = new ArrayList<>();
        for (int link : route.links()) {
            RoadLink l = network.links().get(link);
            steps.add(l.lengthMeters() / 1000);
            List<LonLat> shape = l.geometry();
            line.addAll(line.isEmpty() ? shape : shape.subList(1, shape.size()));
        }
        if (roundTrip) {
            for (int k = route.nodes().size() - 2; k >= 0; k--) {
                nodes.add(route.nodes().get(k));
                steps.add(steps.get(k));
            }
        }
        return new FlowPath(id, nodes, steps, trips, roundTrip, line);
    }

    private static int node(RoadNetwork network, Path file, String id, String field, OdTable.Entry entry) {
        OptionalInt index = network.indexOf(id);
        if (index.isEmpty()) {
            throw new InputException(file, "line " + entry.line(), field, id,
                    "not a node of the road network (after keeping its largest strongly connected part)");
        }
        return index.getAsInt();
    }
}
