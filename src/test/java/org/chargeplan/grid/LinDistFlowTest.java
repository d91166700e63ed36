package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LinDistFlow against the AC power flow, and its shared-path sensitivities against perturbation. */
class LinDistFlowTest {

    private static final Feeder FEEDER = FeederReader.read(Path.of("maps/sioux-falls/feeder.geojson"),
            Collections.nCopies(24, 1.0));

    @Test
    void voltagesAreWithinOneHundredthOfAcOnTheBaranWuBaseCase() {
        PowerFlowResult ac = RadialPowerFlowTest.solveBase(FEEDER);
        double[] v2 = new LinDistFlow(FEEDER).designDaySquaredVoltages(0);
        double worst = 0;
        for (int b = 0; b < v2.length; b++) {
            double linear = Math.sqrt(v2[b]);
            worst = Math.max(worst, Math.abs(linear - ac.voltagePu()[b]));
            assertTrue(linear >= ac.voltagePu()[b] - 1e-9, "ignoring losses never lowers a voltage, bus " + b);
        }
        assertTrue(worst < 0.01, "largest difference " + worst);
    }

    @Test
    void theLeavesOfTheRadialBaranWuFeederAreTheFourLateralEnds() {
        List<String> leaves = new LinDistFlow(FEEDER).leaves().stream().map(b -> FEEDER.buses().get(b).id()).toList();
        assertEquals(List.of("18", "22", "25", "33"), leaves);
    }

    /** The sensitivity of v_b to load at bus k is −2·R_bk (per unit): checked by a finite difference. */
    @Test
    void sharedResistanceIsTheSensitivityOfSquaredVoltageToLoad() {
        LinDistFlow flow = new LinDistFlow(FEEDER);
        int n = FEEDER.buses().size();
        double[] p = new double[n];
        double[] q = new double[n];
        double[] before = flow.squaredVoltages(p, q);
        for (int k : new int[] {5, 17, 24, 32}) {
            double[] loaded = p.clone();
            loaded[k] = 100;
            double[] after = flow.squaredVoltages(loaded, q);
            for (int b = 0; b < n; b++) {
                double expected = -2 * flow.sharedResistancePu(b, k) * LinDistFlow.perUnit(100);
                assertEquals(expected, after[b] - before[b], 1e-12, "bus " + b + ", load at " + k);
            }
        }
    }
}
