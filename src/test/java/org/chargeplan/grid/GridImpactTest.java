package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hour-by-hour power flow with charging on top of the base load. */
class GridImpactTest {

    private static final Path FEEDER = Path.of("maps/sioux-falls/feeder.geojson");

    @Test
    void withoutChargingEveryHourAtFullLoadIsTheBaseCase() {
        Feeder feeder = FeederReader.read(FEEDER, Collections.nCopies(24, 1.0));
        GridImpact impact = GridImpact.of(feeder, new double[feeder.buses().size()][24]);
        assertTrue(impact.converged());
        assertEquals("18", feeder.buses().get(impact.minVoltageBus()).id());
        assertEquals(0.91309, impact.minVoltagePu(impact.minVoltageBus()), 1e-4);
        assertEquals(202.68, impact.lossesKw(5), 0.05);
    }

    @Test
    void chargingAtTheEveningPeakLowersVoltageThenAndOnlyThen() {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 0.5));
        profile.set(18, 1.0);
        Feeder feeder = FeederReader.read(FEEDER, profile);
        int n = feeder.buses().size();
        GridImpact without = GridImpact.of(feeder, new double[n][24]);
        double[][] charging = new double[n][24];
        int bus18 = 17;
        assertEquals("18", feeder.buses().get(bus18).id());
        charging[bus18][18] = 200;
        GridImpact with = GridImpact.of(feeder, charging);

        assertEquals(18, with.minVoltageHour(bus18));
        assertTrue(with.minVoltagePu(bus18) < without.minVoltagePu(bus18) - 0.005,
                "200 kW at the feeder's end lowers its voltage: " + with.minVoltagePu(bus18));
        assertTrue(with.lossesKw(18) > without.lossesKw(18));
        assertEquals(without.lossesKw(3), with.lossesKw(3), 1e-9, "other hours are unchanged");
    }
}
