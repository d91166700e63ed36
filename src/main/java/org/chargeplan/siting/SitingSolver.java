package org.chargeplan.siting;

import java.util.Optional;
import java.util.Locale;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveStatus;
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

    /**
     * Whole models from this many columns check the {@link LagrangianBound} and its design before
     * branch and bound (the 1,000-point city, 10,791 columns, is then solved within 1 % without
     * it); smaller ones go straight to branch and bound, which proves them in seconds.
     */
    static final int LAGRANGIAN_COLUMNS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(SitingSolver.class);

    private SitingSolver() {
    }

    public static SitingResult solve(SitingProblem problem, SolverBackend backend, SolveOptions options) {
        return solve(problem, backend, options, Optional.empty());
    }

    /**
     * As {@link #solve(SitingProblem, SolverBackend, SolveOptions)}, with a plan of the same problem's
     * sites that is expected to meet a min-cost objective's rows (e.g. a neighbouring point of a
     * Pareto front that serves more): its design (open sites and charger counts), completed by the
     * LP, is the min-cost solve's known start in place of the greedy one, and the cost descent and
     * the backend go on from it. Ignored for max-coverage, with range-limited flows, or when the
     * design does not meet the rows (e.g. under tighter grid margins); the greedy start is then used.
     */
    public static SitingResult solve(SitingProblem problem, SolverBackend backend, SolveOptions options,
            Optional<Plan> start) {
        return solve(problem, backend, options, start, new EarlierRound());
    }

    /**
     * As {@link #solve(SitingProblem, SolverBackend, SolveOptions, Optional)}, with what an earlier
     * AC round left ({@link EarlierRound}): on the {@link KernelSearch} path, a max-coverage phase
     * starts from that round's plan, its demand allocated again by the LP under this problem's
     * rows, with that round's bound and ranking; the relaxation run here is recorded in it.
     */
    static SitingResult solve(SitingProblem problem, SolverBackend backend, SolveOptions options,
            Optional<Plan> start, EarlierRound earlier) {
        SitingReduction reduction = SitingReduction.of(problem);
        LOG.info("reductions: {}", reduction.summary());
        Optional<GreedyDesign.Design> design = start.filter(p -> p.sites().size() == problem.sites().size())
                .map(reduction::design);
        Optional<GreedyDesign.Design> earlierDesign = earlier.planFor(problem).map(reduction::design);
        SitingResult result = solveReduced(reduction.reduced(), backend, options, design,
                new Earlier(earlierDesign, earlier));
        return result.withPlan(result.plan().map(reduction::expand));
    }

    /** An earlier AC round, with its plan's design mapped onto the reduced problem. */
    private record Earlier(Optional<GreedyDesign.Design> design, EarlierRound round) {
        /** No earlier round (phases that neither use nor record one). */
        static Earlier none() {
            return new Earlier(Optional.empty(), new EarlierRound());
        }
    }

    private static SitingResult solveReduced(SitingProblem problem, SolverBackend backend, SolveOptions options,
            Optional<GreedyDesign.Design> start, Earlier earlier) {
        Objective objective = problem.objective();
        if (objective.kind() == Objective.Kind.MIN_COST) {
            double floor = objective.coverageTarget() * problem.totalDemandValue();
            SitingModel model = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
            Optional<SolveResult> known = start.filter(d -> problem.flows().isEmpty()).flatMap(d -> WarmStart.evaluate(
                    model, d, backend, options, System.nanoTime() + (long) (options.timeLimitSeconds() / 5 * 1e9)));
            if (start.isPresent()) {
                LOG.info("min-cost warm start: {}", known.isPresent() ? "from the given plan"
                        : problem.flows().isPresent() ? "the given plan is not used with range-limited flows"
                        : "the given plan does not meet this model's rows; using the greedy start");
            }
            SolveResult result = solveLogged(backend, model, options, "min-cost", known, Earlier.none());
            return toResult(model, result, result, result.seconds());
        }
        SitingModel served = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        SolveResult first = solveLogged(backend, served, options, "max-coverage", Optional.empty(), earlier);
        if (!first.status().hasSolution()) {
            return toResult(served, first, first, first.seconds());
        }
        double floor = SitingModel.cheapestPhaseFloor(first.objective());
        double remaining = Math.max(1, options.timeLimitSeconds() - first.seconds());
        SitingModel cheapest = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
        SolveResult second = solveLogged(backend, cheapest,
                new SolveOptions(remaining, options.relativeGap(), options.threads()), "cheapest at that coverage",
                Optional.of(first), Earlier.none());
        double seconds = first.seconds() + second.seconds();
        if (second.status() == SolveStatus.FEASIBLE) {
            LOG.warn("the cheapest plan at that coverage is not proven least-cost (gap {}); raise the time limit",
                    String.format(java.util.Locale.ROOT, "%.4f", second.gap()));
        }
        if (!second.status().hasSolution()) {
            LOG.warn("the cheapest-plan phase ended {}; keeping the max-coverage plan as found", second.status());
            return toResult(served, first, first, seconds);
        }
        return toResult(cheapest, second, first, seconds);
    }

    /**
     * One phase: a known feasible point (the given one, or the {@link WarmStart} heuristic within a
     * fifth of the time limit), then the backend. When the backend ends without a solution, or with
     * a worse one, the known point is the answer (FEASIBLE, with the backend's bound, or the LP
     * bound), so a plan is always available once the heuristic has run.
     */
    private static SolveResult solveLogged(SolverBackend backend, SitingModel model, SolveOptions options,
            String phase, Optional<SolveResult> known, Earlier earlier) {
        LinearModel linear = model.linearModel();
        LOG.info("{} model: {}", phase, linear.sizeSummary());
        long begin = System.nanoTime();
        Optional<SolveResult> start = known.filter(s -> linear.satisfies(s.values(), 1e-6))
                .map(s -> new SolveResult(SolveStatus.FEASIBLE, linear.objectiveValue(s.values()), Double.NaN, Double.NaN,
                        s.values(), s.solver(), 0));
        // The greedy knows point demand only; with range-limited flows the known point is the plan
        // that builds nothing new (every column at its lowest value), when the model admits it.
        boolean heuristics = model.problem.flows().isEmpty();
        if (start.isEmpty() && !heuristics) {
            start = lowestPoint(linear);
        }
        // A large max-coverage model that the Lagrangian relaxation covers: its own design is the
        // first plan (the greedy's LP over a few hundred sites takes minutes there); the kernel
        // search starts from the plan that builds nothing new.
        if (start.isEmpty() && heuristics && KernelSearch.applies(linear) && model.goal == SitingModel.Goal.MAX_SERVED
                && model.lagrangian().isPresent()) {
            // After an AC check: the round before's plan, its demand allocated again under the
            // tighter rows (serving less where they now bind; every such row can be met so).
            start = earlier.design().flatMap(d -> WarmStart.evaluate(model, d, backend, options,
                    System.nanoTime() + (long) (options.timeLimitSeconds() / 5 * 1e9)));
            if (start.isPresent()) {
                LOG.info("{} warm start: the plan of the AC round before, its demand allocated again under this"
                        + " round's margins, serves {} ({} s)", phase, String.format(Locale.ROOT, "%.6g",
                        start.get().objective()), String.format(Locale.ROOT, "%.2f", seconds(begin)));
            } else {
                start = lowestPoint(linear);
                start.ifPresent(s -> LOG.info("{} warm start: left to the Lagrangian relaxation's design", phase));
            }
        }
        if (start.isEmpty() && heuristics) {
            start = WarmStart.find(model, backend, options, Math.max(1, options.timeLimitSeconds() / 5));
            start.ifPresent(s -> LOG.info("{} warm start: greedy and local search reach {} in {} s", phase,
                    String.format(Locale.ROOT, "%.6g", s.objective()), String.format(Locale.ROOT, "%.2f", seconds(begin))));
        }
        // The cost descent evaluates one LP per move; where the region search follows (more open
        // sites than one region holds), its MILPs make the same moves in far less time.
        boolean regionsFollow = start.isPresent() && KernelSearch.applies(linear)
                && KernelSearch.count(KernelSearch.openSites(model, start.get())) > RegionSearch.REGION_SITES;
        if (start.isPresent() && heuristics && linear.sense() == LinearModel.Sense.MINIMISE && !regionsFollow) {
            SolveResult given = start.get();
            start = Optional.of(WarmStart.cheaper(model, given, backend, options, Math.max(1, options.timeLimitSeconds() / 5)));
            LOG.info("{} warm start: the plan's cost {} cut to {} by local search in {} s", phase,
                    String.format(Locale.ROOT, "%.6g", given.objective()),
                    String.format(Locale.ROOT, "%.6g", start.get().objective()), String.format(Locale.ROOT, "%.2f", seconds(begin)));
        }
        if (start.isPresent() && heuristics && KernelSearch.applies(linear)) {
            // Too large for branch and bound on the whole model: LP bound and restricted MILPs. The
            // max-coverage phase leaves a share of the time to the cheapest-plan phase.
            double share = known.isEmpty() && model.goal == SitingModel.Goal.MAX_SERVED ? KernelSearch.FIRST_PHASE_SHARE : 1;
            SolveResult result = KernelSearch.improve(model, start.get(), backend, new SolveOptions(
                    Math.max(1, share * (options.timeLimitSeconds() - seconds(begin))), options.relativeGap(),
                    options.threads()), known.isEmpty(), earlier.round());
            LOG.info("{} solve: {} by kernel search in {} s", phase, result.status(), String.format(Locale.ROOT, "%.2f", seconds(begin)));
            return timed(result, begin);
        }
        // The LP bound, once solved here, is reused when the solver stops without one.
        double knownBound = Double.NaN;
        if (start.isPresent() && known.isEmpty()) {
            // When the heuristic already meets the LP bound within the gap, branch and bound has nothing to add.
            double trivial = model.servedUpperBound();
            Optional<LagrangianBound> lagrangian = start.get().objective() >= trivial * (1 - options.relativeGap())
                    || linear.columnCount() < LAGRANGIAN_COLUMNS ? Optional.empty() : model.lagrangian();
            double bound;
            if (lagrangian.isPresent()) {
                // Tighter than the LP here; its design may also beat the warm start.
                double limit = Math.max(1, options.timeLimitSeconds() / 5);
                LagrangianBound.Outcome outcome = lagrangian.get().run(start.get().objective(), limit, options.relativeGap());
                // Not below all reachable demand in its time: the LP bound instead.
                bound = outcome.bound() < trivial ? outcome.bound() : lpBound(linear, backend, options);
                SolveResult before = start.get();
                start = LagrangianHeuristic.designPlan(model, outcome.chargers(), backend,
                        new SolveOptions(limit, options.relativeGap(), options.threads()))
                        .filter(design -> WarmStart.better(model, design, before)).or(() -> Optional.of(before));
            } else {
                bound = start.get().objective() >= trivial * (1 - options.relativeGap()) ? trivial
                        : lpBound(linear, backend, options);
            }
            knownBound = bound;
            double gap = SolveResult.relativeGap(start.get().objective(), bound);
            if (gap <= options.relativeGap()) {
                LOG.info("{} solve: OPTIMAL by the heuristic plan, within {} of the bound {} ({} s)", phase,
                        String.format(Locale.ROOT, "%.2g", gap), String.format(Locale.ROOT, "%.6g", bound),
                        String.format(Locale.ROOT, "%.2f", seconds(begin)));
                SolveResult heuristic = start.get();
                return new SolveResult(SolveStatus.OPTIMAL, heuristic.objective(), bound, gap, heuristic.values(),
                        heuristic.solver(), seconds(begin));
            }
        }
        SolveOptions rest = new SolveOptions(Math.max(1, options.timeLimitSeconds() - seconds(begin)),
                options.relativeGap(), options.threads());
        // The start is not handed to HiGHS as a MIP start: OR-Tools 9.14 and 9.15 crash in native code
        // (HighsSolveProto) when MPSolver carries a solution hint for HiGHS.
        SolveResult result = backend.solve(linear, rest);
        result = capBound(model, keepTheBetter(linear, result, start, knownBound, rest, backend, begin), options);
        LOG.info("{} solve: {} in {} s", phase, result.status(), String.format(Locale.ROOT, "%.2f", result.seconds()));
        return result;
    }

    private static SolveResult keepTheBetter(LinearModel linear, SolveResult result, Optional<SolveResult> start,
            double knownBound, SolveOptions options, SolverBackend backend, long begin) {
        if (start.isEmpty()) {
            return timed(result, begin);
        }
        SolveResult heuristic = start.get();
        boolean maximise = linear.sense() == LinearModel.Sense.MAXIMISE;
        double tolerance = 1e-7 * Math.max(1, Math.abs(heuristic.objective()));
        if (result.status().hasSolution() && (maximise ? result.objective() >= heuristic.objective() - tolerance
                : result.objective() <= heuristic.objective() + tolerance)) {
            return timed(result, begin);
        }
        double bound = result.status().hasSolution() || !Double.isNaN(result.bound()) ? result.bound()
                : !Double.isNaN(knownBound) ? knownBound : lpBound(linear, backend, options);
        LOG.warn("the solver ended {}{}; the warm-start plan is the answer (gap {} against the bound)", result.status(),
                result.status().hasSolution() ? " with a worse plan" : " without a plan",
                String.format(Locale.ROOT, "%.4f", SolveResult.relativeGap(heuristic.objective(), bound)));
        double gap = SolveResult.relativeGap(heuristic.objective(), bound);
        return new SolveResult(gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                heuristic.objective(), bound, gap, heuristic.values(), result.solver(), seconds(begin));
    }

    /**
     * A solver stopped early may only have the weak bound of its variable bounds; no plan serves
     * more than all reachable demand, so the bound is at most that.
     */
    private static SolveResult capBound(SitingModel model, SolveResult result, SolveOptions options) {
        double cap = model.servedUpperBound();
        if (!result.status().hasSolution() || Double.isNaN(cap) || result.bound() <= cap) {
            return result;
        }
        double gap = SolveResult.relativeGap(result.objective(), cap);
        return new SolveResult(gap <= options.relativeGap() ? SolveStatus.OPTIMAL : result.status(), result.objective(),
                cap, gap, result.values(), result.solver(), result.seconds());
    }

    /** Every column at the bound nearest zero, if that point satisfies the model. */
    private static Optional<SolveResult> lowestPoint(LinearModel linear) {
        double[] point = new double[linear.columnCount()];
        for (int j = 0; j < point.length; j++) {
            point[j] = Math.max(linear.lower(j), Math.min(0, linear.upper(j)));
        }
        return linear.satisfies(point, 1e-9) ? Optional.of(new SolveResult(SolveStatus.FEASIBLE,
                linear.objectiveValue(point), Double.NaN, Double.NaN, point, "nothing new", 0)) : Optional.empty();
    }

    /** The LP relaxation's optimum, a bound on the MILP's ({@code NaN} if it too runs out of time). */
    private static double lpBound(LinearModel linear, SolverBackend backend, SolveOptions options) {
        SolveResult lp = backend.solve(linear.relaxation(), new SolveOptions(Math.max(1, options.timeLimitSeconds() / 10),
                options.relativeGap(), options.threads()));
        return lp.status() == SolveStatus.OPTIMAL ? lp.objective() : Double.NaN;
    }

    private static SolveResult timed(SolveResult result, long begin) {
        return new SolveResult(result.status(), result.objective(), result.bound(), result.gap(), result.values(),
                result.solver(), seconds(begin));
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
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
