package org.chargeplan.siting;

import java.util.Arrays;
import java.util.Optional;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first plans of the {@link KernelSearch} once the {@link LagrangianBound} has run (the
 * Lagrangian heuristic): the sites and chargers the relaxation chose at its bound and at its last
 * step, each fixed with the demand allocated by the LP over them, and the one-pass greedy design
 * ({@link GreedyDesign}); the best of them and the start. Every row left to the LP can be met by
 * serving less, so a design only fails on a choice that breaks a row of sites and chargers alone
 * (such as a station count).
 */
final class LagrangianHeuristic {

    private static final Logger LOG = LoggerFactory.getLogger(LagrangianHeuristic.class);

    private LagrangianHeuristic() {
    }

    /**
     * The best of {@code best} and the designs of {@code outcome} and the greedy, each tried only
     * while {@code best} is not within the options' gap of {@code bound}.
     */
    static SolveResult firstPlan(SitingModel model, LagrangianBound.Outcome outcome, SolveResult best, double bound,
            SolverBackend backend, SolveOptions options, long deadline) {
        if (outcome.bound() < model.servedUpperBound()) {
            if (!KernelSearch.withinGap(best, bound, options)) {
                best = chosenDesign(model, outcome.chargers(), best, backend, deadline, options);
                if (!Arrays.deepEquals(outcome.chargers(), outcome.lastChargers())
                        && !KernelSearch.withinGap(best, bound, options)) {
                    best = chosenDesign(model, outcome.lastChargers(), best, backend, deadline, options);
                }
            }
        } else {
            // Not yet below all reachable demand: the relaxation is far from its optimum and its
            // design would open far too much.
            LOG.warn("the Lagrangian relaxation did not get below all reachable demand in its time;"
                    + " its design is not used");
        }
        if (!KernelSearch.withinGap(best, bound, options)) {
            // The greedy design too, once (no local search: each of its moves is an LP over the
            // design): it counts the demand other chosen sites already serve, which the
            // relaxation's design, chosen site by site, does not.
            long begin = System.nanoTime();
            Optional<SolveResult> greedy = WarmStart.evaluate(model,
                    GreedyDesign.build(model.problem, new boolean[model.problem.sites().size()]), backend, options,
                    deadline);
            LOG.info("kernel search: the greedy design serves {} in {} s",
                    KernelSearch.format(greedy.map(SolveResult::objective).orElse(Double.NaN)),
                    KernelSearch.format((System.nanoTime() - begin) / 1e9));
            if (greedy.isPresent() && WarmStart.better(model, greedy.get(), best)) {
                best = greedy.get();
            }
        }
        return best;
    }

    /** The plan of a design of the relaxation when better than {@code best}, else {@code best}. */
    private static SolveResult chosenDesign(SitingModel model, int[][] chargers, SolveResult best,
            SolverBackend backend, long deadline, SolveOptions options) {
        Optional<SolveResult> found = designPlan(model, chargers, backend,
                KernelSearch.limited(options, KernelSearch.seconds(deadline)));
        boolean better = found.isPresent() && WarmStart.better(model, found.get(), best);
        if (better) {
            LOG.info("kernel search: the Lagrangian design is the best plan so far");
        }
        return better ? found.get() : best;
    }

    /**
     * The plan of a design (chargers per type per site, null for closed; existing sites stay open
     * with what they have): those columns fixed, the demand allocated by the LP over the design's
     * sites ({@link WarmStart#evaluate}); empty when it breaks a row of the model.
     */
    static Optional<SolveResult> designPlan(SitingModel model, int[][] chargers, SolverBackend backend,
            SolveOptions options) {
        long begin = System.nanoTime();
        int types = model.problem.chargerTypes().size();
        boolean[] open = new boolean[chargers.length];
        int[][] counts = new int[chargers.length][types];
        for (int i = 0; i < open.length; i++) {
            Site site = model.problem.sites().get(i);
            open[i] = chargers[i] != null || site.existing();
            for (int k = 0; k < types; k++) {
                counts[i][k] = chargers[i] != null ? chargers[i][k] : site.existingChargers(k);
            }
        }
        if (KernelSearch.count(open) == 0) {
            return Optional.empty(); // nothing open: nothing served, no better than any plan
        }
        Optional<SolveResult> lifted = WarmStart.evaluate(model, new GreedyDesign.Design(open, counts), backend,
                options, begin + (long) (options.timeLimitSeconds() * 1e9));
        LOG.info("Lagrangian design: {} sites, demand allocated by LP: {} in {} s", KernelSearch.count(open),
                KernelSearch.format(lifted.map(SolveResult::objective).orElse(Double.NaN)),
                KernelSearch.format((System.nanoTime() - begin) / 1e9));
        return lifted;
    }
}
