package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Region search against the exact optimum (HiGHS on the whole model, gap 1e-9) of seeded
 * mid-size instances: started from the optimum at half the budget (a feasible plan at the full
 * budget), it never gets worse, never beats the optimum, and its plan passes the checker, also
 * with two regions solved side by side; a region holding every site reaches the optimum itself.
 */
class RegionSearchTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void smallRegionsImproveAFeasiblePlanAndStayFeasible(long seed) {
        Run run = run(seed, 6, EXACT);
        assertTrue(run.found >= run.start - 1e-6, "got worse; " + run);
        assertTrue(run.found <= run.optimum + 1e-6 * run.optimum, "beats the optimum; " + run);
        assertTrue(run.found > run.start + 1e-6, "no region improved the half-budget plan; " + run);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void twoRegionsSideBySideImproveAndStayFeasible(long seed) {
        Run run = run(seed, 6, new SolveOptions(120, 1e-9, 2));
        assertTrue(run.found >= run.start - 1e-6, "got worse; " + run);
        assertTrue(run.found <= run.optimum + 1e-6 * run.optimum, "beats the optimum; " + run);
        assertTrue(run.found > run.start + 1e-6, "no region improved the half-budget plan; " + run);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void twoRegionsSolvedFromTheSamePlanFitTogether(long seed) {
        SitingProblem problem = KernelSearchTest.midSize(seed);
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        SolveResult start = halfBudgetOptimum(problem, seed);
        boolean[] every = new boolean[problem.sites().size()];
        java.util.Arrays.fill(every, true);
        List<int[]> halves = RegionSearch.regions(model, every, (every.length + 1) / 2);
        assertEquals(2, halves.size(), "seed " + seed);
        int[][] siteColumns = RegionSearch.siteColumns(model);
        double[] shares = RegionSearch.slackShares(model.linearModel(), siteColumns, halves);
        HighsBackend highs = new HighsBackend();
        double[] first = RegionSearch.regionPoint(model, siteColumns, halves.get(0), start, highs, EXACT, "first",
                shares);
        double[] second = RegionSearch.regionPoint(model, siteColumns, halves.get(1), start, highs, EXACT, "second",
                shares);
        double[] together = start.values().clone();
        for (int h = 0; h < 2; h++) {
            double[] point = h == 0 ? first : second;
            for (int i : halves.get(h)) {
                for (int column : siteColumns[i]) {
                    together[column] = point == null ? together[column] : point[column];
                }
            }
        }
        assertTrue(first != null || second != null, "seed " + seed + ": neither half improved the half-budget plan");
        assertTrue(model.linearModel().satisfies(together, 1e-6),
                "seed " + seed + ": the two halves do not fit together");
    }

    @Test
    void siteColumnsAreDisjointAndHoldEverySiteDecision() {
        SitingModel model = SitingModel.build(KernelSearchTest.midSize(2), SitingModel.Goal.MAX_SERVED, 0);
        int[][] siteColumns = RegionSearch.siteColumns(model);
        int[] owner = new int[model.linearModel().columnCount()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < siteColumns.length; i++) {
            for (int column : siteColumns[i]) {
                assertEquals(-1, owner[column], "column " + model.linearModel().columnName(column) + " in two sites");
                owner[column] = i;
            }
            assertEquals(i, owner[model.open[i]]);
            for (int column : model.chargers[i]) {
                assertEquals(i, owner[column]);
            }
        }
        for (int d = 0; d < model.share.length; d++) {
            for (int p = 0; p < model.share[d].length; p++) {
                assertEquals(model.problem.reach().get(d).get(p).target(), owner[model.share[d][p]]);
            }
        }
        for (int j = 0; j < owner.length; j++) {
            assertTrue(owner[j] >= 0, "column " + model.linearModel().columnName(j) + " belongs to no site");
        }
    }

    @Test
    void sideBySideOrderIsAPermutationTakingOneFromEachHalf() {
        List<int[]> regions = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            regions.add(new int[] {r});
        }
        List<int[]> order = RegionSearch.pairedFarApart(regions, 2);
        assertEquals(List.of(0, 4, 1, 5, 2, 6, 3), order.stream().map(region -> region[0]).toList());
        assertEquals(regions, RegionSearch.pairedFarApart(regions, 1));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aRegionOfEverySiteReachesTheOptimum(long seed) {
        SitingProblem problem = KernelSearchTest.midSize(seed);
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        HighsBackend highs = new HighsBackend();
        SolveResult exact = highs.solve(model.linearModel(), EXACT);
        SolveResult start = halfBudgetOptimum(problem, seed);
        int[] everySite = java.util.stream.IntStream.range(0, problem.sites().size()).toArray();
        double[] found = RegionSearch.regionPoint(model, RegionSearch.siteColumns(model), everySite, start, highs,
                EXACT, "every site", null);
        assertEquals(exact.objective(), model.linearModel().objectiveValue(found), 1e-6 * exact.objective(),
                "seed " + seed);
        SolveResult point = new SolveResult(SolveStatus.FEASIBLE, exact.objective(), Double.NaN, Double.NaN, found,
                "highs", 0);
        assertTrue(PlanChecker.check(problem, model.decode(point)).isEmpty(), "seed " + seed);
    }

    @Test
    void regionsCutThePoolIntoPiecesOfAtMostTheirSize() {
        SitingModel model = SitingModel.build(KernelSearchTest.midSize(4), SitingModel.Goal.MAX_SERVED, 0);
        int siteCount = model.problem.sites().size();
        boolean[] pool = new boolean[siteCount];
        for (int i = 0; i < siteCount; i += 1 + i % 2) {
            pool[i] = true;
        }
        List<int[]> regions = RegionSearch.regions(model, pool, 5);
        int[] seen = new int[siteCount];
        for (int[] region : regions) {
            assertTrue(region.length >= 1 && region.length <= 5, "region of " + region.length);
            for (int i : region) {
                seen[i]++;
            }
        }
        for (int i = 0; i < siteCount; i++) {
            assertEquals(pool[i] ? 1 : 0, seen[i], "site " + i);
        }
    }

    private record Run(long seed, double start, double found, double optimum) {
    }

    /**
     * The optimum at half the budget: the same columns and rows, only the budget row's bound
     * differs, so its point is a feasible plan of the full model.
     */
    private static SolveResult halfBudgetOptimum(SitingProblem problem, long seed) {
        Objective full = problem.objective();
        SitingProblem half = new SitingProblem(problem.sites(), problem.demand(), problem.reach(),
                problem.chargerTypes(), problem.profiles(), problem.feeder(),
                new Objective(full.kind(), full.budget() / 2, full.coverageTarget(), full.maxNewStations()), true);
        SolveResult start = new HighsBackend()
                .solve(SitingModel.build(half, SitingModel.Goal.MAX_SERVED, 0).linearModel(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, start.status(), "seed " + seed);
        assertTrue(SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0).linearModel()
                .satisfies(start.values(), 1e-6), "seed " + seed + ": the half-budget plan breaks the full model");
        return start;
    }

    private static Run run(long seed, int regionSites, SolveOptions options) {
        SitingProblem problem = KernelSearchTest.midSize(seed);
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        HighsBackend highs = new HighsBackend();
        SolveResult exact = highs.solve(model.linearModel(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, exact.status(), "seed " + seed);
        SolveResult start = halfBudgetOptimum(problem, seed);
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < problem.sites().size(); i++) {
            ranked.add(i);
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        SolveResult found = RegionSearch.improve(model, start, ranked, exact.objective(), highs, options, deadline,
                regionSites);
        Run run = new Run(seed, start.objective(), found.objective(), exact.objective());
        System.out.println(run);
        assertTrue(model.linearModel().satisfies(found.values(), 1e-6), run.toString());
        Plan plan = model.decode(found);
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), run + ": " + PlanChecker.check(problem, plan));
        return run;
    }
}
