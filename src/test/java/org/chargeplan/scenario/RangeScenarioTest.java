package org.chargeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code range} section and {@code objective.stations} as written in the sample files. */
class RangeScenarioTest {

    @Test
    void readsTheRangeSample() {
        Scenario scenario = ScenarioReader.read(Path.of("maps/sioux-falls/range.yaml"));
        RangeSource range = scenario.range().orElseThrow();
        assertEquals(DemandSource.Kind.NONE, scenario.demand().kind(), "no point demand");
        assertEquals("od.csv", range.odFile().getFileName().toString());
        assertEquals(10, range.tripsPerOdUnit());
        assertEquals(0.03, range.evShare());
        assertEquals(10, range.rangeKm());
        assertEquals(0.5, range.initialChargeShare());
        assertEquals(0, range.reserveKm());
        assertTrue(range.roundTrip());
        assertEquals(1, range.weightPerTrip(), "default weight");
        assertTrue(range.kwhPerKm().isEmpty(), "uncapacitated");
        assertEquals("public", range.demandClass());
        assertEquals(4, scenario.objective().maxNewStations());
        assertTrue(Double.isInfinite(scenario.objective().budget()));
    }

    @Test
    void thePointDemandSampleHasNoRangeAndNoStationLimit() {
        Scenario scenario = ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml"));
        assertTrue(scenario.range().isEmpty());
        assertFalse(scenario.objective().limitsStations());
    }
}
