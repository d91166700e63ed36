package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capacitated flow-refuelling variant: charging on the trips takes charger capacity and
 * transformer headroom like point demand.
 *
 * <p>Hand instance: one-way trips a → b → c, 4 km then 6 km, 100 electric trips a day, range
 * 10 km, leaving half full, 0.2 kWh/km, one candidate at b, a flat profile. A vehicle reaches b with
 * 1 km left and must add 5 km there to reach c: 100 × 5 × 0.2 = 100 kWh/day at b, 4.1667 kW in
 * every hour. Chargers of 3 kW: one is not enough, two are.
 */
class CapacitatedFlowTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    @Test
    void twoChargersServeTheTripsAndCarryTheirEnergy() {
        SitingProblem problem = line(2, Optional.empty());
        Plan plan = SitingSolver.solve(problem, Solvers.byName("highs").orElseThrow(), EXACT).plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(100, metrics.servedTrips(), 1e-9);
        assertEquals(100, metrics.flowKwh(0), 1e-6, "100 trips × 5 km × 0.2 kWh/km");
        assertEquals(100.0 / 24, metrics.siteLoadKw(0, 7), 1e-6, "flat profile");
        assertEquals(2, plan.sites().get(0).totalChargers(), "4.17 kW needs two 3 kW chargers");
        assertEquals(List.of(new Plan.Charge(1, 0, 5.0)).toString(), roundedCharges(plan));
    }

    @Test
    void oneChargerCannotServeThemThoughRangeAloneWould() {
        SitingProblem problem = line(1, Optional.empty());
        PlanMetrics metrics = solved(problem);
        assertEquals(0, metrics.servedTrips(), 1e-9, "3 kW < 4.17 kW");
        SitingProblem uncapacitated = problem.withFlows(problem.flows().map(f -> new FlowDemand(f.paths(), f.range(),
                f.weightPerTrip(), Optional.empty(), f.demandClass())));
        assertEquals(100, solved(uncapacitated).servedTrips(), 1e-9, "without capacity the station serves them");
    }

    @Test
    void aFullTransformerCannotServeThem() {
        // 10 kW limit (rating 10 kVA at pf 1) with 6 kW of base load: 4 kW of headroom < 4.17 kW.
        SitingProblem problem = line(2, Optional.of(6.0));
        assertEquals(0, solved(problem).servedTrips(), 1e-9);
        assertEquals(100, solved(line(2, Optional.of(5.0))).servedTrips(), 1e-9, "5 kW of headroom is enough");
    }

    static Stream<Arguments> cases() {
        return Stream.of("highs", "ojalgo").flatMap(solver -> LongStream.rangeClosed(1, 20)
                .mapToObj(seed -> Arguments.of(solver, seed)));
    }

    /**
     * With capacity to spare the capacitated model serves what enumeration with the battery
     * simulation finds, at the same cost, and each served trip charges exactly the range it lacks:
     * {@code max(0, L − (θR − r))} km per vehicle.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void withSpareCapacityItMatchesEnumeration(String solver, long seed) {
        SitingProblem problem = RandomFlowInstances.generate(seed, Optional.of(0.01));
        FlowRefuellingBruteForceTest.Best expected = FlowRefuellingBruteForceTest.enumerate(problem);
        Plan plan = SitingSolver.solve(problem, Solvers.byName(solver).orElseThrow(), EXACT).plan().orElseThrow();
        String where = solver + " seed " + seed;
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), where + ": " + PlanChecker.check(problem, plan));
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(expected.trips(), metrics.servedTrips(), 1e-6 * Math.max(1, expected.trips()), where);
        assertEquals(expected.cost(), metrics.totalCost(), 1e-6 * Math.max(1, expected.cost()), where);
        FlowDemand flows = problem.flows().orElseThrow();
        double lacking = 0;
        for (Plan.ServedPath served : plan.servedPaths()) {
            FlowPath path = flows.paths().get(served.path());
            lacking += path.evTripsPerDay() * 0.01 * Math.max(0, path.lengthKm() - flows.range().fromOriginKm());
        }
        double charged = 0;
        for (int i = 0; i < problem.sites().size(); i++) {
            charged += metrics.flowKwh(i);
        }
        assertEquals(lacking, charged, 1e-6 * Math.max(1, lacking), "energy charged, " + where);
    }

    private static PlanMetrics solved(SitingProblem problem) {
        Plan plan = SitingSolver.solve(problem, Solvers.byName("highs").orElseThrow(), EXACT).plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        return PlanMetrics.of(problem, plan);
    }

    private static String roundedCharges(Plan plan) {
        List<Plan.Charge> charges = new ArrayList<>();
        for (Plan.Charge c : plan.servedPaths().get(0).charges()) {
            charges.add(new Plan.Charge(c.position(), c.site(), Math.rint(c.km() * 1e6) / 1e6));
        }
        return charges.toString();
    }

    /** The a → b → c instance; with {@code baseKw}, b's site sits behind a 10 kW transformer. */
    static SitingProblem line(int maxChargers, Optional<Double> baseKw) {
        FlowPath path = new FlowPath("a->c", List.of(0, 1, 2), List.of(4.0, 6.0), 100, false,
                List.of(new LonLat(0, 0), new LonLat(0.04, 0)));
        FlowDemand flows = new FlowDemand(List.of(path), new VehicleRange(10, 0.5, 0), 1, Optional.of(0.2), "c");
        Optional<Feeder> feeder = baseKw.map(kw -> new Feeder(
                List.of(new Bus("slack", new LonLat(0, 0), 0, 0, 11, true), new Bus("b1", new LonLat(0.01, 0), kw, 0, 11, false)),
                List.of(), List.of(new Transformer("T1", 1, 10, 1.0)), Collections.nCopies(24, 1.0)));
        Site site = new Site("b", new LonLat(0.01, 0), 1, baseKw.isPresent() ? OptionalInt.of(1) : OptionalInt.empty(),
                baseKw.isPresent() ? OptionalInt.of(0) : OptionalInt.empty(), 1000, List.of(maxChargers), List.of(0));
        HourlyProfile flat = new HourlyProfile("c", Collections.nCopies(24, 1.0 / 24));
        return new SitingProblem(List.of(site), List.of(), List.of(), List.of(new ChargerType("k3", 3, 100, 1, 2)),
                List.of(flat), feeder, new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 1), true,
                GridMargins.NONE, Optional.of(flows));
    }
}
