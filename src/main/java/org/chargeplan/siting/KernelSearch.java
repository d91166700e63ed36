package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.LpEstimate;
import org.chargeplan.solve.SafeBound;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path for siting models too large for branch and bound on the whole model (more than
 * {@value #LARGE_COLUMNS} columns): kernel search (Angelelli, Mansini and Speranza, "Kernel
 * search: a general heuristic for the multi-dimensional knapsack problem", Computers &amp;
 * Operations Research 37, 2010; for capacitated facility location, Guastaroba and Speranza,
 * Journal of Heuristics 18, 2012), with a proven bound.
 *
 * <ol>
 * <li>The bound and the ranking of the sites. Where the {@link LagrangianBound} covers the model
 * (max coverage with point demand), its subgradient search within {@value #LAGRANGIAN_SHARE} of
 * the time: its lowest value is the bound, how often it opens each site the ranking, and the
 * sites and chargers it chose at the bound and at its last step, with the demand allocated by
 * LP, the first plans (the Lagrangian heuristic), beside the one-pass greedy design. Otherwise
 * the LP relaxation of the whole model (within {@value #LP_SHARE} of the time): with HiGHS, the
 * {@link SafeBound} of its interior point duals (valid for any duals, so also when the solve
 * stalls or stops early), otherwise the LP optimum;
 * its {@code y_i} rank the sites. Never more than all reachable demand.</li>
 * <li>The kernel: the best plan's open sites plus the best-ranked others, {@value #KERNEL_FACTOR}
 * times as many sites in all. The MILP over the kernel ({@link RestrictedModel}) is solved within
 * {@value #KERNEL_SHARE} of the time left.</li>
 * <li>Buckets: the next-ranked sites, as many at a time as the best plan opens, each tried with the
 * kernel in one more restricted MILP (within a third of the time left); the sites a better plan
 * opens join the kernel. It stops when the best plan is within the gap of the bound or the time is
 * spent; when the ranking runs out first, MILPs over the kernel and the best-ranked sites,
 * {@value #WIDE_FACTOR} times the kernel's size and then doubling, have the time left.</li>
 * </ol>
 * A kernel of more than {@value RegionSearch#REGION_SITES} sites is too large for one MILP; the
 * {@link RegionSearch} takes over from step 2 (models without range-limited flows), with MILPs by
 * region and the rest of the plan fixed. Every restricted plan is a plan of the whole model (the
 * left-out sites closed, or with the region search as in the best plan), checked against
 * all of its rows; the best one, never worse than the start, is the answer, OPTIMAL when within
 * the requested gap of the bound and FEASIBLE otherwise. Solver time limits make the restricted
 * solves, and so the result, depend on the machine's speed; each step is logged.
 */
final class KernelSearch {

    private static final Logger LOG = LoggerFactory.getLogger(KernelSearch.class);

    /**
     * Models with more columns take this path. The 1,000-point city (10,791 columns) is solved to
     * optimality by HiGHS in about two minutes; at the 10,000-point city (352,466) HiGHS does not
     * finish the root in five ({@code benchmarks/results/city-scale.md}).
     */
    static final int LARGE_COLUMNS = 50_000;
    /** Of the time left after the warm start, what the max-coverage phase may use (the rest is the cheapest-plan phase's). */
    static final double FIRST_PHASE_SHARE = 0.85;
    /**
     * Share of the time for the Lagrangian bound, where it applies ({@link LagrangianBound}). Its
     * bound rarely moves after the first steps on the largest models, but its multipliers do, and
     * its last-step design is the first plan: on the 100,000-point city a tenth (40 steps) gave a
     * design serving 461,350 kWh/day, a quarter (160–200 steps) 482,099–484,492, within 1 % of the
     * bound on its own in one run ({@code benchmarks/results/city-scale.md}, eighth section). A
     * quarter was used once before and cut to a tenth when the last-step design was not yet
     * tried (fourth section). Smaller models mostly end their search sooner, when the step factor
     * has shrunk (the 10,000-point city after about 1,100 steps in 50 s, its whole run 14 s slower
     * than with a tenth because it stopped at a step with a weaker design); with a short time
     * limit the search that follows has less time.
     */
    static final double LAGRANGIAN_SHARE = 0.25;
    /** Share of the time for the LP relaxation. */
    static final double LP_SHARE = 0.4;
    /** Share of the time left for the kernel's MILP when buckets may follow. */
    static final double KERNEL_SHARE = 0.5;
    /** The kernel has this many times the start plan's open sites. */
    static final int KERNEL_FACTOR = 2;
    /** The first wider MILP after the buckets has this many times the kernel's sites. */
    static final int WIDE_FACTOR = 3;
    /** Each bucket's solve may take the time left divided by this. */
    static final double BUCKET_SLOTS = 3;
    /** Fewest seconds worth starting one more restricted solve with. */
    static final double MIN_SECONDS = 5;

    private KernelSearch() {
    }

    /** Whether a model takes this path. */
    static boolean applies(LinearModel linear) {
        return linear.columnCount() > LARGE_COLUMNS;
    }

    /**
     * The best plan found from {@code start} (a feasible point of {@code model}) within the options'
     * time limit. With {@code withBound}, the LP relaxation is solved first and gives the bound and
     * the ranking; without, the one restricted MILP is over the start's open sites (the cheapest
     * plan at a coverage already reached), and the bound is unknown ({@code NaN}).
     */
    static SolveResult improve(SitingModel model, SolveResult start, SolverBackend backend, SolveOptions options,
            boolean withBound) {
        return improve(model, start, backend, options, withBound, new EarlierRound());
    }

    /**
     * As {@link #improve(SitingModel, SolveResult, SolverBackend, SolveOptions, boolean)}, with what
     * an earlier AC round of the same scenario left: where it holds the relaxation of a model this
     * one restricts, its bound and ranking are used instead of running the relaxation again (the
     * start is then normally that round's plan, see {@link SitingSolver}; without one, the greedy
     * warm start); otherwise the relaxation run here, when it gives a finite bound, is recorded in it.
     */
    static SolveResult improve(SitingModel model, SolveResult start, SolverBackend backend, SolveOptions options,
            boolean withBound, EarlierRound earlier) {
        long begin = System.nanoTime();
        long deadline = begin + (long) (options.timeLimitSeconds() * 1e9);
        LinearModel linear = model.linearModel();
        boolean maximise = linear.sense() == LinearModel.Sense.MAXIMISE;
        double bound = maximise ? model.servedUpperBound() : Double.NaN;
        double[] siteValues = null;
        SolveResult best = start;
        Optional<LagrangianBound> lagrangian = withBound ? model.lagrangian() : Optional.empty();
        Optional<EarlierRound.Relaxation> known = lagrangian.isPresent()
                ? earlier.relaxationFor(model.problem, model.problem.sites().size()) : Optional.empty();
        if (known.isPresent()) {
            siteValues = known.get().siteScore();
            bound = Double.isNaN(bound) ? known.get().bound() : Math.min(bound, known.get().bound());
            LOG.info("kernel search: the bound {} and the ranking of the sites from the AC round before, whose model"
                    + " this one restricts", format(bound));
        } else if (lagrangian.isPresent()) {
            LagrangianBound.Outcome outcome = lagrangian.get().run(start.objective(),
                    LAGRANGIAN_SHARE * options.timeLimitSeconds(), options.relativeGap());
            siteValues = outcome.siteScore();
            if (Double.isFinite(outcome.bound())) {
                bound = Double.isNaN(bound) ? outcome.bound() : Math.min(bound, outcome.bound());
                earlier.recordRelaxation(bound, siteValues, model.problem.margins());
            }
            best = LagrangianHeuristic.firstPlan(model, outcome, best, bound, backend, options, deadline);
        } else if (withBound) {
            Relaxation lp = relaxation(linear, backend, limited(options, LP_SHARE * options.timeLimitSeconds()));
            if (lp.values() != null) {
                siteValues = lpSiteValues(model, lp.values());
            }
            if (Double.isFinite(lp.bound())) {
                bound = maximise && !Double.isNaN(bound) ? Math.min(bound, lp.bound()) : lp.bound();
            }
        }
        if (lagrangian.isPresent() && best.objective() <= 0) {
            // No design to start from (not used, or it broke a row such as a station count; or no
            // plan from the round before): the greedy warm start gives the first plan.
            SolveResult from = best;
            best = WarmStart.find(model, backend, options, seconds(deadline) / 2)
                    .filter(found -> WarmStart.better(model, found, from)).orElse(from);
        }
        int siteCount = model.problem.sites().size();
        boolean[] kernel = openSites(model, best);
        List<Integer> ranked = withBound ? ranked(model, siteValues, kernel) : List.of();
        int opened = count(kernel);
        int target = Math.min(siteCount, Math.max(KERNEL_FACTOR * opened, opened + 1));
        int next = 0;
        while (count(kernel) < target && next < ranked.size()) {
            kernel[ranked.get(next++)] = true;
        }
        if (count(kernel) > RegionSearch.REGION_SITES && model.problem.flows().isEmpty()) {
            // Too many sites for one MILP: by region, the rest of the plan fixed.
            best = RegionSearch.improve(model, best, ranked, bound, backend, options, deadline);
        } else {
            best = kernelAndBuckets(model, kernel, ranked, next, best, bound, backend, options, deadline);
        }
        double gap = SolveResult.relativeGap(best.objective(), bound);
        SolveStatus status = gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        LOG.info("kernel search: {} {} against the bound {} (gap {}) in {} s", status, format(best.objective()),
                format(bound), format(gap), format((System.nanoTime() - begin) / 1e9));
        return new SolveResult(status, best.objective(), bound, gap, best.values(), best.solver(),
                (System.nanoTime() - begin) / 1e9);
    }

    /**
     * The MILP over the kernel, then the buckets of the next-ranked sites ({@code ranked} from
     * {@code next} on), then wider MILPs while time is left; the best plan found.
     */
    private static SolveResult kernelAndBuckets(SitingModel model, boolean[] kernel, List<Integer> ranked, int next,
            SolveResult best, double bound, SolverBackend backend, SolveOptions options, long deadline) {
        int siteCount = model.problem.sites().size();
        double left = seconds(deadline);
        if (!withinGap(best, bound, options) && left >= MIN_SECONDS) {
            double share = next < ranked.size() ? KERNEL_SHARE : 1; // all of it when no bucket can follow
            best = restrictedSolve(model, kernel, best, backend, limited(options, share * left), "kernel");
        }
        int bucket = Math.max(1, count(openSites(model, best)));
        int round = 0;
        while (!withinGap(best, bound, options) && next < ranked.size() && seconds(deadline) >= MIN_SECONDS) {
            boolean[] trial = kernel.clone();
            int added = 0;
            while (added < bucket && next < ranked.size()) {
                trial[ranked.get(next++)] = true;
                added++;
            }
            round++;
            SolveResult found = restrictedSolve(model, trial, best, backend,
                    limited(options, seconds(deadline) / BUCKET_SLOTS), "bucket " + round);
            if (found != best) {
                best = found;
                boolean[] open = openSites(model, best);
                for (int i = 0; i < siteCount; i++) {
                    kernel[i] |= open[i];
                }
            }
        }
        // Time left once every bucket was tried: wider MILPs over the kernel and the best-ranked
        // sites, WIDE_FACTOR times the kernel's size, then doubling, while time remains.
        int wideSize = Math.min(siteCount, WIDE_FACTOR * count(kernel));
        while (!withinGap(best, bound, options) && !ranked.isEmpty() && seconds(deadline) >= MIN_SECONDS) {
            boolean[] wide = kernel.clone();
            for (int k = 0, size = count(wide); k < ranked.size() && size < wideSize; k++) {
                size += wide[ranked.get(k)] ? 0 : 1;
                wide[ranked.get(k)] = true;
            }
            best = restrictedSolve(model, wide, best, backend, limited(options, seconds(deadline)), "wide");
            if (count(wide) >= siteCount || count(wide) < wideSize) {
                break; // the whole model, or every ranked site, has been tried
            }
            wideSize = Math.min(siteCount, 2 * wideSize);
        }
        return best;
    }

    /** A bound from the LP relaxation (infinite or NaN when none) and its column values (null when none). */
    private record Relaxation(double bound, double[] values) {
    }

    /**
     * The LP relaxation. With HiGHS: its interior point estimate, bounded rigorously through its
     * duals ({@link SafeBound}), since on the largest models it stalls short of optimality and
     * its crossover takes longer than the branch and bound it replaces. Otherwise the backend's
     * LP optimum.
     */
    private static Relaxation relaxation(LinearModel linear, SolverBackend backend, SolveOptions options) {
        boolean highs = (backend.name().equals("highs") || backend.name().equals("auto"))
                && HighsBackend.unavailableReason().isEmpty();
        if (highs) {
            long begin = System.nanoTime();
            Optional<LpEstimate> estimate = new HighsBackend().relaxationEstimate(linear, options);
            if (estimate.isPresent()) {
                double bound = SafeBound.of(linear, estimate.get().rowDuals());
                LOG.info("kernel search: LP relaxation by HiGHS ({}) in {} s, safe bound from its duals {}",
                        estimate.get().status(), format(estimate.get().seconds()), format(bound));
                return new Relaxation(bound, estimate.get().values());
            }
            // The backend's own LP solve would be the same HiGHS, slower.
            LOG.warn("the LP relaxation gave no estimate in {} s (limit {} s); the bound is all reachable demand",
                    format((System.nanoTime() - begin) / 1e9), format(options.timeLimitSeconds()));
            return new Relaxation(Double.NaN, null);
        }
        SolveResult lp = backend.solve(linear.relaxation(), options);
        LOG.info("kernel search: LP relaxation {} ({}) in {} s", lp.status(), format(lp.objective()), format(lp.seconds()));
        return lp.status() == SolveStatus.OPTIMAL ? new Relaxation(lp.objective(), lp.values())
                : new Relaxation(Double.NaN, null);
    }

    /** The MILP over the sites in {@code keep}; its plan when better than {@code best}, else {@code best}. */
    private static SolveResult restrictedSolve(SitingModel model, boolean[] keep, SolveResult best,
            SolverBackend backend, SolveOptions options, String label) {
        long begin = System.nanoTime();
        RestrictedModel restricted = RestrictedModel.of(model, keep);
        LinearModel small = restricted.model().linearModel();
        SolveResult result = backend.solve(small, options);
        Optional<SolveResult> lifted = restricted.lift(small, result);
        boolean better = lifted.isPresent() && WarmStart.better(model, lifted.get(), best);
        LOG.info("kernel search: {} over {} sites, {}: {} {} (bound {}) in {} s of {}{}", label, restricted.siteCount(),
                small.sizeSummary(), result.status(), format(lifted.map(SolveResult::objective).orElse(Double.NaN)),
                format(result.bound()), format((System.nanoTime() - begin) / 1e9), format(options.timeLimitSeconds()),
                better ? ", the best so far" : "");
        return better ? lifted.get() : best;
    }

    /** Per site, the LP's {@code y_i} plus a small tie-break by the energy it serves there (kWh/day, scaled to below 1e-3). */
    private static double[] lpSiteValues(SitingModel model, double[] lp) {
        int siteCount = model.problem.sites().size();
        double[] value = new double[siteCount];
        double[] energy = new double[siteCount];
        double most = 0;
        for (int i = 0; i < siteCount; i++) {
            for (int column : model.classEnergy[i]) {
                energy[i] += column >= 0 ? lp[column] : 0;
            }
            most = Math.max(most, energy[i]);
        }
        for (int i = 0; i < siteCount; i++) {
            value[i] = lp[model.open[i]] + (most > 0 ? 1e-3 * energy[i] / most : 0);
        }
        return value;
    }

    /**
     * Sites not in the kernel, most promising first: by their value (how often the Lagrangian
     * relaxation opened them, or the LP's {@code y_i}), ties by index (existing sites, always in the
     * kernel, never appear). Without values, by the energy within reach per unit of site cost.
     */
    private static List<Integer> ranked(SitingModel model, double[] siteValue, boolean[] kernel) {
        SitingProblem problem = model.problem;
        int siteCount = problem.sites().size();
        double[] primary = new double[siteCount];
        double[] secondary = new double[siteCount];
        if (siteValue == null) {
            for (int d = 0; d < problem.demand().size(); d++) {
                for (var r : problem.reach().get(d)) {
                    secondary[r.target()] += problem.demand().get(d).energyKwhPerDay();
                }
            }
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            if (kernel[i]) {
                continue;
            }
            others.add(i);
            if (siteValue != null) {
                primary[i] = siteValue[i];
            } else {
                secondary[i] /= Math.max(1, problem.sites().get(i).siteCost() + problem.connectionCost(i));
            }
        }
        others.sort(Comparator.<Integer>comparingDouble(i -> -primary[i]).thenComparingDouble(i -> -secondary[i])
                .thenComparingInt(i -> i));
        return others;
    }

    /** Sites open in a point of {@code model} (existing sites always). */
    static boolean[] openSites(SitingModel model, SolveResult point) {
        boolean[] open = new boolean[model.problem.sites().size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = model.problem.sites().get(i).existing() || point.value(model.open[i]) > 0.5;
        }
        return open;
    }

    static boolean withinGap(SolveResult best, double bound, SolveOptions options) {
        return SolveResult.relativeGap(best.objective(), bound) <= options.relativeGap();
    }

    static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    static SolveOptions limited(SolveOptions options, double seconds) {
        return new SolveOptions(Math.max(1, seconds), options.relativeGap(), options.threads());
    }

    static double seconds(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
