package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowDemandBuilder;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.OdPaths;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.RoadNode;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;

/**
 * Small random road networks with OD flows for exhaustive comparison of the flow-refuelling
 * model: 5 to 9 nodes scattered over 12 × 12 km, a random spanning tree plus a few extra two-way
 * links (straight-line lengths), 4 to 9 OD pairs routed by {@link OdPaths}, candidate sites at 4 to
 * 9 nodes (one sometimes existing), one of several ranges, initial charges and reserves, round
 * trips or one-way, and either a number of new stations or a budget.
 */
final class RandomFlowInstances {

    private static final double[] RANGES_KM = {5, 8, 12, 18};
    private static final double[] INITIAL_SHARES = {0.5, 0.5, 1.0, 0.3};

    private RandomFlowInstances() {
    }

    /** A random uncapacitated instance. */
    static SitingProblem generate(long seed) {
        return generate(seed, Optional.empty());
    }

    /** A random instance; with {@code kwhPerKm}, the capacitated variant (no grid). */
    static SitingProblem generate(long seed, Optional<Double> kwhPerKm) {
        Random random = new Random(seed);
        int nodeCount = 5 + random.nextInt(5);
        RoadNetwork network = network(random, nodeCount);

        List<Site> sites = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < nodeCount; v++) {
            nodes.add(v);
        }
        Collections.shuffle(nodes, random);
        int siteCount = 4 + random.nextInt(nodeCount - 3);
        boolean withExisting = random.nextInt(3) == 0;
        for (int i = 0; i < siteCount; i++) {
            int node = nodes.get(i);
            boolean existing = withExisting && i == 0;
            sites.add(new Site("s" + i, network.position(node), node, OptionalInt.empty(), OptionalInt.empty(),
                    existing ? 0 : 1000 + random.nextInt(9000), List.of(2), List.of(existing ? 1 : 0)));
        }
        ChargerType type = new ChargerType("c", 50, 500 + random.nextInt(1500), 1, 2);

        OdPaths router = new OdPaths(network);
        boolean roundTrip = random.nextBoolean();
        List<FlowPath> paths = new ArrayList<>();
        int pairs = 4 + random.nextInt(6);
        for (int p = 0; p < pairs; p++) {
            int o = random.nextInt(nodeCount);
            int d = random.nextInt(nodeCount);
            if (o == d) {
                continue;
            }
            paths.add(FlowDemandBuilder.path(network, router.route(o, d).orElseThrow(), o + "->" + d + "#" + p,
                    1 + random.nextInt(100), roundTrip));
        }
        int choice = random.nextInt(RANGES_KM.length);
        double rangeKm = RANGES_KM[choice];
        double reserve = random.nextInt(3) == 0 ? 1 : 0;
        VehicleRange range = new VehicleRange(rangeKm, INITIAL_SHARES[random.nextInt(INITIAL_SHARES.length)], reserve);
        FlowDemand flows = new FlowDemand(paths, range, 1, kwhPerKm, "c");

        Objective objective = random.nextBoolean()
                ? new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 1 + random.nextInt(3))
                : new Objective(Objective.Kind.MAX_COVERAGE, 3000 + random.nextInt(15000), 0);
        HourlyProfile flat = new HourlyProfile("c", Collections.nCopies(24, 1.0 / 24));
        return new SitingProblem(sites, List.of(), List.of(), List.of(type), List.of(flat), Optional.empty(),
                objective, true, GridMargins.NONE, Optional.of(flows));
    }

    /** Nodes at random positions; a random spanning tree plus extra links, both directions, 50 km/h. */
    private static RoadNetwork network(Random random, int nodeCount) {
        List<RoadNode> nodes = new ArrayList<>();
        double[][] xy = new double[nodeCount][2];
        for (int v = 0; v < nodeCount; v++) {
            xy[v][0] = 12 * random.nextDouble();
            xy[v][1] = 12 * random.nextDouble();
            nodes.add(new RoadNode("n" + v, new LonLat(xy[v][0] / 111.0, xy[v][1] / 111.0)));
        }
        List<RoadLink> links = new ArrayList<>();
        for (int v = 1; v < nodeCount; v++) {
            connect(links, nodes, xy, v, random.nextInt(v));
        }
        int extra = random.nextInt(nodeCount);
        for (int e = 0; e < extra; e++) {
            int a = random.nextInt(nodeCount);
            int b = random.nextInt(nodeCount);
            if (a != b) {
                connect(links, nodes, xy, a, b);
            }
        }
        return new RoadNetwork(nodes, links);
    }

    private static void connect(List<RoadLink> links, List<RoadNode> nodes, double[][] xy, int a, int b) {
        double km = Math.max(0.2, Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]));
        double minutes = km / 50 * 60;
        links.add(new RoadLink("l" + links.size(), a, b, minutes, 1000 * km,
                List.of(nodes.get(a).position(), nodes.get(b).position())));
        links.add(new RoadLink("l" + links.size(), b, a, minutes, 1000 * km,
                List.of(nodes.get(b).position(), nodes.get(a).position())));
    }
}
