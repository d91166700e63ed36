package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.junit.jupiter.api.Test;

/**
 * A re-plan after the AC check starts from the round before ({@link EarlierRound}): on mid-size
 * instances on the Baran &amp; Wu feeder, with tighter per-bus voltage margins in the second round,
 * the first round's plan re-allocated under the new rows is a plan of the second model, the first
 * round's bound carried over is still at least the second model's exact optimum (HiGHS), and the
 * kernel search's plan from there passes {@link PlanChecker} and never beats that optimum.
 */
class EarlierRoundTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);
    private static final SolveOptions SEARCH = new SolveOptions(120, 1e-6, 1);
    private static final double TIGHTER = 3;

    @Test
    void theSecondRoundStartsFromTheFirstsPlanAndBound() {
        SolverBackend highs = new HighsBackend();
        int repaired = 0;
        for (long seed = 1; seed <= 6; seed++) {
            SitingProblem first = AcMarginsTest.onBaranWuFeeder(KernelSearchTest.midSize(seed), GridMargins.NONE);
            SitingReduction firstReduction = SitingReduction.of(first);
            SitingModel firstModel = SitingModel.build(firstReduction.reduced(), SitingModel.Goal.MAX_SERVED, 0);
            EarlierRound earlier = new EarlierRound();
            SolveResult firstFound = KernelSearch.improve(firstModel,
                    WarmStart.find(firstModel, highs, SEARCH, 60).orElseThrow(), highs, SEARCH, true, earlier);
            Plan firstPlan = firstReduction.expand(firstModel.decode(firstFound));
            earlier.recordPlan(firstPlan, first.margins());

            SitingProblem second = first.withMargins(secondRoundMargins(seed));
            SitingReduction reduction = SitingReduction.of(second);
            SitingModel model = SitingModel.build(reduction.reduced(), SitingModel.Goal.MAX_SERVED, 0);
            SolveResult exact = highs.solve(model.linearModel(), EXACT);
            assertEquals(SolveStatus.OPTIMAL, exact.status(), "seed " + seed);
            double optimum = exact.objective();
            double tolerance = 1e-6 * Math.max(1, optimum);
            assertTrue(earlier.planFor(second).isPresent(), "seed " + seed);
            SolveResult start = WarmStart.evaluate(model, reduction.design(earlier.planFor(second).get()), highs,
                    SEARCH, System.nanoTime() + (long) 60e9).orElseThrow();
            repaired += start.objective() < firstFound.objective() - tolerance ? 1 : 0;
            SolveResult found = KernelSearch.improve(model, start, highs, SEARCH, true, earlier);

            String context = "seed " + seed + ": first round " + firstFound.objective() + " (bound "
                    + firstFound.bound() + "), second optimum " + optimum + ", start " + start.objective()
                    + ", found " + found.objective() + ", bound " + found.bound();
            assertEquals(firstFound.bound(), found.bound(), 0, "the first round's bound is carried; " + context);
            assertTrue(found.bound() >= optimum - tolerance, "the carried bound is below the optimum; " + context);
            assertTrue(found.objective() <= optimum + tolerance, "the plan beats the optimum; " + context);
            assertTrue(found.objective() >= start.objective() - tolerance, "worse than its start; " + context);
            Plan plan = reduction.expand(model.decode(found));
            assertTrue(PlanChecker.check(second, plan).isEmpty(), context + ": " + PlanChecker.check(second, plan));
            assertEquals(found.objective(), PlanMetrics.of(second, plan).totalServedKwh(), tolerance, context);
        }
        assertTrue(repaired > 0, "in some instance the tighter margins cut what the first plan serves");
    }

    /**
     * Per-bus margins tighter than the AC check's for seeded charging ({@link
     * AcMarginsTest#raisedMargins}), {@value #TIGHTER} times them, so that in some instance they cut
     * what the first plan serves (the instances' first plans pass the AC check themselves).
     */
    private static GridMargins secondRoundMargins(long seed) {
        Map<String, double[]> perBus = AcMarginsTest.raisedMargins(seed).busVoltagePu();
        perBus.replaceAll((bus, hours) -> Arrays.stream(hours).map(m -> TIGHTER * m).toArray());
        return new GridMargins(0, 0, perBus);
    }

    @Test
    void onlyAProblemAtLeastAsTightUsesTheRoundBefore() {
        SitingProblem tight = AcMarginsTest.onBaranWuFeeder(KernelSearchTest.midSize(1), AcMarginsTest.raisedMargins(1));
        SitingProblem loose = tight.withMargins(GridMargins.NONE);
        EarlierRound earlier = new EarlierRound();
        assertFalse(earlier.planFor(tight).isPresent(), "nothing recorded yet");
        Plan plan = SitingSolver.solve(tight, new HighsBackend(), EXACT).plan().orElseThrow();
        earlier.recordPlan(plan, tight.margins());
        earlier.recordRelaxation(1234, new double[tight.sites().size()], tight.margins());
        assertTrue(earlier.planFor(tight).isPresent());
        assertTrue(earlier.relaxationFor(tight, tight.sites().size()).isPresent());
        assertFalse(earlier.planFor(loose).isPresent(), "a looser model is not a restriction of the one before");
        assertFalse(earlier.relaxationFor(loose, tight.sites().size()).isPresent());
        assertFalse(earlier.relaxationFor(tight, tight.sites().size() + 1).isPresent(), "another site count");
        GridMargins tighter = new GridMargins(tight.margins().largestVoltagePu(), 0.01, tight.margins().busVoltagePu());
        assertTrue(earlier.planFor(tight.withMargins(tighter)).isPresent(), "a tighter one is");
        assertTrue(earlier.relaxationFor(tight.withMargins(tighter), tight.sites().size()).isPresent());
        double[] scores = earlier.relaxationFor(tight, tight.sites().size()).get().siteScore();
        scores[0] = 99;
        assertEquals(0, earlier.relaxationFor(tight, tight.sites().size()).get().siteScore()[0], 0, "a copy");
    }
}
