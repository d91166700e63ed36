package org.chargeplan.siting;

import java.util.Locale;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;

/**
 * Says in one sentence why no plan was found. For an infeasible coverage target it finds which
 * constraints conflict with it by solving relaxations: the most energy that can be served at all
 * (reach and charger limits), with the transformer limits, and within the budget.
 */
public final class InfeasibilityExplainer {

    private InfeasibilityExplainer() {
    }

    public static String explain(SitingProblem problem, SolverBackend backend, SitingResult result) {
        if (result.status() == SolveStatus.TIME_LIMIT) {
            return String.format(Locale.ROOT, "no feasible plan was found before the time limit (after %.0f s of "
                    + "solving); raise --time-limit or relax --gap", result.solveSeconds());
        }
        if (result.status() != SolveStatus.INFEASIBLE) {
            return "the solver ended with " + result.status() + " (run with --verbose for details)";
        }
        Objective objective = problem.objective();
        if (objective.kind() != Objective.Kind.MIN_COST) {
            return "the existing sites and charger minimums cannot be kept within the budget";
        }
        double total = problem.totalDemandValue();
        double target = objective.coverageTarget();
        double reachable = maxServedShare(problem.withGridLimits(false), Double.POSITIVE_INFINITY, backend, total);
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                "the coverage target %.1f%% of %.0f %s cannot be met: ", 100 * target, total,
                problem.flows().isPresent() ? "(kWh/day plus weighted trips/day)" : "kWh/day"));
        if (reachable < target) {
            return why.append(String.format(Locale.ROOT, "at most %.1f%% is within reach of a site with its"
                    + " maximum chargers (raise reach_minutes, max_per_site or add candidates)", 100 * reachable))
                    .toString();
        }
        if (problem.gridLimits() && problem.feeder().isPresent()) {
            double withGrid = maxServedShare(problem, Double.POSITIVE_INFINITY, backend, total);
            if (withGrid < target) {
                return why.append(String.format(Locale.ROOT, "the transformer limits allow at most %.1f%%"
                        + " (%.1f%% without them)", 100 * withGrid, 100 * reachable)).toString();
            }
        }
        if (objective.limitsStations()) {
            double withStations = maxServedShare(problem, Double.POSITIVE_INFINITY, objective.maxNewStations(), backend,
                    total);
            if (withStations < target) {
                return why.append(String.format(Locale.ROOT, "the limit of %d new stations allows at most %.1f%%",
                        objective.maxNewStations(), 100 * withStations)).toString();
            }
        }
        if (!Double.isFinite(objective.budget())) {
            return why.append("the limits together (reach, grid, new stations) leave no plan that meets it").toString();
        }
        double withBudget = maxServedShare(problem, objective.budget(), objective.maxNewStations(), backend, total);
        return why.append(String.format(Locale.ROOT, "the budget %.0f allows at most %.1f%%",
                objective.budget(), 100 * withBudget)).toString();
    }

    private static double maxServedShare(SitingProblem problem, double budget, SolverBackend backend, double total) {
        return maxServedShare(problem, budget, Integer.MAX_VALUE, backend, total);
    }

    private static double maxServedShare(SitingProblem problem, double budget, int stations, SolverBackend backend,
            double total) {
        SitingProblem relaxed = problem.withObjective(new Objective(Objective.Kind.MAX_COVERAGE, budget, 0, stations));
        var model = SitingModel.build(relaxed, SitingModel.Goal.MAX_SERVED, 0);
        var result = backend.solve(model.linearModel(), new SolveOptions(60, 1e-4, 1));
        if (!result.status().hasSolution() || total <= 0) {
            return 0;
        }
        return result.objective() / total;
    }
}
