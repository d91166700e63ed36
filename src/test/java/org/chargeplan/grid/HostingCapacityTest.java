package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.chargeplan.grid.HostingCapacity.BusHosting;
import org.chargeplan.scenario.GridSource;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hosting capacity on the Sioux Falls sample feeder with the sample's charging profile, checked
 * against the power flow it rests on: the reported load fits, 1 % more does not.
 */
class HostingCapacityTest {

    private static final Path SCENARIO = Path.of("maps/sioux-falls/scenario.yaml");

    private static Feeder feeder;
    /** The same feeder without its transformers: voltages alone limit the load. */
    private static Feeder linesOnly;
    private static List<Double> profile;
    private static List<BusHosting> hosting;
    private static List<BusHosting> hostingOfLines;

    @BeforeAll
    static void computeOnTheSample() {
        Scenario scenario = ScenarioReader.read(SCENARIO);
        GridSource grid = scenario.grid().orElseThrow();
        feeder = FeederReader.read(grid.feeder(), grid.baseLoadProfile()).withMinVoltagePu(grid.minVoltagePu());
        profile = scenario.profiles().get(scenario.demand().demandClass());
        hosting = HostingCapacity.compute(feeder, profile);
        linesOnly = new Feeder(feeder.buses(), feeder.branches(), List.of(), feeder.baseLoad(),
                feeder.slackVoltagePu(), feeder.minVoltagePu());
        hostingOfLines = HostingCapacity.compute(linesOnly, profile);
    }

    @Test
    void oneEntryPerNonSlackBusInFeederOrder() {
        assertEquals(feeder.buses().size() - 1, hosting.size());
        int previous = -1;
        for (BusHosting bus : hosting) {
            assertTrue(bus.bus() > previous, "feeder order");
            assertFalse(feeder.buses().get(bus.bus()).slack(), "no entry for the slack bus");
            assertTrue(bus.hostingKw() > 0 && bus.hostingKw() < HostingCapacity.UPPER_BOUND_KW, bus.toString());
            assertTrue(bus.binding().isPresent(), bus.toString());
            previous = bus.bus();
        }
    }

    @ParameterizedTest(name = "bus {0}")
    @ValueSource(strings = {"2", "6", "18", "25", "30", "33"})
    void reportedLoadFitsAndOnePercentMoreBreaksTheBindingLimit(String busId) {
        assertBracket(feeder, of(hosting, busId), busId);
    }

    @ParameterizedTest(name = "bus {0}")
    @ValueSource(strings = {"2", "6", "18", "19", "25", "33"})
    void withoutTransformersTheReportedLoadFitsAndOnePercentMoreBreaksAVoltage(String busId) {
        BusHosting bus = of(hostingOfLines, busId);
        assertEquals(GridViolation.Kind.VOLTAGE, bus.binding().orElseThrow().kind(), bus.toString());
        assertBracket(linesOnly, bus, busId);
    }

    private static void assertBracket(Feeder feeder, BusHosting bus, String busId) {
        GridImpact atCapacity = GridImpact.of(feeder, shapedCharging(bus.bus(), bus.hostingKw()));
        assertTrue(atCapacity.converged());
        assertEquals(List.of(), atCapacity.violations(), "adding " + bus.hostingKw() + " kW at bus " + busId);

        GridImpact above = GridImpact.of(feeder, shapedCharging(bus.bus(), 1.01 * bus.hostingKw()));
        assertTrue(above.converged());
        assertFalse(above.violations().isEmpty(), "adding 1 % more than " + bus.hostingKw() + " kW at bus " + busId);
        GridViolation first = above.violations().get(0);
        GridViolation binding = bus.binding().orElseThrow();
        assertEquals(binding.hour(), first.hour(), () -> "binding " + binding + ", first at +1 %: " + first);
        assertEquals(binding.kind(), first.kind(), () -> "binding " + binding + ", first at +1 %: " + first);
        assertEquals(binding.element(), first.element(), () -> "binding " + binding + ", first at +1 %: " + first);
    }

    @Test
    void theEndOfTheMainTrunkHostsLessThanTheBusNextToTheSubstation() {
        // With its transformers, the sample's buses are limited by their own transformer's headroom
        // (bus 2 by T2: 152 - 100 kW), so the comparison is about the lines alone.
        double end = of(hostingOfLines, "18").hostingKw();
        double start = of(hostingOfLines, "2").hostingKw();
        assertTrue(end < start, "bus 18 " + end + " kW, bus 2 " + start + " kW");
        assertTrue(of(hosting, "18").hostingKw() <= end && of(hosting, "2").hostingKw() <= start,
                "more limits never give more capacity");
    }

    @Test
    void transformerLimitsOnlyLowerTheCapacity() {
        for (int i = 0; i < hosting.size(); i++) {
            assertTrue(hosting.get(i).hostingKw() <= hostingOfLines.get(i).hostingKw() + HostingCapacity.TOLERANCE_KW,
                    hosting.get(i) + " vs " + hostingOfLines.get(i));
        }
    }

    @Test
    void smallTransformersBindAtTheirOwnBus() {
        List<BusHosting> byTransformer = hosting.stream()
                .filter(b -> b.binding().orElseThrow().kind() == GridViolation.Kind.TRANSFORMER).toList();
        assertFalse(byTransformer.isEmpty(), "expected transformer-bound buses: " + hosting);
        for (BusHosting bus : byTransformer) {
            Transformer own = feeder.transformers().get(feeder.transformerOf(bus.bus()).orElseThrow());
            GridViolation binding = bus.binding().orElseThrow();
            assertEquals(own.id(), binding.element(), bus.toString());
            // The transformer's headroom in its binding hour, divided by the profile's share then.
            double shape = profile.get(binding.hour()) / Collections.max(profile);
            double expected = (own.limitKw() - feeder.baseKw(bus.bus(), binding.hour())) / shape;
            assertTrue(bus.hostingKw() <= expected + 1e-6 * own.limitKw() && bus.hostingKw() >= expected - HostingCapacity.TOLERANCE_KW,
                    "headroom " + expected + " kW: " + bus);
        }
    }

    @Test
    void aBaseCaseThatAlreadyBreaksALimitLeavesNoCapacity() {
        // The Baran & Wu base case falls to 0.913 p.u. at bus 18 at peak load.
        Feeder strict = feeder.withMinVoltagePu(0.95);

        List<BusHosting> none = HostingCapacity.compute(strict, profile);

        assertEquals(feeder.buses().size() - 1, none.size());
        GridViolation first = GridImpact.of(strict, new double[feeder.buses().size()][24]).violations().get(0);
        for (BusHosting bus : none) {
            assertEquals(0, bus.hostingKw());
            assertEquals(first, bus.binding().orElseThrow());
        }
    }

    @Test
    void repeatedRunsGiveTheSameResult() {
        assertEquals(hosting, HostingCapacity.compute(feeder, profile));
    }

    @Test
    void rejectsAProfileThatIsNotTwentyFourSharesWithAPeak() {
        assertThrows(IllegalArgumentException.class, () -> HostingCapacity.compute(feeder, List.of(1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> HostingCapacity.compute(feeder, Collections.nCopies(24, 0.0)));
    }

    private static BusHosting of(List<BusHosting> hosting, String busId) {
        return hosting.stream().filter(b -> feeder.buses().get(b.bus()).id().equals(busId)).findFirst()
                .orElseThrow(() -> new AssertionError("no hosting capacity for bus " + busId));
    }

    private static double[][] shapedCharging(int bus, double peakKw) {
        double peakShare = Collections.max(profile);
        double[][] charging = new double[feeder.buses().size()][24];
        for (int t = 0; t < 24; t++) {
            charging[bus][t] = peakKw * profile.get(t) / peakShare;
        }
        return charging;
    }
}
