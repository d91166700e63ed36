package org.chargeplan.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import org.junit.jupiter.api.Test;

/**
 * The front of the shipped Sioux Falls sample (5 points, HiGHS, the sample's gap): monotone, every
 * point passes the plan checker at its own target and the AC check, and its ends are the figures
 * in maps/sioux-falls/README.md: the max-coverage plan (74.2 % for 1,200,000) and what the existing
 * station S10 serves with nothing new (3.8 % for nothing, T2's evening headroom).
 */
class ParetoSiouxFallsTest {

    @Test
    void frontIsMonotoneCheckedAndEndsAtTheSamplesFigures() {
        Study study = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml")));
        ParetoFront front = ParetoSweep.run(study.problem(), 5, new HighsBackend(), new SolveOptions(120, 1e-4, 1));

        FrontAssertions.assertCheckedAndMonotone(study.problem(), front, "Sioux Falls sample");
        List<ParetoPoint> points = front.points();
        assertEquals(5, points.size());
        for (ParetoPoint p : points) {
            assertTrue(p.outcome().acFeasible(), "point " + p.point() + " passes the AC power-flow check");
        }
        assertEquals(0.742, points.get(4).servedShare(), 0.0005, "upper end: served share (README)");
        assertEquals(1_200_000, points.get(4).totalCost(), 0.5, "upper end: capital cost (README)");
        assertEquals(0, points.get(0).totalCost(), 1e-9, "lower end: nothing new is bought");
        // Hand computation (README): S10 sits on transformer T2, whose limit 160 kVA × 0.95 = 152 kW
        // holds 100 kW of base load at 18:00, when the profile puts 6.8/81 of a day's charging; so S10
        // can serve at most 52 × 81 / 6.8 = 619.41 kWh/day (its four chargers would allow 838.6).
        assertEquals(52 * 81 / 6.8, points.get(0).servedKwhPerDay(), 1e-3, "lower end: S10 alone, capped by T2");
    }
}
