package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chargeplan.geo.LonLat;
import org.junit.jupiter.api.Test;

/**
 * Newton-Raphson against the published Baran & Wu 33-bus figures, against the backward/forward
 * sweep on random radial feeders, and on the meshed 33-bus feeder that the sweep cannot solve.
 */
class NewtonRaphsonPowerFlowTest {

    private static final Path BARAN_WU = Path.of("maps/sioux-falls/feeder.geojson");

    @Test
    void reproducesTheBaranWuBaseCase() {
        Feeder feeder = FeederReader.read(BARAN_WU, Collections.nCopies(24, 1.0));
        PowerFlowResult result = solveBase(feeder);

        BaranWuReference.assertBaseCase(feeder, result);
    }

    @Test
    void agreesWithTheSweepOnRandomRadialFeeders() {
        for (long seed = 1; seed <= 30; seed++) {
            Feeder feeder = RandomFeeders.generate(seed);
            PowerFlowResult newton = solveBase(feeder);
            PowerFlowResult sweep = RadialPowerFlowTest.solveBase(feeder);
            String context = "seed " + seed + " (" + feeder.buses().size() + " buses)";

            assertTrue(sweep.converged(), "sweep did not converge, " + context);
            assertTrue(newton.converged(), "Newton-Raphson did not converge, " + context);
            for (int b = 0; b < feeder.buses().size(); b++) {
                assertEquals(sweep.voltagePu()[b], newton.voltagePu()[b], 1e-6, "voltage at bus " + b + ", " + context);
            }
            assertEquals(sweep.lossesKw(), newton.lossesKw(), 1e-6 * sweep.lossesKw(), "kW losses, " + context);
            assertEquals(sweep.lossesKvar(), newton.lossesKvar(), 1e-6 * sweep.lossesKvar(), "kvar losses, " + context);
            // RandomFeeders orients branches parent to child, so both report the same sending end.
            for (int l = 0; l < feeder.branches().size(); l++) {
                double expected = sweep.branchFlowKva()[l];
                assertEquals(expected, newton.branchFlowKva()[l], 1e-6 * Math.max(1, expected), "flow on branch " + l
                        + ", " + context);
            }
        }
    }

    /** Closing the five tie switches of Baran & Wu makes five loops and lowers losses. */
    @Test
    void solvesTheMeshedBaranWuFeederThatTheSweepRefuses() {
        Feeder radial = FeederReader.read(BARAN_WU, Collections.nCopies(24, 1.0));
        List<Branch> closed = new ArrayList<>();
        for (Branch branch : radial.branches()) {
            closed.add(new Branch(branch.id(), branch.fromBus(), branch.toBus(), branch.rOhm(), branch.xOhm(), true,
                    branch.geometry()));
        }
        Feeder meshed = new Feeder(radial.buses(), closed, radial.transformers(), radial.baseLoad(),
                radial.slackVoltagePu(), radial.minVoltagePu());
        assertEquals(5, radial.branches().stream().filter(b -> !b.inService()).count());

        PowerFlowResult result = solveBase(meshed);

        assertTrue(result.converged());
        assertTrue(result.lossesKw() < 202.68, "losses " + result.lossesKw());
        assertTrue(result.voltagePu()[result.minVoltageBus()] > 0.91309, "min voltage "
                + result.voltagePu()[result.minVoltageBus()]);
        assertThrows(IllegalArgumentException.class, () -> new RadialPowerFlow(meshed));
    }

    @Test
    void reportsNonConvergenceInsteadOfThrowing() {
        Feeder feeder = twoBus(true);
        PowerFlowResult result = new NewtonRaphsonPowerFlow(feeder).solve(new double[] {0, 1e6}, new double[] {0, 0});

        assertFalse(result.converged());
    }

    @Test
    void refusesABusCutOffFromTheSlackNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NewtonRaphsonPowerFlow(twoBus(false)));
        assertTrue(e.getMessage().contains("bus l "), e.getMessage());
    }

    /** A slack bus and a load bus 1 Ω apart at 12.66 kV. */
    private static Feeder twoBus(boolean inService) {
        List<Bus> buses = List.of(new Bus("s", new LonLat(0, 0), 0, 0, 12.66, true),
                new Bus("l", new LonLat(0.01, 0), 0, 0, 12.66, false));
        List<Branch> branches = List.of(new Branch("L", 0, 1, 1, 0, inService, List.of()));
        return new Feeder(buses, branches, List.of(), Collections.nCopies(24, 1.0));
    }

    private static PowerFlowResult solveBase(Feeder feeder) {
        int n = feeder.buses().size();
        double[] p = new double[n];
        double[] q = new double[n];
        for (int b = 0; b < n; b++) {
            p[b] = feeder.buses().get(b).baseKw();
            q[b] = feeder.buses().get(b).baseKvar();
        }
        return new NewtonRaphsonPowerFlow(feeder).solve(p, q);
    }
}
