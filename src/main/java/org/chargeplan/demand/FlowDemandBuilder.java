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
        for (OdTable.Entry entry : entries) {
            int origin = node(network, file, entry.origin(), "origin", entry);
            int destination = node(network, file, entry.destination(), "destination", entry);
            if (origin == destination) {
                intrazonal++;
                continue;
            }
            OdPaths.Route route = router.route(origin, destination).orElseThrow(() -> new InputException(file,
                    "line " + entry.line(), "destination", entry.destination(), "cannot be reached from origin "
                            + entry.origin() + " on the road network"));
            paths.add(toPath(network, route, entry, source));
        }
        if (intrazonal > 0) {
            LOG.info("range: {} OD pairs with the same origin and destination left out (no distance driven)",
                    intrazonal);
        }
        VehicleRange range = new VehicleRange(source.rangeKm(), source.initialChargeShare(), source.reserveKm());
        return new FlowDemand(paths, range, source.weightPerTrip(), source.kwhPerKm(), source.demandClass());
    }

    private static FlowPath toPath(RoadNetwork network, OdPaths.Route route, OdTable.Entry entry, RangeSource source) {
        List<Integer> nodes = new ArrayList<>(route.nodes());
        List<Double> steps = new ArrayList<>();
        List<LonLat> line = new ArrayList<>();
        for (int link : route.links()) {
            RoadLink l = network.links().get(link);
            steps.add(l.lengthMeters() / 1000);
            List<LonLat> shape = l.geometry();
            line.addAll(line.isEmpty() ? shape : shape.subList(1, shape.size()));
        }
        if (source.roundTrip()) {
            for (int k = route.nodes().size() - 2; k >= 0; k--) {
                nodes.add(route.nodes().get(k));
                steps.add(steps.get(k));
            }
        }
        double trips = entry.trips() * source.tripsPerOdUnit() * source.evShare();
        return new FlowPath(entry.origin() + "->" + entry.destination(), nodes, steps, trips, source.roundTrip(), line);
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
