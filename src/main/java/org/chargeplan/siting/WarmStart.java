package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolverBackend;

/**
 * A feasible plan found without branch and bound, always available within a small time budget:
 * the {@link GreedyDesign}, improved by a drop-and-refill local search, each design evaluated
 * exactly by the LP left when its integer decisions are fixed (so voltage and branch rows hold,
 * and the served energy is the best that design can do). It is the answer when it meets the
 * bound within the gap, or when the solver ends without a better plan (a time limit); it is not
 * handed to HiGHS as a MIP start (see {@link SitingSolver}).
 *
 * <p>The number of moves is fixed, so the result does not depend on the machine, unless the time
 * budget cuts the search short, which is logged as a warning (results may then vary with speed).
 *
 * <p>Local search: the open new sites are ranked by the energy they serve per unit of their
 * capital cost, least first; each in turn is banned and the greedy rebuilt without it (spending
 * its budget elsewhere); a better design replaces the current one. It stops after
 * {@link #MOVES} moves or when the time budget is spent.
 */
final class WarmStart {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WarmStart.class);

    static final int MOVES = 8;

    private WarmStart() {
    }

    /**
     * A feasible point of {@code model}, or empty when the greedy designs found none (a min-cost
     * target the greedy cannot reach).
     *
     * @param seconds time budget, seconds
     */
    static Optional<SolveResult> find(SitingModel model, SolverBackend backend, SolveOptions options, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        SitingProblem problem = model.problem;
        boolean[] banned = new boolean[problem.sites().size()];
        Optional<SolveResult> best = evaluate(model, GreedyDesign.build(problem, banned), backend, options, deadline);
        if (best.isEmpty()) {
            return best;
        }
        if (best.get().objective() >= model.servedUpperBound() * (1 - options.relativeGap())) {
            return best; // serves all reachable demand (within the gap): nothing to improve
        }
        List<Integer> order = weakestFirst(model, best.get());
        int moves = 0;
        for (int site : order) {
            if (moves++ >= MOVES) {
                break;
            }
            if (System.nanoTime() > deadline) {
                LOG.warn("the warm start's local search stopped at its time budget after {} moves", moves - 1);
                break;
            }
            boolean[] trial = banned.clone();
            trial[site] = true;
            Optional<SolveResult> candidate = evaluate(model, GreedyDesign.build(problem, trial), backend, options, deadline);
            if (candidate.isPresent() && better(model, candidate.get(), best.get())) {
                best = candidate;
                banned = trial;
            }
        }
        return best;
    }

    /**
     * A cheaper plan than {@code start} for a min-cost model (the cheapest-plan phase, or a min-cost
     * objective), by descent: close whole sites, weakest first, then remove single chargers, most
     * expensive type first, keeping each removal whose design still meets every row (the served
     * floor among them). Returns {@code start} when nothing can go.
     *
     * @param seconds time budget, seconds
     */
    static SolveResult cheaper(SitingModel model, SolveResult start, SolverBackend backend, SolveOptions options,
            double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        SitingProblem problem = model.problem;
        int types = problem.chargerTypes().size();
        boolean[] open = new boolean[problem.sites().size()];
        int[][] chargers = new int[open.length][types];
        for (int i = 0; i < open.length; i++) {
            open[i] = start.value(model.open[i]) > 0.5;
            for (int k = 0; k < types; k++) {
                chargers[i][k] = open[i] ? (int) Math.rint(start.value(model.chargers[i][k])) : 0;
            }
        }
        SolveResult best = start;
        for (int site : weakestFirst(model, start)) {
            if (System.nanoTime() > deadline) {
                LOG.warn("the warm start's cost descent stopped at its time budget");
                return best;
            }
            boolean[] trialOpen = open.clone();
            trialOpen[site] = false;
            Optional<SolveResult> trial = evaluate(model, new GreedyDesign.Design(trialOpen, chargers), backend, options, deadline);
            if (trial.isPresent() && better(model, trial.get(), best)) {
                best = trial.get();
                open = trialOpen;
            }
        }
        Integer[] byCost = new Integer[types];
        for (int k = 0; k < types; k++) {
            byCost[k] = k;
        }
        java.util.Arrays.sort(byCost, Comparator.<Integer>comparingDouble(k -> -problem.chargerTypes().get(k).costPerCharger())
                .thenComparingInt(k -> k));
        for (int k : byCost) {
            for (int i = 0; i < open.length; i++) {
                while (open[i] && chargers[i][k] > problem.sites().get(i).existingChargers(k)) {
                    if (System.nanoTime() > deadline) {
                        LOG.warn("the warm start's cost descent stopped at its time budget");
                        return best;
                    }
                    int[][] trialChargers = java.util.Arrays.stream(chargers).map(int[]::clone).toArray(int[][]::new);
                    trialChargers[i][k]--;
                    Optional<SolveResult> trial = evaluate(model, new GreedyDesign.Design(open, trialChargers), backend,
                            options, deadline);
                    if (trial.isEmpty() || !better(model, trial.get(), best)) {
                        break;
                    }
                    best = trial.get();
                    chargers = trialChargers;
                }
            }
        }
        return best;
    }

    /**
     * The best completion of a design: the model with its site and charger decisions fixed (an LP,
     * or a small MIP when transformer upgrades are offered, whose steps stay integer). Built
     * over the open sites only (a closed site's columns are all zero), which makes it a fraction of
     * the full model's size, and mapped back onto the full model's columns by name.
     */
    static Optional<SolveResult> evaluate(SitingModel model, GreedyDesign.Design design, SolverBackend backend,
            SolveOptions options, long deadline) {
        int types = model.problem.chargerTypes().size();
        RestrictedModel restricted = RestrictedModel.of(model, design.open());
        SitingModel small = restricted.model();
        int[] columns = new int[restricted.siteCount() * (1 + types)];
        double[] values = new double[columns.length];
        int c = 0;
        for (int i = 0; i < design.open().length; i++) {
            int kept = restricted.siteIndex(i);
            if (kept < 0) {
                continue;
            }
            columns[c] = small.open[kept];
            values[c++] = 1;
            for (int k = 0; k < types; k++) {
                columns[c] = small.chargers[kept][k];
                values[c++] = design.chargers()[i][k];
            }
        }
        LinearModel lp = small.linearModel().withColumnsFixed(columns, values);
        double left = Math.max(1, (deadline - System.nanoTime()) / 1e9);
        return restricted.lift(lp, backend.solve(lp, new SolveOptions(left, options.relativeGap(), options.threads())));
    }

    /** Whether point a is strictly better than b for the model's sense (beyond a relative 1e-9). */
    static boolean better(SitingModel model, SolveResult a, SolveResult b) {
        boolean maximise = model.linearModel().sense() == LinearModel.Sense.MAXIMISE;
        double margin = 1e-9 * Math.max(1, Math.abs(b.objective()));
        return maximise ? a.objective() > b.objective() + margin : a.objective() < b.objective() - margin;
    }

    /** Open new sites by served energy per unit capital cost, least first (ties by index). */
    private static List<Integer> weakestFirst(SitingModel model, SolveResult point) {
        SitingProblem problem = model.problem;
        List<Integer> open = new ArrayList<>();
        double[] ratio = new double[problem.sites().size()];
        for (int i = 0; i < ratio.length; i++) {
            if (problem.sites().get(i).existing() || point.value(model.open[i]) < 0.5) {
                continue;
            }
            double energy = 0;
            for (int column : model.classEnergy[i]) {
                energy += column >= 0 ? point.value(column) : 0;
            }
            List<Integer> counts = new ArrayList<>();
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                counts.add((int) Math.rint(point.value(model.chargers[i][k])));
            }
            double cost = problem.capitalCost(i, counts);
            ratio[i] = cost > 0 ? energy / cost : Double.POSITIVE_INFINITY;
            open.add(i);
        }
        open.sort(Comparator.<Integer>comparingDouble(i -> ratio[i]).thenComparingInt(i -> i));
        return open;
    }
}
