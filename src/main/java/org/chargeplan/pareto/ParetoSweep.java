package org.chargeplan.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.scenario.Objective;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingModel;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost-versus-coverage front of a scenario by the ε-constraint method (Y. Haimes, L. Lasdon,
 * D. Wismer, "On a bicriterion formulation of the problems of integrated system identification and
 * system optimization", IEEE Trans. Systems, Man, and Cybernetics 1(3), 1971; V. Chankong and
 * Y. Haimes, Multiobjective Decision Making, 1983, ch. 4): one objective (cost) is minimised while
 * the other (served value) is held above a level ε, for a grid of levels.
 *
 * <ol>
 * <li>The ends. Upper: the most the scenario can serve, its max-coverage solve within its budget
 * and station limit (for a min-cost scenario: within its budget, if any). Lower: what can be served
 * with nothing new, the max-coverage solve with a budget of 0 (the existing stations; 0 without
 * them). Both run the {@code plan} pipeline ({@link AcCheckedPlanner}: solve, AC re-check).</li>
 * <li>The points. N served-share targets evenly spaced from the lower to the upper end, both ends
 * included ({@code t_k = low + (high − low)(k − 1)/(N − 1)}, each less a relative 1e-7 like the
 * cheapest-plan phase, so that a plan serving exactly the end is not lost to round-off). Each is a
 * full min-cost solve at its target, same budget and station limit, through the same pipeline.
 * They are solved from the highest target down, each started from the cheapest plan found so far
 * that meets its target (the neighbour above, or the max-coverage plan): a plan serving more meets
 * a lower target, so the start is feasible, and the cost descent of the warm start works from it.</li>
 * <li>Monotonicity. Each solve stops at a gap, so a point may come out costlier than a plan found
 * for a higher target, which meets the lower target too. Every plan found (both ends and every
 * point) is kept in a {@link PlanPool}, and each point finally takes the pool's cheapest plan that
 * serves its target (ties: the plan serving more, then the point's own); this makes cost and
 * served share rise together with the target. Plans the AC check rejected rank after every
 * AC-feasible plan. Each replacement is logged; the point's status and gap are then those of the
 * kept plan against the bound of the point's own solve.</li>
 * <li>Duplicates. Targets that the same plan meets get the identical plan: the point is kept (one
 * row per target) and flagged with the earlier point that has it; only distinct plans enter the
 * knee detection ({@link Kneedle}, x = served share, y = cost).</li>
 * </ol>
 * Every point's plan passes {@link PlanChecker} against the scenario with its own target before the
 * front is returned; a plan that fails is an internal error. Not thread-safe (one sweep per instance).
 */
public final class ParetoSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ParetoSweep.class);

    private final SitingProblem problem;
    private final SolverBackend backend;
    private final SolveOptions options;
    private final double total;
    private final PlanPool<AcCheckedPlanner.Outcome> pool = new PlanPool<>();

    private ParetoSweep(SitingProblem problem, SolverBackend backend, SolveOptions options) {
        this.problem = problem;
        this.backend = backend;
        this.options = options;
        this.total = problem.totalDemandValue();
    }

    /**
     * The front of {@code problem} (its objective gives the budget and station limit) with
     * {@code points} points.
     *
     * @param points number of points, at least 2 (the two ends)
     */
    public static ParetoFront run(SitingProblem problem, int points, SolverBackend backend, SolveOptions options) {
        return run(problem, points, Kneedle.DEFAULT_SENSITIVITY, backend, options);
    }

    /**
     * As {@link #run(SitingProblem, int, SolverBackend, SolveOptions)}, with the knee detection's
     * sensitivity.
     *
     * @param kneeSensitivity Kneedle's S ≥ 0 ({@link Kneedle})
     */
    public static ParetoFront run(SitingProblem problem, int points, double kneeSensitivity, SolverBackend backend,
            SolveOptions options) {
        if (points < 2 || !(kneeSensitivity >= 0)) {
            throw new IllegalArgumentException("a front needs at least 2 points and a sensitivity ≥ 0, not " + points
                    + " and " + kneeSensitivity);
        }
        return new ParetoSweep(problem, backend, options).sweep(points, kneeSensitivity);
    }

    private ParetoFront sweep(int count, double kneeSensitivity) {
        Objective scenario = problem.objective();
        AcCheckedPlanner.Outcome upper = AcCheckedPlanner.plan(problem.withObjective(new Objective(
                Objective.Kind.MAX_COVERAGE, scenario.budget(), 0, scenario.maxNewStations())), backend, options);
        if (upper.result().plan().isEmpty()) {
            return new ParetoFront(List.of(), upper);
        }
        double high = admit("max-coverage", upper).servedValue() / total;
        AcCheckedPlanner.Outcome lower = AcCheckedPlanner.plan(problem.withObjective(new Objective(
                Objective.Kind.MAX_COVERAGE, 0, 0, scenario.maxNewStations())), backend, options);
        double low = lower.result().plan().isPresent()
                ? Math.min(high, admit("nothing-new", lower).servedValue() / total) : 0;
        LOG.info("front: from {} (nothing new) to {} (max coverage) of {} in {} points", percent(low), percent(high),
                String.format(Locale.ROOT, "%.0f", total), count);

        double[] targets = targets(low, high, count);
        AcCheckedPlanner.Outcome[] own = new AcCheckedPlanner.Outcome[count];
        for (int k = count; k >= 1; k--) {
            Optional<PlanPool.Entry<AcCheckedPlanner.Outcome>> start = best(targets[k - 1], "");
            LOG.info("point {}/{}: target {}, started from the plan of {}", k, count, percent(targets[k - 1]),
                    start.map(PlanPool.Entry::source).orElse("none"));
            own[k - 1] = AcCheckedPlanner.plan(problem.withObjective(minCost(targets[k - 1])), backend, options,
                    start.map(ParetoSweep::plan));
            SitingResult result = own[k - 1].result();
            if (result.plan().isPresent()) {
                PlanPool.Entry<AcCheckedPlanner.Outcome> found = admit("point-" + k, own[k - 1]);
                LOG.info("point {}/{}: {}, serves {} for {}", k, count, result.status(),
                        percent(found.servedValue() / total), money(found.cost()));
            } else {
                LOG.warn("point {}/{}: no plan of its own ({})", k, count, result.status());
            }
        }
        List<ParetoPoint> points = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            points.add(point(k, targets[k - 1], own[k - 1]));
        }
        return new ParetoFront(mark(points, kneeSensitivity), upper);
    }

    /** Evenly spaced targets from {@code low} to {@code high}, ends included, each less a relative 1e-7. */
    static double[] targets(double low, double high, int count) {
        double[] targets = new double[count];
        for (int k = 0; k < count; k++) {
            double share = low + (high - low) * k / (count - 1);
            targets[k] = Math.min(1, Math.max(0, SitingModel.cheapestPhaseFloor(share)));
        }
        return targets;
    }

    private Objective minCost(double target) {
        Objective scenario = problem.objective();
        return new Objective(Objective.Kind.MIN_COST, scenario.budget(), target, scenario.maxNewStations());
    }

    private PlanPool.Entry<AcCheckedPlanner.Outcome> admit(String source, AcCheckedPlanner.Outcome outcome) {
        PlanMetrics metrics = PlanMetrics.of(outcome.problem(), outcome.result().plan().orElseThrow());
        return pool.add(outcome, source, outcome.acFeasible(), metrics.servedValue(), metrics.totalCost());
    }

    private Optional<PlanPool.Entry<AcCheckedPlanner.Outcome>> best(double target, String preferred) {
        return pool.best(target * total, preferred);
    }

    private static Plan plan(PlanPool.Entry<AcCheckedPlanner.Outcome> entry) {
        return entry.item().result().plan().orElseThrow();
    }

    /** Point {@code k} with the pool's best plan for its target, checked against the scenario at that target. */
    private ParetoPoint point(int k, double target, AcCheckedPlanner.Outcome own) {
        String name = "point-" + k;
        PlanPool.Entry<AcCheckedPlanner.Outcome> chosen = best(target, name).orElseThrow(() -> new IllegalStateException(
                "no plan of the front meets target " + target + ", not even the max-coverage plan"));
        SitingResult ownResult = own.result();
        if (!chosen.source().equals(name)) {
            LOG.info("point {}: keeping the plan of {} ({}, serves {}): it meets this target too, and {}", k,
                    chosen.source(), money(chosen.cost()), percent(chosen.servedValue() / total), ownResult.plan()
                            .map(plan -> ownPlan(own, plan)).orElse("this point's own solve found no plan ("
                                    + ownResult.status() + ")"));
        }
        double bound = ownResult.bound();
        double gap = Double.isFinite(bound) ? Math.max(0, chosen.cost() - bound) / Math.max(1, Math.abs(chosen.cost()))
                : Double.NaN;
        SolveStatus status = chosen.source().equals(name) ? ownResult.status()
                : gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        if (chosen.source().equals(name)) {
            gap = ownResult.gap();
        }
        SitingResult result = new SitingResult(status, chosen.cost(), bound, gap, ownResult.solver(),
                ownResult.solveSeconds(), Optional.of(plan(chosen)));
        AcCheckedPlanner.Outcome source = chosen.item();
        AcCheckedPlanner.Outcome outcome = new AcCheckedPlanner.Outcome(result,
                source.problem().withObjective(minCost(target)), source.impact(), source.rounds(), source.acFeasible());
        List<PlanChecker.Violation> violations = PlanChecker.check(outcome.problem(), plan(chosen));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the plan of front point " + k + " fails the independent check: "
                    + violations.subList(0, Math.min(5, violations.size())));
        }
        PlanMetrics metrics = PlanMetrics.of(outcome.problem(), plan(chosen));
        return new ParetoPoint(k, target, outcome, chosen.source(), chosen.servedValue() / total,
                metrics.totalServedKwh(), chosen.cost(), OptionalInt.empty(), false);
    }

    private String ownPlan(AcCheckedPlanner.Outcome own, Plan plan) {
        PlanMetrics metrics = PlanMetrics.of(own.problem(), plan);
        return "this point's own plan " + (own.acFeasible() ? "" : "fails the AC check, ") + money(metrics.totalCost())
                + " and serves " + String.format(Locale.ROOT, "%.6f%%", 100 * metrics.servedValue() / total)
                + " (more cost or less served)";
    }

    /** Flags repeated plans and marks the knees among the distinct ones. */
    static List<ParetoPoint> mark(List<ParetoPoint> points, double sensitivity) {
        List<OptionalInt> same = new ArrayList<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            OptionalInt earlier = OptionalInt.empty();
            for (int j = 0; j < i && earlier.isEmpty(); j++) {
                if (points.get(j).plan().equals(points.get(i).plan())) {
                    earlier = OptionalInt.of(points.get(j).point());
                }
            }
            same.add(earlier);
            if (earlier.isEmpty()) {
                distinct.add(i);
            }
        }
        double[] x = distinct.stream().mapToDouble(i -> points.get(i).servedShare()).toArray();
        double[] y = distinct.stream().mapToDouble(i -> points.get(i).totalCost()).toArray();
        boolean[] knees = Kneedle.knees(x, y, sensitivity);
        boolean[] knee = new boolean[points.size()];
        for (int d = 0; d < distinct.size(); d++) {
            knee[distinct.get(d)] = knees[d];
        }
        double[] difference = Kneedle.differenceCurve(x, y);
        double farthest = Arrays.stream(difference).max().orElse(0);
        boolean anyKnee = false;
        for (boolean k : knees) {
            anyKnee |= k;
        }
        if (!anyKnee) {
            LOG.info("no knee (Kneedle, S = {}): among {} distinct plans the front lies at most {} below the chord"
                    + " joining its ends, on the unit square", sensitivity, distinct.size(),
                    String.format(Locale.ROOT, "%.3f", farthest));
        }
        List<ParetoPoint> marked = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ParetoPoint p = points.get(i).marked(same.get(i), knee[i]);
            if (p.knee()) {
                LOG.info("knee at point {}: serves {} for {}", p.point(), percent(p.servedShare()), money(p.totalCost()));
            }
            marked.add(p);
        }
        return marked;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }

    private static String money(double cost) {
        return String.format(Locale.ROOT, "cost %.0f", cost);
    }
}
