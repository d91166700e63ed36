package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The greedy-addition trap of Kuby and Lim (2005): stations that are useless alone but serve a long
 * trip together. A corridor a–b–c–d–e, 4 km between nodes, and a spur c–f–g, 3 km each; range
 * 10 km, vehicles leave half full, round trips. The trip a→e (10 trips/day) needs stations at both
 * b and d (a→b is 4 km of the 5 km in the battery, b→d and d→e then fit in a full one); the trip
 * f→g (6 trips/day) needs one at f. With two stations, adding the best single station first
 * takes f (6 trips, since b or d alone serves nothing) and then nothing else helps: 6 trips. The
 * model opens b and d: 10 trips.
 */
class GreedyTrapTest {

    private static final String[] NAMES = {"a", "b", "c", "d", "e", "f", "g"};

    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void theModelAvoidsTheGreedyTrap(String solver) {
        SitingProblem problem = instance();

        double greedy = greedyTrips(problem);
        assertEquals(6, greedy, 1e-9, "adding one station at a time serves only the spur trip");

        SitingResult result = SitingSolver.solve(problem, Solvers.byName(solver).orElseThrow(),
                new SolveOptions(60, 1e-9, 1));
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(10, metrics.servedTrips(), 1e-9, solver);
        List<String> open = new ArrayList<>();
        for (int i = 0; i < problem.sites().size(); i++) {
            if (plan.sites().get(i).open()) {
                open.add(problem.sites().get(i).id());
            }
        }
        assertEquals(List.of("b", "d"), open, solver);
    }

    /** Adds, p times, the station that raises the served trips most (ties to the lower index). */
    private static double greedyTrips(SitingProblem problem) {
        boolean[] open = new boolean[problem.sites().size()];
        double served = 0;
        for (int step = 0; step < problem.objective().maxNewStations(); step++) {
            int best = -1;
            double bestTrips = -1;
            for (int i = 0; i < open.length; i++) {
                if (open[i]) {
                    continue;
                }
                open[i] = true;
                double trips = trips(problem, open);
                open[i] = false;
                if (trips > bestTrips + 1e-9) {
                    best = i;
                    bestTrips = trips;
                }
            }
            open[best] = true;
            served = bestTrips;
        }
        return served;
    }

    private static double trips(SitingProblem problem, boolean[] open) {
        double trips = 0;
        for (int q : FlowRefuellingBruteForceTest.servedPaths(problem, open)) {
            trips += problem.flows().orElseThrow().paths().get(q).evTripsPerDay();
        }
        return trips;
    }

    private static SitingProblem instance() {
        double[][] km = {{0, 0}, {4, 0}, {8, 0}, {12, 0}, {16, 0}, {8, 3}, {8, 6}};
        List<RoadNode> nodes = new ArrayList<>();
        for (int v = 0; v < NAMES.length; v++) {
            nodes.add(new RoadNode(NAMES[v], new LonLat(km[v][0] / 111.0, km[v][1] / 111.0)));
        }
        List<RoadLink> links = new ArrayList<>();
        int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {2, 5}, {5, 6}};
        for (int[] e : edges) {
            double meters = 1000 * Math.hypot(km[e[0]][0] - km[e[1]][0], km[e[0]][1] - km[e[1]][1]);
            links.add(new RoadLink("l" + links.size(), e[0], e[1], meters / 1000, meters,
                    List.of(nodes.get(e[0]).position(), nodes.get(e[1]).position())));
            links.add(new RoadLink("l" + links.size(), e[1], e[0], meters / 1000, meters,
                    List.of(nodes.get(e[1]).position(), nodes.get(e[0]).position())));
        }
        RoadNetwork network = new RoadNetwork(nodes, links);
        OdPaths router = new OdPaths(network);
        List<FlowPath> paths = List.of(
                FlowDemandBuilder.path(network, router.route(0, 4).orElseThrow(), "a->e", 10, true),
                FlowDemandBuilder.path(network, router.route(5, 6).orElseThrow(), "f->g", 6, true));
        List<Site> sites = new ArrayList<>();
        for (int v : new int[] {1, 3, 5}) {
            sites.add(new Site(NAMES[v], network.position(v), v, OptionalInt.empty(), OptionalInt.empty(), 1000,
                    List.of(1), List.of(0)));
        }
        FlowDemand flows = new FlowDemand(paths, new VehicleRange(10, 0.5, 0), 1, Optional.empty(), "c");
        HourlyProfile flat = new HourlyProfile("c", Collections.nCopies(24, 1.0 / 24));
        return new SitingProblem(sites, List.of(), List.of(), List.of(new ChargerType("dc", 50, 100, 1, 1)),
                List.of(flat), Optional.empty(), new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 2),
                true, GridMargins.NONE, Optional.of(flows));
    }
}
