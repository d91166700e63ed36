package org.chargeplan.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.scenario.Objective;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * Points with the identical plan are kept and flagged with the earlier one, and only distinct plans
 * enter the knee detection: with the repeat left in, the knee would move.
 */
class DuplicateAndKneeMarkingTest {

    private static final SitingProblem EMPTY = new SitingProblem(List.of(), List.of(), List.of(), List.of(),
            List.of(), Optional.empty(), new Objective(Objective.Kind.MIN_COST, Double.POSITIVE_INFINITY, 0), false);

    /**
     * Distinct points (0, 0), (0.25, 0.05), (0.5, 0.1), (0.75, 0.6), (1, 1): D = 0, 0.2, 0.4, 0.15,
     * 0; the maximum 0.4 at the third distinct point has threshold 0.4 − 0.25 = 0.15, which the final
     * 0 undercuts: the knee is point 4 (point 3 repeats point 2's plan).
     */
    @Test
    void repeatsAreFlaggedAndTheKneeIsFoundAmongDistinctPlans() {
        double[][] served = {{0, 0}, {0.25, 0.05}, {0.25, 0.05}, {0.5, 0.1}, {0.75, 0.6}, {1, 1}};
        int[] design = {0, 1, 1, 2, 3, 4};
        List<ParetoPoint> points = new ArrayList<>();
        for (int i = 0; i < served.length; i++) {
            points.add(point(i + 1, served[i][0], served[i][1], design[i]));
        }
        List<ParetoPoint> marked = ParetoSweep.mark(points, Kneedle.DEFAULT_SENSITIVITY);
        assertEquals(OptionalInt.of(2), marked.get(2).samePlanAs());
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            assertEquals(OptionalInt.empty(), marked.get(i).samePlanAs(), "point " + (i + 1));
        }
        List<Integer> knees = marked.stream().filter(ParetoPoint::knee).map(ParetoPoint::point).toList();
        assertEquals(List.of(4), knees);
    }

    private static ParetoPoint point(int number, double share, double cost, int chargers) {
        Plan plan = new Plan(List.of(new Plan.SitePlan(0, true, List.of(chargers))), List.of());
        SitingResult result = new SitingResult(SolveStatus.OPTIMAL, cost, cost, 0, "test", 0, Optional.of(plan));
        return new ParetoPoint(number, share, new AcCheckedPlanner.Outcome(result, EMPTY, Optional.empty(), 1, true),
                "point-" + number, share, 100 * share, cost, OptionalInt.empty(), false);
    }
}
