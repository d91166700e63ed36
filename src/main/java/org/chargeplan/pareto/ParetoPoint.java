package org.chargeplan.pareto;

import java.util.OptionalInt;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanMetrics;

/**
 * One point of the cost-versus-coverage front: the cheapest plan found that serves at least its
 * target share.
 *
 * @param point            number of the point, 1 = lowest target
 * @param targetShare      served-value target, share of the scenario's total demand value (point
 *                         demand kWh/day plus weighted trips/day of range-limited flows), in [0, 1]
 * @param outcome          the plan kept for the point, with the problem it is checked against (the
 *                         scenario with a min-cost objective at this target, and the grid margins of
 *                         the solve that found the plan) and this point's status, cost, bound and gap
 * @param source           which solve found the plan: {@code point-k}, {@code max-coverage} (the
 *                         front's upper end) or {@code nothing-new} (its lower end)
 * @param servedShare      served value as a share of the total demand value
 * @param servedKwhPerDay  point-demand energy served, kWh/day
 * @param totalCost        the plan's cost, {@link PlanMetrics#totalCost()} (currency units)
 * @param samePlanAs       the lowest-numbered earlier point with the identical plan, if any
 * @param knee             whether the point is a knee of the front ({@link Kneedle})
 */
public record ParetoPoint(int point, double targetShare, AcCheckedPlanner.Outcome outcome, String source,
        double servedShare, double servedKwhPerDay, double totalCost, OptionalInt samePlanAs, boolean knee) {

    public ParetoPoint {
        if (point < 1 || !(targetShare >= 0 && targetShare <= 1) || outcome.result().plan().isEmpty()) {
            throw new IllegalArgumentException("a front point needs a number ≥ 1, a target in [0, 1] and a plan");
        }
    }

    /** The point's plan. */
    public Plan plan() {
        return outcome.result().plan().orElseThrow();
    }

    /** Folder of the point's plan inside the front's output folder. */
    public String folder() {
        return "point-" + point;
    }

    /** The same point with its knee mark and duplicate reference set. */
    ParetoPoint marked(OptionalInt same, boolean isKnee) {
        return new ParetoPoint(point, targetShare, outcome, source, servedShare, servedKwhPerDay, totalCost, same, isKnee);
    }
}
