package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.Solvers;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large-model path is honest: on mid-size random instances that HiGHS solves exactly, the
 * kernel search's plan passes the independent {@link PlanChecker}, serves what it claims, is no
 * better than the exact optimum and no worse than its start, and its reported bound is at least
 * the exact optimum (so the reported gap never understates the true one).
 */
class KernelSearchTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);
    private static final SolveOptions SEARCH = new SolveOptions(120, 1e-6, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void boundAboveAndPlanBelowTheExactOptimum(long seed) {
        SitingProblem problem = midSize(seed);
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        SolverBackend highs = new HighsBackend();
        SolveResult exact = highs.solve(model.linearModel(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, exact.status(), "seed " + seed);
        double optimum = exact.objective();
        double tolerance = 1e-6 * Math.max(1, optimum);

        SolveResult start = WarmStart.find(model, highs, SEARCH, 60).orElseThrow();
        SolveResult found = KernelSearch.improve(model, start, highs, SEARCH, true);

        String context = "seed " + seed + ": optimum " + optimum + ", start " + start.objective() + ", found "
                + found.objective() + ", bound " + found.bound();
        assertTrue(found.status().hasSolution(), context);
        assertTrue(found.bound() >= optimum - tolerance, "the bound is below the optimum; " + context);
        assertTrue(found.objective() <= optimum + tolerance, "the plan beats the optimum; " + context);
        assertTrue(found.objective() >= start.objective() - tolerance, "worse than the start; " + context);
        assertEquals(SolveResult.relativeGap(found.objective(), found.bound()), found.gap(), 1e-12, context);
        assertEquals(found.gap() <= SEARCH.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, found.status(),
                context);
        Plan plan = model.decode(found);
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), context + ": " + PlanChecker.check(problem, plan));
        assertEquals(found.objective(), PlanMetrics.of(problem, plan).totalServedKwh(), tolerance, context);
    }

    /** The path forced on tiny instances (far below its size threshold) still gives checked plans, with either backend. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void forcedOnSmallInstancesGivesValidPlans(long seed) {
        SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MAX_COVERAGE);
        for (String solver : List.of("highs", "ojalgo")) {
            SolverBackend backend = Solvers.byName(solver).orElseThrow();
            SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
            SolveResult exact = new HighsBackend().solve(model.linearModel(), EXACT);
            Optional<SolveResult> start = WarmStart.find(model, backend, SEARCH, 30);
            if (start.isEmpty()) {
                continue;
            }
            SolveResult found = KernelSearch.improve(model, start.get(), backend, SEARCH, true);
            String context = "seed " + seed + " " + solver + ": optimum " + exact.objective() + ", found "
                    + found.objective() + ", bound " + found.bound();
            Plan plan = model.decode(found);
            assertTrue(PlanChecker.check(problem, plan).isEmpty(), context + ": " + PlanChecker.check(problem, plan));
            assertTrue(found.objective() <= exact.objective() + 1e-6 * Math.max(1, exact.objective()), context);
            assertTrue(found.bound() >= exact.objective() - 1e-6 * Math.max(1, exact.objective()), context);
        }
    }

    /** The cheapest-plan use (no bound): over the start's open sites, no dearer and still serving the floor. */
    @Test
    void cheapestPhaseKeepsTheFloorAndCutsCost() {
        for (long seed = 1; seed <= 2; seed++) {
            SitingProblem problem = midSize(seed);
            SolverBackend highs = new HighsBackend();
            SitingModel served = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
            SolveResult first = KernelSearch.improve(served, WarmStart.find(served, highs, SEARCH, 60).orElseThrow(),
                    highs, SEARCH, true);
            double floor = SitingModel.cheapestPhaseFloor(first.objective());
            SitingModel cheapest = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
            SolveResult start = cheapest.linearModel().satisfies(first.values(), 1e-6)
                    ? new SolveResult(SolveStatus.FEASIBLE, cheapest.linearModel().objectiveValue(first.values()), Double.NaN,
                            Double.NaN, first.values(), "start", 0)
                    : null;
            String context = "seed " + seed;
            assertTrue(start != null, context + ": the first plan meets the cheapest phase's rows");
            SolveResult found = KernelSearch.improve(cheapest, start, highs, SEARCH, false);
            assertTrue(found.objective() <= start.objective() + 1e-6, context + ": " + found.objective() + " > " + start.objective());
            Plan plan = cheapest.decode(found);
            assertTrue(PlanChecker.check(problem, plan).isEmpty(), context + ": " + PlanChecker.check(problem, plan));
            assertTrue(PlanMetrics.of(problem, plan).totalServedKwh() >= floor - 1e-6 * floor, context);
        }
    }

    /**
     * A seeded mid-size instance: 16 to 24 sites and 80 to 160 demand points of two classes on a
     * square of about 2 km, reach within 0.5 km, two charger types, three transformers of modest
     * headroom, a budget for about a fifth of the sites.
     */
    static SitingProblem midSize(long seed) {
        Random random = new Random(seed);
        int siteCount = 16 + random.nextInt(9);
        int demandCount = 80 + random.nextInt(81);
        List<ChargerType> types = List.of(new ChargerType("ac", 11, 3000, 0.6, 4), new ChargerType("dc", 50, 25000, 0.5, 2));
        List<HourlyProfile> profiles = List.of(profile("home", 19, random), profile("work", 10, random));
        List<Bus> buses = new ArrayList<>();
        buses.add(new Bus("slack", new LonLat(0, 0), 0, 0, 11, true));
        List<Transformer> transformers = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            buses.add(new Bus("b" + m, new LonLat(0.01 * m, 0), 20 + random.nextInt(40), 0, 11, false));
            transformers.add(new Transformer("T" + m, m + 1, 200 + random.nextInt(250), 0.9));
        }
        List<Double> base = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            base.add(0.4 + 0.6 * random.nextDouble());
        }
        Feeder feeder = new Feeder(buses, List.of(), transformers, base);
        double[][] at = new double[siteCount][];
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            at[i] = new double[] {2 * random.nextDouble(), 2 * random.nextDouble()};
            int transformer = random.nextInt(3);
            sites.add(new Site("s" + i, new LonLat(at[i][0] / 70, at[i][1] / 111), i, OptionalInt.of(transformer + 1),
                    OptionalInt.of(transformer), 10000 + random.nextInt(30000), List.of(4, 2), Collections.nCopies(2, 0)));
        }
        List<DemandPoint> demand = new ArrayList<>();
        List<List<ReachSets.Reach>> reach = new ArrayList<>();
        for (int d = 0; d < demandCount; d++) {
            double x = 2 * random.nextDouble();
            double y = 2 * random.nextDouble();
            demand.add(new DemandPoint("d" + d, new LonLat(x / 70, y / 111), 0, 5 + random.nextInt(35),
                    random.nextInt(3) == 0 ? "work" : "home"));
            List<ReachSets.Reach> within = new ArrayList<>();
            for (int i = 0; i < siteCount; i++) {
                double km = Math.hypot(x - at[i][0], y - at[i][1]);
                if (km <= 0.5) {
                    within.add(new ReachSets.Reach(i, km * 3));
                }
            }
            reach.add(within);
        }
        Objective objective = new Objective(Objective.Kind.MAX_COVERAGE, 40000.0 * siteCount / 5, 0);
        return new SitingProblem(sites, demand, reach, types, profiles, Optional.of(feeder), objective, true);
    }

    /** A day profile peaking at {@code peakHour}, with seeded noise. */
    private static HourlyProfile profile(String name, int peakHour, Random random) {
        List<Double> raw = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            int distance = Math.min(Math.abs(t - peakHour), 24 - Math.abs(t - peakHour));
            raw.add(Math.exp(-distance * distance / 18.0) + 0.05 + 0.05 * random.nextDouble());
        }
        double sum = raw.stream().mapToDouble(Double::doubleValue).sum();
        return new HourlyProfile(name, raw.stream().map(v -> v / sum).toList());
    }
}
