package org.chargeplan.pareto;

import java.util.ArrayList;
import java.util.Comparator;
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
 * for a higher target. Every plan found (both ends and every point) is kept in a pool, and each
 * point finally takes the pool's cheapest plan that serves its target; ties go to the plan serving
 * more, then to the point's own. Since a higher target's qualifying plans are a subset of a lower
 * one's, cost and served share then never fall as the target rises. Plans the AC check rejected
 * rank after every AC-feasible plan. Each replacement is logged.</li>
 * <li>Duplicates. Targets that the same plan meets get the identical plan: the point is kept (one
 * row per target) and flagged with the earlier point that has it; only distinct plans enter the
 * knee detection ({@link Kneedle}, x = served share, y = cost).</li>
 * </ol>
 * Every point's plan passes {@link PlanChecker} against the scenario with its own target before the
 * front is returned; a plan that fails is an internal error. Not thread-safe (one sweep per instance).
 */
public final class ParetoSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ParetoSweep.class);
    /** Relative difference below which two costs count as equal (round-off of sums of prices). */
    private static final double COST_TIE = 1e-9;
    /** Relative difference below which two served values count as equal (the checker's tolerance). */
    private static final double SERVED_TIE = 1e-6;

    /** A plan found by one of the sweep's solves. */
    private record Candidate(String source, AcCheckedPlanner.Outcome outcome, double servedValue, double cost) {
        Plan plan() {
            return outcome.result().plan().orElseThrow();
        }
    }

    private final SitingProblem problem;
    private final SolverBackend backend;
    private final SolveOptions options;
    private final double total;
    private final List<Candidate> pool = new ArrayList<>();

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
        if (points < 2) {
            throw new IllegalArgumentException("a front needs at least 2 points, not " + points);
        }
        return new ParetoSweep(problem, backend, options).sweep(points);
    }

    private ParetoFront sweep(int count) {
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
            Optional<Candidate> start = best(targets[k - 1], "");
            LOG.info("point {}/{}: target {}, started from the plan of {}", k, count, percent(targets[k - 1]),
                    start.map(Candidate::source).orElse("none"));
            own[k - 1] = AcCheckedPlanner.plan(problem.withObjective(minCost(targets[k - 1])), backend, options,
                    start.map(Candidate::plan));
            SitingResult result = own[k - 1].result();
            if (result.plan().isPresent()) {
                Candidate found = admit("point-" + k, own[k - 1]);
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
        return new ParetoFront(mark(points), upper);
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

    private Candidate admit(String source, AcCheckedPlanner.Outcome outcome) {
        PlanMetrics metrics = PlanMetrics.of(outcome.problem(), outcome.result().plan().orElseThrow());
        Candidate candidate = new Candidate(source, outcome, metrics.servedValue(), metrics.totalCost());
        pool.add(candidate);
        return candidate;
    }

    /**
     * The pool's best plan that serves {@code target}: AC-feasible first, then least cost, then most
     * served (each up to round-off), then {@code preferred}'s own, then the earliest found.
     */
    private Optional<Candidate> best(double target, String preferred) {
        double floor = target * total;
        double slack = 1e-6 * Math.max(1, floor); // PlanChecker's tolerance
        Comparator<Candidate> order = Comparator.<Candidate, Boolean>comparing(c -> !c.outcome().acFeasible())
                .thenComparing((a, b) -> tie(a.cost(), b.cost(), COST_TIE) ? 0 : Double.compare(a.cost(), b.cost()))
                .thenComparing((a, b) -> tie(a.servedValue(), b.servedValue(), SERVED_TIE) ? 0
                        : Double.compare(b.servedValue(), a.servedValue()))
                .thenComparing(c -> !c.source().equals(preferred));
        return pool.stream().filter(c -> c.servedValue() >= floor - slack).min(order);
    }

    private static boolean tie(double a, double b, double relative) {
        return Math.abs(a - b) <= relative * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Point {@code k} with the pool's best plan for its target, checked against the scenario at that target. */
    private ParetoPoint point(int k, double target, AcCheckedPlanner.Outcome own) {
        String name = "point-" + k;
        Candidate chosen = best(target, name).orElseThrow(() -> new IllegalStateException(
                "no plan of the front meets target " + target + ", not even the max-coverage plan"));
        SitingResult ownResult = own.result();
        if (!chosen.source().equals(name)) {
            LOG.info("point {}: keeping the plan of {} ({}, serves {}): it meets this target too, and {}", k,
                    chosen.source(), money(chosen.cost()), percent(chosen.servedValue() / total),
                    ownResult.plan().isEmpty() ? "this point's own solve found no plan (" + ownResult.status() + ")"
                            : "this point's own plan is worse (" + money(PlanMetrics.of(own.problem(),
                                    ownResult.plan().get()).totalCost()) + (own.acFeasible() ? "" : ", AC-infeasible") + ")");
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
                ownResult.solveSeconds(), Optional.of(chosen.plan()));
        AcCheckedPlanner.Outcome source = chosen.outcome();
        AcCheckedPlanner.Outcome outcome = new AcCheckedPlanner.Outcome(result,
                source.problem().withObjective(minCost(target)), source.impact(), source.rounds(), source.acFeasible());
        List<PlanChecker.Violation> violations = PlanChecker.check(outcome.problem(), chosen.plan());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the plan of front point " + k + " fails the independent check: "
                    + violations.subList(0, Math.min(5, violations.size())));
        }
        PlanMetrics metrics = PlanMetrics.of(outcome.problem(), chosen.plan());
        return new ParetoPoint(k, target, outcome, chosen.source(), chosen.servedValue() / total,
                metrics.totalServedKwh(), chosen.cost(), OptionalInt.empty(), false);
    }

    /** Flags repeated plans and marks the knees among the distinct ones. */
    static List<ParetoPoint> mark(List<ParetoPoint> points) {
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
        boolean[] knees = Kneedle.knees(x, y);
        boolean[] knee = new boolean[points.size()];
        for (int d = 0; d < distinct.size(); d++) {
            knee[distinct.get(d)] = knees[d];
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
