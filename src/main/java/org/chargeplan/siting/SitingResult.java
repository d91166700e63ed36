package org.chargeplan.siting;

import java.util.Optional;
import org.chargeplan.solve.SolveStatus;

/**
 * The outcome of planning: the solver's verdict on the primary objective and the plan, if any.
 *
 * @param status        status of the primary objective's solve
 * @param objective     primary objective: served energy in kWh/day for max-coverage, capital
 *                      cost for min-cost ({@code NaN} without a plan)
 * @param bound         best proven bound on it ({@code NaN} when unknown)
 * @param gap           relative gap between objective and bound
 * @param solver        backend name
 * @param solveSeconds  wall-clock time of all solves, seconds
 * @param plan          the plan, when one was found
 */
public record SitingResult(SolveStatus status, double objective, double bound, double gap, String solver,
        double solveSeconds, Optional<Plan> plan) {

    /** The same result with another plan (e.g. mapped back from a reduced problem). */
    public SitingResult withPlan(Optional<Plan> other) {
        return new SitingResult(status, objective, bound, gap, solver, solveSeconds, other);
    }
}
