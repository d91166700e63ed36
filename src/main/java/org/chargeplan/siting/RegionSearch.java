package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.chargeplan.solve.SubModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restricted MILPs by region, for kernels too large for one MILP: a large neighbourhood search
 * (Shaw 1998) whose neighbourhoods are places. The kernel (the best plan's open sites and as many
 * of the best-ranked others) is cut by recursive coordinate bisection into regions of at most
 * {@value #REGION_SITES} sites; each region in turn gets a MILP over its own sites' columns
 * (opening, chargers, the shares of the demand they serve), with every other column fixed at the
 * best plan ({@link SubModel}). A region can thus move sites, chargers and demand among its own
 * sites, and spend what the budget has left or what it frees; the rest of the city, its demand
 * already served elsewhere, its transformer and feeder loads, stays as it is. A region's plan is
 * checked against every row of the whole model and kept when it is better (serves more, or in
 * the cheapest-plan phase costs less). Sweeps repeat with
 * the next-ranked sites until the plan is within the gap of the bound, the time is spent, or a
 * sweep with no new site gains nothing.
 *
 * <p>Regions follow the geography because a site's columns only meet other sites' in the rows of
 * the demand it reaches (minutes away), of its transformer and feeder, and the budget: a region
 * of neighbouring sites holds most of the trade-offs a change involves. With two threads or more,
 * two regions from opposite halves of the kernel are solved side by side, each allowed half of
 * the room the plan leaves on every row both enter, so that their plans always fit together.
 *
 * <p>The region size was chosen on the 100,000-point city ({@code benchmarks/results/city-scale.md},
 * fourth section): regions of 20 sites solve quickly but cannot make the larger moves; regions of
 * 80 sites (the 640-site kernel halved three times) gain the most per sweep and HiGHS still
 * proves most of them optimal within their share of the time. Results depend on the solver's
 * time limits, so on the machine's speed; each region's solve is logged.
 */
final class RegionSearch {

    private static final Logger LOG = LoggerFactory.getLogger(RegionSearch.class);

    /** Most sites in one region's MILP. */
    static final int REGION_SITES = 128;
    /** Most region MILPs solved side by side (when the options allow as many threads). */
    static final int PARALLEL = 2;
    /** Fewest seconds worth starting one more region's MILP with. */
    private static final double MIN_SECONDS = 3;

    private RegionSearch() {
    }

    /**
     * The best plan found from {@code best} by region MILPs over {@code best}'s open sites and the
     * sites of {@code ranked} (most promising first), until {@code deadline} (System.nanoTime) or
     * until within the options' gap of {@code bound}.
     */
    static SolveResult improve(SitingModel model, SolveResult best, List<Integer> ranked, double bound,
            SolverBackend backend, SolveOptions options, long deadline) {
        return improve(model, best, ranked, bound, backend, options, deadline, REGION_SITES);
    }

    /**
     * As {@link #improve(SitingModel, SolveResult, List, double, SolverBackend, SolveOptions, long)},
     * with regions of at most {@code regionSites}.
     */
    static SolveResult improve(SitingModel model, SolveResult best, List<Integer> ranked, double bound,
            SolverBackend backend, SolveOptions options, long deadline, int regionSites) {
        int[][] siteColumns = siteColumns(model);
        int parallel = Math.min(PARALLEL, options.threads());
        ExecutorService workers = Executors.newFixedThreadPool(parallel, task -> {
            Thread thread = new Thread(task, "region-search");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return sweeps(model, best, ranked, bound, backend, options, deadline, regionSites, siteColumns, parallel,
                    workers);
        } finally {
            // Normally every solve has been waited for; after a failure, let a running one finish
            // (within its own time limit) before going on.
            workers.shutdown();
            try {
                workers.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SolveResult sweeps(SitingModel model, SolveResult best, List<Integer> ranked, double bound,
            SolverBackend backend, SolveOptions options, long deadline, int regionSites, int[][] siteColumns,
            int parallel, ExecutorService workers) {
        int siteCount = siteColumns.length;
        boolean[] tried = new boolean[siteCount];
        int sweep = 0;
        while (!KernelSearch.withinGap(best, bound, options) && KernelSearch.seconds(deadline) >= MIN_SECONDS) {
            boolean[] pool = KernelSearch.openSites(model, best);
            int fresh = addRanked(pool, ranked, tried, Math.max(1, KernelSearch.count(pool)));
            sweep++;
            List<int[]> regions = pairedFarApart(regions(model, pool, regionSites), parallel);
            double before = best.objective();
            for (int r = 0; r < regions.size() && !KernelSearch.withinGap(best, bound, options); r += parallel) {
                double left = KernelSearch.seconds(deadline);
                if (left < MIN_SECONDS) {
                    break;
                }
                // The first sweep keeps half the time for the next ones.
                int slots = (regions.size() - r + (sweep == 1 ? regions.size() : 0) + parallel - 1) / parallel;
                SolveOptions each = new SolveOptions(Math.max(MIN_SECONDS, left / slots), options.relativeGap(),
                        Math.max(1, options.threads() / parallel));
                List<int[]> batch = regions.subList(r, Math.min(regions.size(), r + parallel));
                double[] shares = slackShares(model.linearModel(), siteColumns, batch);
                List<Future<double[]>> running = new ArrayList<>();
                for (int q = 0; q < batch.size(); q++) {
                    int[] region = batch.get(q);
                    SolveResult from = best;
                    String label = "sweep " + sweep + " region " + (r + q + 1) + "/" + regions.size();
                    running.add(workers.submit(() -> guarded(label,
                            () -> regionPoint(model, siteColumns, region, from, backend, each, label, shares))));
                }
                for (int q = 0; q < running.size(); q++) {
                    best = merged(model, siteColumns, regions.get(r + q), best, outcome(running.get(q)));
                }
            }
            LOG.info("region search: sweep {} over {} regions, {} sites ({} not tried before): {} -> {}", sweep,
                    regions.size(), KernelSearch.count(pool), fresh, KernelSearch.format(before),
                    KernelSearch.format(best.objective()));
            if (fresh == 0 && best.objective() == before) {
                break; // nothing new to try and nothing gained
            }
        }
        return best;
    }

    /**
     * Adds to {@code pool} up to {@code wanted} sites of {@code ranked} not in it, first those not
     * tried before, then (once the ranking is used up) the best-ranked again; returns how many of
     * them had not been tried, and marks all of them tried.
     */
    private static int addRanked(boolean[] pool, List<Integer> ranked, boolean[] tried, int wanted) {
        int added = 0;
        int fresh = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < ranked.size() && added < wanted; k++) {
                int i = ranked.get(k);
                if (!pool[i] && (pass == 1 || !tried[i])) {
                    pool[i] = true;
                    fresh += tried[i] ? 0 : 1;
                    tried[i] = true;
                    added++;
                }
            }
        }
        return fresh;
    }

    /**
     * The MILP over the sites of one region ({@code siteColumns} from {@link #siteColumns}), the
     * rest fixed at {@code best}, each row left the share {@code slackShares} gives it of the room
     * {@code best} leaves (null: all): its solution as a point of the whole model that meets every
     * row and is better than {@code best}, else null.
     */
    static double[] regionPoint(SitingModel model, int[][] siteColumns, int[] region, SolveResult best,
            SolverBackend backend, SolveOptions options, String label, double[] slackShares) {
        long begin = System.nanoTime();
        LinearModel whole = model.linearModel();
        SubModel sub = SubModel.of(whole, freeColumns(whole, siteColumns, region), best.values(), slackShares);
        LinearModel small = sub.model();
        SolveResult result = backend.solve(small, options);
        double[] point = result.status().hasSolution() ? sub.lift(result.values()) : null;
        double objective = point != null && whole.satisfies(point, 1e-6) ? whole.objectiveValue(point) : Double.NaN;
        boolean better = WarmStart.better(model, withObjective(objective, point, best), best);
        LOG.info("region search: {}, {} sites, {}: {} {} in {} s of {}{}", label, region.length, small.sizeSummary(),
                result.status(), KernelSearch.format(objective), KernelSearch.format((System.nanoTime() - begin) / 1e9),
                KernelSearch.format(options.timeLimitSeconds()), better ? ", better than its start" : "");
        return better ? point : null;
    }

    /**
     * {@code best} with the region's columns taken from {@code point} (a region's solution, found
     * from {@code best} or from an earlier best), when that meets every row of the model and is
     * better; else {@code best}. Regions solved side by side from the same plan are merged so,
     * one after the other; each had its share of every row they both enter (the budget, a shared
     * feeder's voltage), so they fit, and the check makes sure.
     */
    private static SolveResult merged(SitingModel model, int[][] siteColumns, int[] region, SolveResult best,
            double[] point) {
        if (point == null) {
            return best;
        }
        LinearModel whole = model.linearModel();
        double[] values = best.values().clone();
        for (int i : region) {
            for (int column : siteColumns[i]) {
                values[column] = point[column];
            }
        }
        if (!whole.satisfies(values, 1e-6)) {
            LOG.info("region search: a region's plan no longer fits beside the one solved with it; left out");
            return best;
        }
        SolveResult candidate = withObjective(whole.objectiveValue(values), values, best);
        return WarmStart.better(model, candidate, best) ? candidate : best;
    }

    private static SolveResult withObjective(double objective, double[] values, SolveResult like) {
        return new SolveResult(SolveStatus.FEASIBLE, Double.isNaN(objective) ? like.objective() : objective,
                Double.NaN, Double.NaN, values == null ? like.values() : values, like.solver(), like.seconds());
    }

    /**
     * Per row of the model, the share of its room each region of {@code batch} (solved side by
     * side) may use: 1 where at most one of them enters it (its demand, its transformer), one over
     * their number where several do (the budget, a shared feeder's voltage); null for a batch of
     * one. With these shares their solutions fit together (see {@link SubModel}).
     */
    static double[] slackShares(LinearModel whole, int[][] siteColumns, List<int[]> batch) {
        if (batch.size() < 2) {
            return null;
        }
        List<boolean[]> frees = new ArrayList<>();
        for (int[] region : batch) {
            frees.add(freeColumns(whole, siteColumns, region));
        }
        double[] shares = new double[whole.rowCount()];
        for (int r = 0; r < shares.length; r++) {
            int entering = 0;
            for (boolean[] free : frees) {
                for (int k = whole.rowStart(r); k < whole.rowEnd(r); k++) {
                    if (free[whole.entryColumn(k)]) {
                        entering++;
                        break;
                    }
                }
            }
            shares[r] = entering <= 1 ? 1 : 1.0 / entering;
        }
        return shares;
    }

    private static boolean[] freeColumns(LinearModel whole, int[][] siteColumns, int[] region) {
        boolean[] free = new boolean[whole.columnCount()];
        for (int i : region) {
            for (int column : siteColumns[i]) {
                free[column] = true;
            }
        }
        return free;
    }

    /** A region's solve whose failure (a solver error) costs only that region: logged, no plan. */
    private static double[] guarded(String label, java.util.function.Supplier<double[]> solve) {
        try {
            return solve.get();
        } catch (RuntimeException e) {
            LOG.warn("region search: {} failed ({}); the plan stays as it was", label, e.toString());
            return null;
        }
    }

    private static double[] outcome(Future<double[]> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("region search interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The regions reordered so that each group of {@code parallel} consecutive ones are far apart:
     * bisection lists neighbours next to each other, so the groups take one from each part.
     */
    static List<int[]> pairedFarApart(List<int[]> regions, int parallel) {
        if (parallel < 2) {
            return regions;
        }
        List<int[]> order = new ArrayList<>();
        int part = (regions.size() + parallel - 1) / parallel;
        for (int k = 0; k < part; k++) {
            for (int p = 0; p < parallel; p++) {
                if (p * part + k < regions.size()) {
                    order.add(regions.get(p * part + k));
                }
            }
        }
        return order;
    }

    /**
     * The sites of {@code pool} cut into regions of at most {@code regionSites}: halved at the
     * median of the longer side of their bounding box (in degrees, the longitude scaled by the
     * cosine of the latitude), ties by index, until small enough.
     */
    static List<int[]> regions(SitingModel model, boolean[] pool, int regionSites) {
        List<Integer> sites = new ArrayList<>();
        for (int i = 0; i < pool.length; i++) {
            if (pool[i]) {
                sites.add(i);
            }
        }
        List<int[]> regions = new ArrayList<>();
        bisect(model.problem.sites(), sites, regionSites, regions);
        return regions;
    }

    private static void bisect(List<Site> all, List<Integer> sites, int most, List<int[]> out) {
        if (sites.size() <= most) {
            if (!sites.isEmpty()) {
                out.add(sites.stream().mapToInt(Integer::intValue).toArray());
            }
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i : sites) {
            double x = x(all.get(i));
            double y = all.get(i).position().lat();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        boolean alongX = maxX - minX >= maxY - minY;
        List<Integer> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.<Integer>comparingDouble(i -> alongX ? x(all.get(i)) : all.get(i).position().lat())
                .thenComparingInt(i -> i));
        int half = sorted.size() / 2;
        bisect(all, sorted.subList(0, half), most, out);
        bisect(all, sorted.subList(half, sorted.size()), most, out);
    }

    /** East–west position in degrees of latitude's length. */
    private static double x(Site site) {
        return site.position().lon() * Math.cos(Math.toRadians(site.position().lat()));
    }

    /**
     * Per site, every column that belongs to it: opening, chargers, class energies, storage, peak
     * draw, and the shares of the demand it serves.
     */
    static int[][] siteColumns(SitingModel model) {
        int siteCount = model.problem.sites().size();
        List<List<Integer>> columns = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            List<Integer> own = new ArrayList<>();
            own.add(model.open[i]);
            for (int column : model.chargers[i]) {
                own.add(column);
            }
            addValid(own, model.classEnergy[i]);
            addValid(own, new int[] {model.storageEnergy[i], model.storagePower[i], model.peakDraw[i]});
            int[][] storage = {model.storageCharge[i], model.storageDischarge[i], model.storageLevel[i]};
            for (int[] series : storage) {
                if (series != null) {
                    addValid(own, series);
                }
            }
            columns.add(own);
        }
        for (int d = 0; d < model.share.length; d++) {
            List<org.chargeplan.road.ReachSets.Reach> reach = model.problem.reach().get(d);
            for (int p = 0; p < reach.size(); p++) {
                columns.get(reach.get(p).target()).add(model.share[d][p]);
            }
        }
        int[][] result = new int[siteCount][];
        for (int i = 0; i < siteCount; i++) {
            result[i] = columns.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private static void addValid(List<Integer> to, int[] columns) {
        for (int column : columns) {
            if (column >= 0) {
                to.add(column);
            }
        }
    }
}
