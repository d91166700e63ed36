package org.chargeplan.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chargeplan.scenario.Objective;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/** Checks every front must pass, shared by the random, brute-force and Sioux Falls tests. */
public final class FrontAssertions {

    private FrontAssertions() {
    }

    /**
     * Every point's plan passes the checker against the instance with a min-cost objective at the
     * point's target (same budget); targets rise with the point number; over every pair of points,
     * more served never costs less.
     */
    public static void assertCheckedAndMonotone(SitingProblem problem, ParetoFront front, String name) {
        List<ParetoPoint> points = front.points();
        Objective scenario = problem.objective();
        for (ParetoPoint p : points) {
            SitingProblem atTarget = problem.withObjective(new Objective(Objective.Kind.MIN_COST, scenario.budget(),
                    p.targetShare(), scenario.maxNewStations()));
            List<PlanChecker.Violation> violations = PlanChecker.check(atTarget, p.plan());
            assertTrue(violations.isEmpty(), "point " + p.point() + ", " + name + ": " + violations);
            PlanMetrics metrics = PlanMetrics.of(atTarget, p.plan());
            assertEquals(metrics.totalCost(), p.totalCost(), 1e-9 * Math.max(1, p.totalCost()), name);
            assertEquals(metrics.servedValue() / problem.totalDemandValue(), p.servedShare(), 1e-12, name);
        }
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                ParetoPoint a = points.get(i);
                ParetoPoint b = points.get(j);
                if (i < j) {
                    assertTrue(a.targetShare() <= b.targetShare(), "targets rise, " + name);
                }
                if (a.servedShare() > b.servedShare() + 1e-9) {
                    assertTrue(a.totalCost() >= b.totalCost() - 1e-6 * Math.max(1, b.totalCost()),
                            "point " + a.point() + " serves more than point " + b.point() + " but costs less ("
                                    + a.totalCost() + " < " + b.totalCost() + "), " + name);
                }
                if (i < j) {
                    assertTrue(a.servedShare() <= b.servedShare() + 1e-9 && a.totalCost() <= b.totalCost() + 1e-6
                            * Math.max(1, b.totalCost()), "served share and cost rise with the point: point " + a.point() + " serves "
                            + a.servedShare() + " for " + a.totalCost() + ", point " + b.point() + " " + b.servedShare()
                            + " for " + b.totalCost() + ", " + name);
                }
            }
        }
    }
}
