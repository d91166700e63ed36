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
        assertEquals(exact.objective(), model.linearModel().objectiveValue(found), 1e-6 * exact.objective(), "seed " + seed);
        SolveResult point = new SolveResult(SolveStatus.FEASIBLE, exact.objective(), Double.NaN, Double.NaN, found, "highs", 0);
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
        SolveResult start = new HighsBackend().solve(SitingModel.build(half, SitingModel.Goal.MAX_SERVED, 0).linearModel(),
                EXACT);
        assertEquals(SolveStatus.OPTIMAL, start.status(), "seed " + seed);
        assertTrue(SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0).linearModel().satisfies(start.values(), 1e-6),
                "seed " + seed + ": the half-budget plan breaks the full model");
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
