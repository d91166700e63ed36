package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chargeplan.geo.LonLat;
import org.junit.jupiter.api.Test;

/**
 * The backward/forward sweep against published and hand-computed results.
 *
 * <p>Baran & Wu 33-bus base case (slack 1.0 p.u., constant-power loads): losses 202.68 kW and
 * 135.14 kvar, minimum voltage 0.91309 p.u. at bus 18 (DESIGN.md reference figures).
 */
class RadialPowerFlowTest {

    @Test
    void reproducesTheBaranWuBaseCase() {
        Feeder feeder = FeederReader.read(Path.of("maps/sioux-falls/feeder.geojson"), Collections.nCopies(24, 1.0));
        PowerFlowResult result = solveBase(feeder);

        BaranWuReference.assertBaseCase(feeder, result);
    }

    @Test
    void reproducesTheBaranWuBaseCaseFromTheMatpowerFile() {
        Path file = Path.of("../shared/data/ieee33/case33bw.m");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file),
                "shared data set ../shared/data/ieee33 not present; skipping");
        Feeder feeder = MatpowerReader.read(file, Collections.nCopies(24, 1.0));
        PowerFlowResult result = solveBase(feeder);

        BaranWuReference.assertBaseCase(feeder, result);
    }

    /**
     * One line, one load: the losses are |I|²·R and |I|²·X with |I| = |S| / |V| at the load, and
     * the power entering the line is the load plus the losses.
     */
    @Test
    void twoBusPowerBalanceHolds() {
        List<Bus> buses = new ArrayList<>();
        buses.add(new Bus("s", new LonLat(0, 0), 0, 0, 11, true));
        buses.add(new Bus("l", new LonLat(0.01, 0), 2000, 1000, 11, false));
        List<Branch> branches = List.of(new Branch("L", 0, 1, 1.21, 2.42, true, List.of()));
        Feeder feeder = new Feeder(buses, branches, List.of(), Collections.nCopies(24, 1.0));
        PowerFlowResult result = new RadialPowerFlow(feeder).solve(new double[] {0, 2000}, new double[] {0, 1000});

        // Z base = 11² / 1 MVA = 121 Ω, so z = 0.01 + 0.02j p.u.; load 2 + 1j p.u.
        double v = result.voltagePu()[1];
        double current = Math.hypot(2, 1) / v; // |I| = |S| / |V| at the load bus, p.u.
        assertEquals(current * current * 0.01 * 1000, result.lossesKw(), 1e-6);
        assertEquals(current * current * 0.02 * 1000, result.lossesKvar(), 1e-6);
        double sending = Math.hypot(2000 + result.lossesKw(), 1000 + result.lossesKvar());
        assertEquals(sending, result.branchFlowKva()[0], 1e-6);
        assertTrue(v < 1 && v > 0.95, "voltage " + v);
    }

    @Test
    void aLoopIsRefusedWithTheBranchThatClosesIt() {
        List<Bus> buses = List.of(new Bus("a", new LonLat(0, 0), 0, 0, 11, true),
                new Bus("b", new LonLat(0.01, 0), 10, 0, 11, false), new Bus("c", new LonLat(0.02, 0), 10, 0, 11, false));
        List<Branch> branches = List.of(new Branch("ab", 0, 1, 1, 1, true, List.of()),
                new Branch("bc", 1, 2, 1, 1, true, List.of()), new Branch("ca", 2, 0, 1, 1, true, List.of()));
        Feeder feeder = new Feeder(buses, branches, List.of(), Collections.nCopies(24, 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RadialPowerFlow(feeder));
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
    }

    static PowerFlowResult solveBase(Feeder feeder) {
        int n = feeder.buses().size();
        double[] p = new double[n];
        double[] q = new double[n];
        for (int b = 0; b < n; b++) {
            p[b] = feeder.buses().get(b).baseKw();
            q[b] = feeder.buses().get(b).baseKvar();
        }
        return new RadialPowerFlow(feeder).solve(p, q);
    }
}
