package org.chargeplan.siting;

import java.util.Optional;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves a {@link SitingProblem} with a backend.
 *
 * <p>Max-coverage is solved lexicographically: first the largest served energy within the budget,
 * then the cheapest plan that serves that much (less a relative 1e-7), so that no site or charger
 * is built that serves nothing. Min-cost is one solve: the cheapest plan serving the target share.
 * The time limit covers both phases. The reported status, objective, bound and gap are those of
 * the primary objective (served energy); when the cheapest-plan phase stops early, its best plan
 * still serves that energy, but its cost is not proven least, and a warning says so.
 */
public final class SitingSolver {

    private static final Logger LOG = LoggerFactory.getLogger(SitingSolver.class);
    private static final double SERVED_SLACK = 1e-7;

    private SitingSolver() {
    }

    public static SitingResult solve(SitingProblem problem, SolverBackend backend, SolveOptions options) {
        Objective objective = problem.objective();
        if (objective.kind() == Objective.Kind.MIN_COST) {
            double floor = objective.coverageTarget() * problem.totalDemandValue();
            SitingModel model = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
            SolveResult result = solveLogged(backend, model, options, "min-cost");
            return toResult(model, result, result, result.seconds());
        }
        SitingModel served = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        SolveResult first = solveLogged(backend, served, options, "max-coverage");
        if (!first.status().hasSolution()) {
            return toResult(served, first, first, first.seconds());
        }
        double floor = first.objective() * (1 - SERVED_SLACK) - 1e-9;
        double remaining = Math.max(1, options.timeLimitSeconds() - first.seconds());
        SitingModel cheapest = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
        SolveResult second = solveLogged(backend, cheapest,
                new SolveOptions(remaining, options.relativeGap(), options.threads()), "cheapest at that coverage");
        double seconds = first.seconds() + second.seconds();
        if (second.status() == org.chargeplan.solve.SolveStatus.FEASIBLE) {
            LOG.warn("the cheapest plan at that coverage is not proven least-cost (gap {}); raise the time limit",
                    String.format(java.util.Locale.ROOT, "%.4f", second.gap()));
        }
        if (!second.status().hasSolution()) {
            LOG.warn("the cheapest-plan phase ended {}; keeping the max-coverage plan as found", second.status());
            return toResult(served, first, first, seconds);
        }
        return toResult(cheapest, second, first, seconds);
    }

    private static SolveResult solveLogged(SolverBackend backend, SitingModel model, SolveOptions options,
            String phase) {
        LOG.debug("solving {} model: {}", phase, model.linearModel().sizeSummary());
        SolveResult result = backend.solve(model.linearModel(), options);
        LOG.info("{} solve: {} in {} s", phase, result.status(), String.format(java.util.Locale.ROOT, "%.2f",
                result.seconds()));
        return result;
    }

    /** Plan from {@code planSource}; status, objective and bound from the primary solve. */
    private static SitingResult toResult(SitingModel planModel, SolveResult planSource, SolveResult primary,
            double seconds) {
        Optional<Plan> plan = planSource.status().hasSolution() ? Optional.of(planModel.decode(planSource))
                : Optional.empty();
        double constant = planSource == primary ? planModel.objectiveConstant() : 0;
        return new SitingResult(primary.status(), primary.objective() + constant, primary.bound() + constant,
                primary.gap(), primary.solver(), seconds, plan);
    }
}
