package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Lagrangian bound is a bound: never below the exact optimum (HiGHS, gap 1e-9) on seeded
 * instances with two demand classes, transformer rows, a budget or a station count, and existing
 * sites; and it is tighter than the LP relaxation on the mid-size instances, where the sites'
 * integer chargers matter. Its heuristic designs (at the bound and at the last step) are feasible plans.
 */
class LagrangianBoundTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void boundsTheOptimumAndBeatsTheLp(long seed) {
        SitingProblem problem = KernelSearchTest.midSize(seed);
        Check check = check(problem, seed);
        assertTrue(check.bound <= check.lp + 1e-6 * check.lp, "seed " + seed + ": the bound is above the LP's; " + check);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void boundsTheOptimumWithAStationCountAndNoBudget(long seed) {
        SitingProblem base = KernelSearchTest.midSize(seed);
        SitingProblem problem = new SitingProblem(base.sites(), base.demand(), base.reach(), base.chargerTypes(),
                base.profiles(), base.feeder(), new Objective(Objective.Kind.MAX_COVERAGE, Double.POSITIVE_INFINITY, 0, 3),
                true);
        check(problem, seed);
    }

    @Test
    void boundsTheOptimumOfTinyInstancesWithExistingSites() {
        int covered = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MAX_COVERAGE);
            if (LagrangianBound.of(SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0)).isPresent()) {
                check(problem, seed);
                covered++;
            }
        }
        assertTrue(covered >= 30, "the bound applied to only " + covered + " of 40 instances");
    }

    @Test
    void refusesWhatItDoesNotCover() {
        SitingProblem problem = KernelSearchTest.midSize(1);
        assertTrue(LagrangianBound.of(SitingModel.build(problem, SitingModel.Goal.MIN_COST, 100)).isEmpty(),
                "the cheapest-plan goal");
        SitingProblem withStorage = RandomInstances.generate(1, Objective.Kind.MAX_COVERAGE)
                .withInvestment(StorageRandomTest.investment(1));
        assertTrue(LagrangianBound.of(SitingModel.build(withStorage, SitingModel.Goal.MAX_SERVED, 0)).isEmpty(),
                "storage and upgrades");
    }

    private record Check(double optimum, double lp, double bound, double design) {
    }

    /** Bound ≥ optimum ≥ the heuristic design's plan, which passes the checker. */
    private static Check check(SitingProblem problem, long seed) {
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        HighsBackend highs = new HighsBackend();
        SolveResult exact = highs.solve(model.linearModel(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, exact.status(), "seed " + seed);
        double lp = highs.solve(model.linearModel().relaxation(), EXACT).objective();
        LagrangianBound relaxation = LagrangianBound.of(model).orElseThrow();
        LagrangianBound.Outcome outcome = relaxation.run(0.95 * exact.objective(), 30, 0); // Polyak's target: a plan 5 % short
        double optimum = exact.objective();
        double tolerance = 1e-6 * Math.max(1, optimum);
        Optional<SolveResult> found = LagrangianHeuristic.designPlan(model, outcome.chargers(), highs, EXACT);
        Check check = new Check(optimum, lp, outcome.bound(), found.map(SolveResult::objective).orElse(Double.NaN));
        String context = "seed " + seed + ": " + check + " after " + outcome.steps() + " steps";
        System.out.println(context);
        assertTrue(outcome.bound() >= optimum - tolerance, "the bound is below the optimum; " + context);
        Optional<SolveResult> last = LagrangianHeuristic.designPlan(model, outcome.lastChargers(), highs, EXACT);
        for (SolveResult design : java.util.stream.Stream.of(found, last).flatMap(Optional::stream).toList()) {
            assertTrue(design.objective() <= optimum + tolerance, context + "; a design serves " + design.objective());
            Plan plan = model.decode(design);
            assertTrue(PlanChecker.check(problem, plan).isEmpty(), context + ": " + PlanChecker.check(problem, plan));
        }
        return check;
    }
}
