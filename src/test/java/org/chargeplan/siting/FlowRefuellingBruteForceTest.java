package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flow-refuelling model's optimum equals enumeration of every station subset on small random
 * networks ({@link RandomFlowInstances}: at most 9 candidate sites, several ranges, initial
 * charges and reserves), each subset scored by driving every path with a battery simulation written
 * here, independently of the model's cover sets and of {@link BatterySimulation}. The solver's
 * plan serves exactly the paths the simulation says its stations serve. Seeds are fixed and named
 * in every message; every backend runs the same instances.
 */
class FlowRefuellingBruteForceTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    static Stream<Arguments> cases() {
        return Stream.of("highs", "ojalgo").flatMap(solver -> LongStream.rangeClosed(1, 40)
                .mapToObj(seed -> Arguments.of(solver, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void optimumMatchesEnumeration(String solver, long seed) {
        SitingProblem problem = RandomFlowInstances.generate(seed);
        Best expected = enumerate(problem);
        SitingResult result = SitingSolver.solve(problem, Solvers.byName(solver).orElseThrow(), EXACT);
        String where = solver + " seed " + seed;

        assertEquals(SolveStatus.OPTIMAL, result.status(), where);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), where + ": " + PlanChecker.check(problem, plan));
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(expected.trips, metrics.servedTrips(), 1e-6 * Math.max(1, expected.trips), "served trips, " + where);
        assertEquals(expected.cost, metrics.totalCost(), 1e-6 * Math.max(1, expected.cost),
                "cheapest cost at that flow, " + where);
        boolean[] open = new boolean[problem.sites().size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = plan.sites().get(i).open();
        }
        FlowDemand flows = problem.flows().orElseThrow();
        for (int q = 0; q < flows.paths().size(); q++) {
            assertEquals(drives(flows.paths().get(q), flows.range(), problem, open), metrics.pathServed(q),
                    "path " + flows.paths().get(q).id() + " served as the simulation says, " + where);
        }
    }

    /**
     * The instances exercise the range: in many of them the optimum serves some flow but not all,
     * and some paths cannot be served even with every candidate open.
     */
    @org.junit.jupiter.api.Test
    void instancesAreNotTrivial() {
        int partial = 0;
        int rangeBinds = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SitingProblem problem = RandomFlowInstances.generate(seed);
            double total = problem.flows().orElseThrow().totalTripsPerDay();
            double best = enumerate(problem).trips;
            partial += best > 0 && best < total - 1e-9 ? 1 : 0;
            boolean[] all = new boolean[problem.sites().size()];
            java.util.Arrays.fill(all, true);
            rangeBinds += servedPaths(problem, all).size() < problem.flows().orElseThrow().paths().size() ? 1 : 0;
        }
        System.out.println("flow brute force: " + partial + " of 40 instances serve part of the flow, in "
                + rangeBinds + " some path is out of range with every site open");
        assertTrue(partial >= 20, "instances with a partial optimum: " + partial);
        assertTrue(rangeBinds >= 10, "instances where range excludes paths: " + rangeBinds);
    }

    /** Most served trips over all allowed station subsets, then least cost. */
    static Best enumerate(SitingProblem problem) {
        int n = problem.sites().size();
        FlowDemand flows = problem.flows().orElseThrow();
        double chargerCost = problem.chargerTypes().get(0).costPerCharger();
        Best best = new Best(-1, Double.POSITIVE_INFINITY);
        for (int mask = 0; mask < (1 << n); mask++) {
            boolean[] open = new boolean[n];
            double cost = 0;
            int added = 0;
            boolean allowed = true;
            for (int i = 0; i < n; i++) {
                open[i] = (mask & (1 << i)) != 0;
                Site site = problem.sites().get(i);
                allowed &= open[i] || !site.existing();
                if (open[i] && !site.existing()) {
                    added++;
                    cost += site.siteCost() + chargerCost; // a new station needs one charger
                }
            }
            if (!allowed || added > problem.objective().maxNewStations()
                    || cost > problem.objective().budget() + 1e-9) {
                continue;
            }
            double trips = 0;
            for (FlowPath path : flows.paths()) {
                trips += drives(path, flows.range(), problem, open) ? path.evTripsPerDay() : 0;
            }
            if (trips > best.trips + 1e-9 || (Math.abs(trips - best.trips) <= 1e-9 && cost < best.cost)) {
                best = new Best(trips, cost);
            }
        }
        return best;
    }

    /**
     * Drives a path: range left starts at θR, is set to R at every node with an open station, falls
     * by each step's length and may never go below the reserve; the trip must pass a station.
     */
    static boolean drives(FlowPath path, VehicleRange range, SitingProblem problem, boolean[] open) {
        List<Integer> nodes = path.nodes();
        double left = range.initialChargeShare() * range.rangeKm();
        boolean charged = false;
        for (int k = 0; k < nodes.size(); k++) {
            for (int i = 0; i < open.length; i++) {
                if (open[i] && problem.sites().get(i).roadNode() == nodes.get(k)) {
                    left = range.rangeKm();
                    charged = true;
                }
            }
            if (k < nodes.size() - 1) {
                left -= path.stepKm().get(k);
                if (left < range.reserveKm() - 1e-9) {
                    return false;
                }
            }
        }
        return charged;
    }

    record Best(double trips, double cost) {
    }

    /** The paths served by a set of open sites (for callers outside this class). */
    static List<Integer> servedPaths(SitingProblem problem, boolean[] open) {
        List<Integer> served = new ArrayList<>();
        FlowDemand flows = problem.flows().orElseThrow();
        for (int q = 0; q < flows.paths().size(); q++) {
            if (drives(flows.paths().get(q), flows.range(), problem, open)) {
                served.add(q);
            }
        }
        return served;
    }
}
