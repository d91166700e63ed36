package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.siting.SitingSolver;
import org.chargeplan.solve.OjAlgoBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * A solve cut short by its time limit never claims optimality: the pure-Java backend needs about a
 * minute to prove the sample optimal, so with 2 seconds it must say FEASIBLE (with a bound and a
 * gap) or TIME_LIMIT.
 */
class TimeLimitHonestyTest {

    @Test
    void aTimeLimitedRunIsNotReportedOptimal() {
        Study study = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml")));
        SitingResult result = SitingSolver.solve(study.problem(), new OjAlgoBackend(), new SolveOptions(2, 1e-4, 1));

        assertNotEquals(SolveStatus.OPTIMAL, result.status());
        assertTrue(result.status() == SolveStatus.FEASIBLE || result.status() == SolveStatus.TIME_LIMIT,
                "status " + result.status());
        if (result.status() == SolveStatus.FEASIBLE) {
            assertTrue(result.gap() > 0, "a feasible, unproven plan reports a positive gap: " + result.gap());
            assertTrue(result.bound() >= result.objective(), "the bound of a maximisation is above the objective");
            assertTrue(PlanChecker.check(study.problem(), result.plan().orElseThrow()).isEmpty());
        }
    }
}
