package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published Baran & Wu 33-bus base case (slack 1.0 p.u., constant-power loads): losses
 * 202.68 kW and 135.14 kvar, minimum voltage 0.91309 p.u. at bus 18; tolerances 0.05 kW/kvar and
 * 1e-4 p.u. (DESIGN.md reference figures).
 */
final class BaranWuReference {

    private BaranWuReference() {
    }

    static void assertBaseCase(Feeder feeder, PowerFlowResult result) {
        assertTrue(result.converged());
        assertEquals(202.68, result.lossesKw(), 0.05);
        assertEquals(135.14, result.lossesKvar(), 0.05);
        assertEquals("18", feeder.buses().get(result.minVoltageBus()).id());
        assertEquals(0.91309, result.voltagePu()[result.minVoltageBus()], 1e-4);
    }
}
