package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.scenario.Objective;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingModel;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Sioux Falls range sample ({@code maps/sioux-falls/range.yaml}): electric round trips served
 * with p = 1 … 8 new stations (besides the existing S10) at two ranges, as tabulated in
 * maps/sioux-falls/README.md. Each plan passes the independent check (every served path driven by
 * the battery simulation), and the curve does not fall as p grows.
 */
class SiouxFallsRangeTest {

    /** Served electric trips per day for p = 1 … 8 (README), at 8 km and at 12 km. */
    private static final double[] SERVED_8_KM = {43_110, 53_670, 61_950, 69_780, 76_410, 82_350, 88_110, 90_900};
    private static final double[] SERVED_12_KM = {48_390, 61_950, 70_470, 76_350, 82_170, 88_680, 94_050, 98_250};

    private static Study study;

    @BeforeAll
    static void load() {
        study = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/range.yaml")));
    }

    @ParameterizedTest(name = "range {0} km")
    @ValueSource(doubles = {8, 12})
    void servedFlowAgainstStationCount(double rangeKm) {
        FlowDemand base = study.problem().flows().orElseThrow();
        assertEquals(528, base.paths().size(), "OD pairs with a distinct origin and destination");
        assertEquals(360_600 * 10 * 0.03, base.totalTripsPerDay(), 1e-6, "electric trips per day");
        VehicleRange range = new VehicleRange(rangeKm, 0.5, 0);
        FlowDemand flows = new FlowDemand(base.paths(), range, 1, Optional.empty(), base.demandClass());
        double[] expected = rangeKm == 8 ? SERVED_8_KM : SERVED_12_KM;
        double previous = 0;
        StringBuilder curve = new StringBuilder();
        for (int p = 1; p <= 8; p++) {
            SitingProblem problem = study.problem().withFlows(Optional.of(flows))
                    .withObjective(new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, p));
            SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
            SolveResult result = new HighsBackend().solve(model.linearModel(), new SolveOptions(120, 0, 1));
            assertEquals(SolveStatus.OPTIMAL, result.status(), "p = " + p);
            var plan = model.decode(result);
            assertTrue(PlanChecker.check(problem, plan).isEmpty(), "p = " + p + ": " + PlanChecker.check(problem, plan));
            double served = PlanMetrics.of(problem, plan).servedTrips();
            curve.append(String.format(java.util.Locale.ROOT, " p=%d: %.0f (%.1f%%) %s;", p, served,
                    100 * served / flows.totalTripsPerDay(), openSites(problem, plan)));
            assertTrue(served >= previous - 1e-6, "non-decreasing in p: p = " + p + " serves " + served
                    + " after " + previous);
            assertEquals(expected[p - 1], served, 1e-6, "served trips/day at p = " + p + " (README)");
            previous = served;
        }
        System.out.println("Sioux Falls range " + rangeKm + " km:" + curve);
    }

    /**
     * {@code range-grid.yaml}: the capacitated variant with the feeder. The figures are those of
     * maps/sioux-falls/README.md; the charged energy equals, path by path, the range each served
     * round trip lacks, {@code f·κ·(L − θR)}, computed here from the paths.
     */
    @org.junit.jupiter.api.Test
    void capacitatedWithTheFeeder() {
        Study grid = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/range-grid.yaml")));
        var outcome = org.chargeplan.siting.AcCheckedPlanner.plan(grid.problem(), new HighsBackend(),
                new SolveOptions(300, 1e-4, 1));
        assertEquals(SolveStatus.OPTIMAL, outcome.result().status());
        SitingProblem problem = outcome.problem();
        var plan = outcome.result().plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(7_215, metrics.servedTrips(), 1e-6, "served trips/day (README)");
        assertEquals(374_000, metrics.totalCost(), 0.5, "capital cost (README)");
        FlowDemand flows = problem.flows().orElseThrow();
        double lacking = 0;
        for (var served : plan.servedPaths()) {
            var path = flows.paths().get(served.path());
            lacking += path.evTripsPerDay() * 0.18 * Math.max(0, path.lengthKm() - 5);
        }
        double charged = 0;
        for (int i = 0; i < problem.sites().size(); i++) {
            charged += metrics.flowKwh(i);
        }
        assertEquals(lacking, charged, 1e-6 * lacking, "kWh/day charged on the trips");
        assertEquals(2_919.9, charged, 0.05, "kWh/day charged on the trips (README)");
        int t2 = -1;
        for (int m = 0; m < grid.feeder().orElseThrow().transformers().size(); m++) {
            t2 = grid.feeder().get().transformers().get(m).id().equals("T2") ? m : t2;
        }
        assertEquals(100.0, metrics.transformerLoadingPct(t2, 18), 0.01, "T2 (the existing S10) binds at 18:00");
        assertTrue(outcome.acFeasible());
    }

    private static String openSites(SitingProblem problem, org.chargeplan.siting.Plan plan) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < problem.sites().size(); i++) {
            if (plan.sites().get(i).open()) {
                ids.append(ids.length() == 0 ? "" : " ").append(problem.sites().get(i).id());
            }
        }
        return ids.toString();
    }
}
