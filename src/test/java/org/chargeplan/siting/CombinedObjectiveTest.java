package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Point demand and range-limited flows in one objective, {@code Σ E_d·a_d + w·Σ f_q·z_q}. Site A
 * (cost 1,000) can serve a point of 100 kWh/day; site B (cost 5,000) lies on a 6 km round trip
 * made 10 times a day that a 10 km range serves only with a station on it. With one station, the
 * weight per trip decides by hand arithmetic: w = 5 values B at 50 &lt; 100 (A wins), w = 20 at
 * 200 &gt; 100 (B wins). Min-cost with a target of half the combined value (150 of 300 at w = 20)
 * needs B, though A is cheaper.
 */
class CombinedObjectiveTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void theWeightPerTripDecidesBetweenCityAndCorridor(String solver) {
        PlanMetrics light = solve(solver, 5, new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 1));
        assertEquals(100, light.totalServedKwh(), 1e-4, "served within the lexicographic slack of 1e-7");
        assertEquals(0, light.servedTrips(), 1e-9);
        assertEquals(100, light.servedValue(), 1e-4);

        PlanMetrics heavy = solve(solver, 20, new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 1));
        assertEquals(0, heavy.totalServedKwh(), 1e-6);
        assertEquals(10, heavy.servedTrips(), 1e-9);

        PlanMetrics both = solve(solver, 20, new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 2));
        assertEquals(300, both.servedValue(), 1e-4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "ojalgo"})
    void aCoverageTargetCountsTheWeightedTrips(String solver) {
        PlanMetrics metrics = solve(solver, 20, new Objective(Objective.Kind.MIN_COST, Double.POSITIVE_INFINITY, 0.5));
        assertEquals(10, metrics.servedTrips(), 1e-9, "150 of 300 needs the corridor station");
        assertEquals(0, metrics.totalServedKwh(), 1e-6, "A would add cost without being needed");
        assertEquals(5000 + 100, metrics.totalCost(), 1e-6, "site B and one charger");
    }

    private static PlanMetrics solve(String solver, double weight, Objective objective) {
        SitingProblem problem = instance(weight, objective);
        SitingResult result = SitingSolver.solve(problem, Solvers.byName(solver).orElseThrow(), EXACT);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        return PlanMetrics.of(problem, plan);
    }

    private static SitingProblem instance(double weight, Objective objective) {
        ChargerType type = new ChargerType("dc", 50, 100, 1, 1);
        List<Site> sites = List.of(
                new Site("A", new LonLat(0, 0), 0, OptionalInt.empty(), OptionalInt.empty(), 1000, List.of(1), List.of(0)),
                new Site("B", new LonLat(0.05, 0), 5, OptionalInt.empty(), OptionalInt.empty(), 5000, List.of(1), List.of(0)));
        DemandPoint point = new DemandPoint("d", new LonLat(0, 0.001), 0, 100, "c");
        FlowPath path = new FlowPath("5->6", List.of(5, 6, 5), List.of(3.0, 3.0), 10, true,
                List.of(new LonLat(0.05, 0), new LonLat(0.08, 0)));
        FlowDemand flows = new FlowDemand(List.of(path), new VehicleRange(10, 0.5, 0), weight, Optional.empty(), "c");
        HourlyProfile flat = new HourlyProfile("c", Collections.nCopies(24, 1.0 / 24));
        return new SitingProblem(sites, List.of(point), List.of(List.of(new ReachSets.Reach(0, 1))), List.of(type),
                List.of(flat), Optional.empty(), objective, true, GridMargins.NONE, Optional.of(flows));
    }
}
