package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chargeplan.report.Summary;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.siting.SitingSolver;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Sioux Falls sample gives the figures stated in maps/sioux-falls/README.md, and its
 * transformer limits change the plan.
 */
class SiouxFallsSampleTest {

    private static final SolveOptions OPTIONS = new SolveOptions(120, 1e-4, 1);
    private static Study study;

    @BeforeAll
    static void load() {
        study = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml")));
    }

    @Test
    void inputsMatchThePublishedFigures() {
        assertEquals(24, study.roads().nodeCount());
        assertEquals(76, study.roads().links().size());
        // 360,600 OD units × 10 trips × 3 % EVs × 0.15 kWh
        assertEquals(16_227.0, study.problem().totalDemandKwh(), 1e-6);
        assertEquals(33, study.feeder().orElseThrow().buses().size());
        assertEquals(32, study.feeder().orElseThrow().transformers().size());
    }

    @Test
    void withGridLimitsTheEveningPeakBindsAtT2AndTheAcVoltagesHold() {
        AcCheckedPlanner.Outcome outcome = AcCheckedPlanner.plan(study.problem(), new HighsBackend(), OPTIONS);
        SitingResult result = outcome.result();
        assertEquals(SolveStatus.OPTIMAL, result.status());
        PlanMetrics metrics = PlanMetrics.of(outcome.problem(), result.plan().orElseThrow());
        assertTrue(PlanChecker.check(study.problem(), metrics.plan()).isEmpty());

        assertEquals(12_034.4, metrics.totalServedKwh(), 0.1, "served kWh/day (README)");
        assertEquals(0.742, metrics.servedShare(), 0.0005, "served share (README)");
        assertEquals(1_200_000, metrics.totalCost(), 0.5, "capital cost (README)");
        assertEquals(9, metrics.plan().openSiteCount(), "sites (README)");

        int t2 = transformerIndex("T2");
        assertEquals(100.0, metrics.transformerLoadingPct(t2, 18), 0.01, "T2 is at its limit at 18:00 (README)");
        List<?> binding = (List<?>) Summary.of(study, outcome, metrics).get("binding_transformers");
        assertTrue(binding.toString().contains("T2"), "summary lists T2 as binding: " + binding);

        assertTrue(outcome.acFeasible(), "the AC check accepts the final plan");
        assertTrue(outcome.rounds() > 1, "LinDistFlow with base load's own losses was still too optimistic here (README says how many rounds)");
        var impact = outcome.impact().orElseThrow();
        assertTrue(impact.minVoltagePu(impact.minVoltageBus()) >= 0.9 - 1e-4,
                "AC minimum voltage " + impact.minVoltagePu(impact.minVoltageBus()));
    }

    @Test
    void withoutGridLimitsThePlanServesMoreAndOverloadsTransformers() {
        SitingProblem unconstrained = study.problem().withGridLimits(false);
        SitingResult result = SitingSolver.solve(unconstrained, new HighsBackend(), OPTIONS);
        assertEquals(SolveStatus.OPTIMAL, result.status());
        PlanMetrics metrics = PlanMetrics.of(unconstrained, result.plan().orElseThrow());

        assertEquals(14_913.5, metrics.totalServedKwh(), 0.1, "served kWh/day without grid limits (README)");
        double peak = 0;
        for (int m = 0; m < study.feeder().orElseThrow().transformers().size(); m++) {
            peak = Math.max(peak, metrics.transformerPeakLoadingPct(m));
        }
        assertTrue(peak > 100, "some transformer is overloaded without limits: " + peak);
        var families = PlanChecker.check(study.problem(), metrics.plan()).stream()
                .map(PlanChecker.Violation::family).distinct().toList();
        assertTrue(families.contains("transformer") && families.contains("voltage"),
                "the unconstrained plan breaks the transformer and voltage limits: " + families);
    }

    private static int transformerIndex(String id) {
        var transformers = study.feeder().orElseThrow().transformers();
        for (int m = 0; m < transformers.size(); m++) {
            if (transformers.get(m).id().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no transformer " + id);
    }
}
