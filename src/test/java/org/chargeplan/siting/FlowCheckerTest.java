package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chargeplan.demand.FlowDemand;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanChecker} on range-limited flows, with the hand instance of {@link CapacitatedFlowTest}
 * (a → b → c, 4 km then 6 km, range 10 km, leaving with 5 km, a site at b): each broken plan is
 * caught as a {@code flows} or {@code stations} violation, and the right plans pass.
 */
class FlowCheckerTest {

    private static final Plan.SitePlan OPEN = new Plan.SitePlan(0, true, List.of(2));
    private static final Plan.SitePlan CLOSED = new Plan.SitePlan(0, false, List.of(0));

    @Test
    void refuellingToFullAtAnOpenStationServesThePath() {
        SitingProblem problem = uncapacitated();
        assertTrue(PlanChecker.check(problem, plan(OPEN, List.of())).isEmpty());
        assertEquals(List.of("flows"), families(problem, plan(CLOSED, List.of())), "no station: 5 km < 10 km");
    }

    @Test
    void capacitatedChargesAreDrivenKilometreByKilometre() {
        SitingProblem problem = CapacitatedFlowTest.line(2, Optional.empty());
        assertTrue(PlanChecker.check(problem, plan(OPEN, List.of(new Plan.Charge(1, 0, 5)))).isEmpty(), "exactly enough");
        assertEquals(List.of("capacity"), families(problem, plan(OPEN, List.of(new Plan.Charge(1, 0, 9)))),
                "filling to 10 km is a valid drive, but 100 × 9 km × 0.2 kWh/km = 7.5 kW exceeds two 3 kW chargers");
        assertEquals(List.of("flows"), families(problem, plan(OPEN, List.of(new Plan.Charge(1, 0, 4)))),
                "arrives at c with -1 km");
        assertTrue(families(problem, plan(OPEN, List.of(new Plan.Charge(1, 0, 9.5)))).contains("flows"),
                "1 + 9.5 km overfills a 10 km battery");
        assertEquals(List.of("flows"), families(problem, plan(OPEN, List.of(new Plan.Charge(0, 0, 5)))),
                "the site is at b, not at a");
        assertTrue(families(problem, plan(CLOSED, List.of(new Plan.Charge(1, 0, 5)))).contains("flows"),
                "a closed site charges nothing");
    }

    @Test
    void tooManyNewStationsAreCaught() {
        SitingProblem problem = uncapacitated().withObjective(new org.chargeplan.scenario.Objective(
                org.chargeplan.scenario.Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 0));
        assertEquals(List.of("stations"), families(problem, plan(OPEN, List.of())));
    }

    private static SitingProblem uncapacitated() {
        SitingProblem problem = CapacitatedFlowTest.line(2, Optional.empty());
        return problem.withFlows(problem.flows().map(f -> new FlowDemand(f.paths(), f.range(), 1, Optional.empty(),
                f.demandClass())));
    }

    private static Plan plan(Plan.SitePlan site, List<Plan.Charge> charges) {
        return new Plan(List.of(site), List.of(), List.of(new Plan.ServedPath(0, charges)));
    }

    private static List<String> families(SitingProblem problem, Plan plan) {
        return PlanChecker.check(problem, plan).stream().map(PlanChecker.Violation::family).distinct().toList();
    }
}
