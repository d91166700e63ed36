package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.road.ReachSets.Reach;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanChecker} against a tiny hand-made problem: one deliberately broken plan per constraint
 * family, and a correct plan that passes. {@link PlanMetrics} is checked on the correct plan
 * against figures computed by hand.
 *
 * <p>The problem:
 * <ul>
 *   <li>demand D0 and D1, 240 kWh/day each, class "public" with a flat profile (1/24 per hour), so
 *       a point served in full draws 240 / 24 = 10 kW in every hour;</li>
 *   <li>charger type ac22: 22 kW, 7000 per charger, utilisation 1.0 (22 usable kW), at most 2 per
 *       site;</li>
 *   <li>site S0 (site cost 10,000) on bus B1 behind transformer T1; site S1 (site cost 10,000)
 *       with no transformer;</li>
 *   <li>D0 reaches S0 and S1, D1 reaches only S1;</li>
 *   <li>feeder: slack bus B0 and load bus B1 with base 50 kW, base-load profile 24 × 1.0, so B1
 *       carries 50 kW in every hour; T1 on B1 rated 100 kVA at power factor 0.6, so its limit is
 *       100 × 0.6 = 60 kW and its headroom 60 − 50 = 10 kW in every hour;</li>
 *   <li>objective: max-coverage with budget 50,000.</li>
 * </ul>
 */
class PlanCheckerTest {

    private static final double KWH_PER_DAY = 240;
    private static final double SITE_COST = 10_000;
    private static final double CHARGER_COST = 7_000;
    private static final double BUDGET = 50_000;
    private static final double EPS = 1e-9;

    private static SitingProblem problem() {
        return problem(OptionalInt.empty(), OptionalInt.empty());
    }

    /** The problem, with site S1's bus and transformer as given (none in the base problem). */
    private static SitingProblem problem(OptionalInt site1Bus, OptionalInt site1Transformer) {
        HourlyProfile flat = new HourlyProfile("public", Collections.nCopies(24, 1.0 / 24));
        ChargerType ac22 = new ChargerType("ac22", 22, CHARGER_COST, 1.0, 2);
        List<Site> sites = List.of(
                new Site("S0", new LonLat(7.40, 43.70), 0, OptionalInt.of(1), OptionalInt.of(0), SITE_COST,
                        List.of(2), List.of(0)),
                new Site("S1", new LonLat(7.42, 43.70), 1, site1Bus, site1Transformer, SITE_COST,
                        List.of(2), List.of(0)));
        List<DemandPoint> demand = List.of(
                new DemandPoint("D0", new LonLat(7.41, 43.70), 2, KWH_PER_DAY, "public"),
                new DemandPoint("D1", new LonLat(7.43, 43.70), 3, KWH_PER_DAY, "public"));
        List<List<Reach>> reach = List.of(
                List.of(new Reach(0, 2.0), new Reach(1, 3.0)),
                List.of(new Reach(1, 1.5)));
        Feeder feeder = new Feeder(
                List.of(new Bus("B0", new LonLat(7.39, 43.70), 0, 0, 12.66, true),
                        new Bus("B1", new LonLat(7.40, 43.70), 50, 0, 12.66, false)),
                List.of(),
                List.of(new Transformer("T1", 1, 100, 0.6)),
                Collections.nCopies(24, 1.0));
        return new SitingProblem(sites, demand, reach, List.of(ac22), List.of(flat), Optional.of(feeder),
                new Objective(Objective.Kind.MAX_COVERAGE, BUDGET, 0), true);
    }

    private static Plan.SitePlan open(int site, int chargers) {
        return new Plan.SitePlan(site, true, List.of(chargers));
    }

    private static Plan.SitePlan closed(int site, int chargers) {
        return new Plan.SitePlan(site, false, List.of(chargers));
    }

    /**
     * Both sites open with one ac22 each; D0 served in full at S0, D1 in full at S1. Each site
     * carries 10 kW per hour against 22 kW of capacity; T1 carries 10 kW of charging against 10 kW
     * of headroom (exactly at its limit); cost 2 × 10,000 + 2 × 7,000 = 34,000 ≤ 50,000.
     */
    private static Plan correctPlan() {
        return new Plan(List.of(open(0, 1), open(1, 1)),
                List.of(new Plan.Assignment(0, 0, 1.0), new Plan.Assignment(1, 1, 1.0)));
    }

    private static void assertViolates(String family, SitingProblem problem, Plan plan) {
        List<PlanChecker.Violation> violations = PlanChecker.check(problem, plan);
        assertTrue(violations.stream().anyMatch(v -> v.family().equals(family)),
                "expected a '" + family + "' violation, got " + violations);
    }

    @Test
    void correctPlanPasses() {
        assertEquals(List.of(), PlanChecker.check(problem(), correctPlan()));
    }

    @Test
    void metricsOfCorrectPlanMatchHandFigures() {
        PlanMetrics metrics = PlanMetrics.of(problem(), correctPlan());
        // 1.0 × 240 kWh at each site, 480 kWh in all, i.e. all of the 480 kWh of demand.
        assertEquals(240, metrics.servedKwh(0), EPS);
        assertEquals(240, metrics.servedKwh(1), EPS);
        assertEquals(480, metrics.totalServedKwh(), EPS);
        assertEquals(1.0, metrics.servedShare(), EPS);
        // One ac22 at 22 kW × utilisation 1.0.
        assertEquals(22, metrics.siteCapacityKw(0), EPS);
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            // 240 kWh × 1/24 = 10 kW in every hour.
            assertEquals(10, metrics.siteLoadKw(0, t), EPS, "S0 hour " + t);
            assertEquals(10, metrics.siteLoadKw(1, t), EPS, "S1 hour " + t);
            // T1 supplies B1 (S0 only): charging 10 kW, plus base 50 kW × 1.0 = 60 kW, 100 % of 60 kW.
            assertEquals(10, metrics.transformerChargingKw(0, t), EPS, "T1 hour " + t);
            assertEquals(60, metrics.transformerLoadKw(0, t), EPS, "T1 hour " + t);
            assertEquals(100, metrics.transformerLoadingPct(0, t), 1e-7, "T1 hour " + t);
        }
        // 2 sites × 10,000 + 2 chargers × 7,000.
        assertEquals(34_000, metrics.totalCost(), EPS);
    }

    @Test
    void closedSiteWithChargersBreaksSites() {
        // S1 closed but still holding a charger; D1 unserved.
        Plan plan = new Plan(List.of(open(0, 1), closed(1, 1)), List.of(new Plan.Assignment(0, 0, 1.0)));
        assertViolates("sites", problem(), plan);
    }

    @Test
    void moreChargersThanMaximumBreaksSites() {
        // 3 ac22 at S0, maximum 2. Cost 20,000 + 4 × 7,000 = 48,000 stays within budget.
        Plan plan = new Plan(List.of(open(0, 3), open(1, 1)),
                List.of(new Plan.Assignment(0, 0, 1.0), new Plan.Assignment(1, 1, 1.0)));
        assertViolates("sites", problem(), plan);
    }

    @Test
    void assignmentOutOfReachBreaksCoverage() {
        // D1 reaches only S1 but is served at S0.
        Plan plan = new Plan(List.of(open(0, 1), open(1, 1)),
                List.of(new Plan.Assignment(0, 1, 1.0), new Plan.Assignment(1, 0, 1.0)));
        assertViolates("coverage", problem(), plan);
    }

    @Test
    void sharesAboveOneBreakCoverage() {
        // D0 served 0.7 at S0 and 0.6 at S1: 1.3 times over. Loads 7 kW and 6 + 10 = 16 kW stay
        // within 22 kW, and T1 carries 7 kW against 10 kW of headroom.
        Plan plan = new Plan(List.of(open(0, 1), open(1, 1)),
                List.of(new Plan.Assignment(0, 0, 0.7), new Plan.Assignment(0, 1, 0.6),
                        new Plan.Assignment(1, 1, 1.0)));
        assertViolates("coverage", problem(), plan);
    }

    @Test
    void openSiteWithoutChargersBreaksCapacity() {
        // S1 open with no charger (0 kW of capacity) yet serving D1 (10 kW per hour).
        Plan plan = new Plan(List.of(open(0, 1), open(1, 0)),
                List.of(new Plan.Assignment(0, 0, 1.0), new Plan.Assignment(1, 1, 1.0)));
        assertViolates("capacity", problem(), plan);
    }

    @Test
    void chargingAboveHeadroomBreaksTransformer() {
        // Both sites behind T1: 10 + 10 = 20 kW of charging against 10 kW of headroom
        // (load 70 kW against a 60 kW limit). Nothing else is wrong with the plan.
        SitingProblem shared = problem(OptionalInt.of(1), OptionalInt.of(0));
        List<PlanChecker.Violation> violations = PlanChecker.check(shared, correctPlan());
        assertTrue(violations.stream().allMatch(v -> v.family().equals("transformer")), violations::toString);
        assertEquals(24, violations.size(), "one violation per hour: " + violations);
        assertEquals(20, PlanMetrics.of(shared, correctPlan()).transformerChargingKw(0, 0), EPS);
    }

    @Test
    void transformerLimitIgnoredWithoutGridLimits() {
        SitingProblem shared = problem(OptionalInt.of(1), OptionalInt.of(0)).withGridLimits(false);
        assertEquals(List.of(), PlanChecker.check(shared, correctPlan()));
    }

    @Test
    void costAboveBudgetBreaksBudget() {
        // The correct plan costs 34,000; the budget is lowered to 30,000.
        SitingProblem tight = problem().withObjective(new Objective(Objective.Kind.MAX_COVERAGE, 30_000, 0));
        assertViolates("budget", tight, correctPlan());
    }

    @Test
    void servingHalfOfDemandMissesFullTarget() {
        // Min-cost with target 1.0 of 480 kWh; only D0 (240 kWh) is served.
        SitingProblem minCost = problem().withObjective(
                new Objective(Objective.Kind.MIN_COST, Double.POSITIVE_INFINITY, 1.0));
        Plan plan = new Plan(List.of(open(0, 1), closed(1, 0)), List.of(new Plan.Assignment(0, 0, 1.0)));
        List<PlanChecker.Violation> violations = PlanChecker.check(minCost, plan);
        assertEquals(List.of("target"), violations.stream().map(PlanChecker.Violation::family).toList(),
                violations::toString);
    }

    @Test
    void servingAllDemandMeetsFullTarget() {
        SitingProblem minCost = problem().withObjective(
                new Objective(Objective.Kind.MIN_COST, Double.POSITIVE_INFINITY, 1.0));
        assertEquals(List.of(), PlanChecker.check(minCost, correctPlan()));
    }
}
