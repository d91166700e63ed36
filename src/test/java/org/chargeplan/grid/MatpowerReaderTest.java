package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MATPOWER cases: the published Baran & Wu 33-bus file (kW and ohms in its tables, converted by
 * code at its end), checked against its published figures and against the project's own GeoJSON
 * copy of the same feeder; a hand-written case in standard MW / per-unit tables; broken files.
 */
class MatpowerReaderTest {

    private static final Path SHARED = Path.of("../shared/data/ieee33");
    private static final Path CASE33BW = SHARED.resolve("case33bw.m");
    private static final Path FEEDER_GEOJSON = Path.of("maps/sioux-falls/feeder.geojson");
    private static final Path FIXTURES = Path.of("src/test/resources/grid");
    private static final List<Double> FLAT = Collections.nCopies(24, 1.0);

    private static Feeder readCase33bw() {
        assumeTrue(Files.isRegularFile(CASE33BW), "shared data set ../shared/data/ieee33 not present; skipping");
        return MatpowerReader.read(CASE33BW, FLAT);
    }

    @Test
    void readsBaranWu33Bus() {
        Feeder feeder = readCase33bw();
        assertEquals(33, feeder.buses().size());
        assertEquals(37, feeder.branches().size());
        assertEquals(32, feeder.branches().stream().filter(Branch::inService).count());
        List<String> open = feeder.branches().stream().filter(branch -> !branch.inService())
                .map(branch -> endpoints(feeder, branch)).toList();
        assertEquals(List.of("21-8", "9-15", "12-22", "18-33", "25-29"), open);

        assertEquals(3715, feeder.buses().stream().mapToDouble(Bus::baseKw).sum(), 1e-9);
        assertEquals(2300, feeder.buses().stream().mapToDouble(Bus::baseKvar).sum(), 1e-9);

        Branch first = feeder.branches().get(0);
        assertEquals("L1", first.id());
        assertEquals("1-2", endpoints(feeder, first));
        assertEquals(0.0922, first.rOhm(), 1e-12);
        assertEquals(0.0470, first.xOhm(), 1e-12);
        assertEquals(List.of(), first.geometry());

        assertEquals("1", feeder.buses().get(feeder.slackBus()).id());
        assertEquals(1.0, feeder.slackVoltagePu(), 1e-12);
        assertEquals(1, feeder.buses().stream().filter(Bus::slack).count());
        for (Bus bus : feeder.buses()) {
            assertEquals(12.66, bus.nominalKv(), 1e-12, "bus " + bus.id());
            assertTrue(bus.position().isEmpty(), "bus " + bus.id());
        }
        assertEquals(List.of(), feeder.transformers());
    }

    /** Two independent readings of the same published figures must agree. */
    @Test
    void agreesWithTheGeoJsonFeeder() {
        Feeder matpower = readCase33bw();
        Feeder geojson = FeederReader.read(FEEDER_GEOJSON, Collections.nCopies(24, 1.0));
        assertEquals(geojson.buses().size(), matpower.buses().size());
        for (int b = 0; b < geojson.buses().size(); b++) {
            Bus expected = geojson.buses().get(b);
            Bus actual = matpower.buses().get(b);
            assertEquals(expected.id(), actual.id());
            assertEquals(expected.baseKw(), actual.baseKw(), 1e-9, "kW at bus " + expected.id());
            assertEquals(expected.baseKvar(), actual.baseKvar(), 1e-9, "kvar at bus " + expected.id());
            assertEquals(expected.nominalKv(), actual.nominalKv(), 1e-9, "kV at bus " + expected.id());
            assertEquals(expected.slack(), actual.slack(), "slack at bus " + expected.id());
        }
        assertEquals(geojson.branches().size(), matpower.branches().size());
        for (int l = 0; l < geojson.branches().size(); l++) {
            Branch expected = geojson.branches().get(l);
            Branch actual = matpower.branches().get(l);
            assertEquals(expected.id(), actual.id());
            assertEquals(endpoints(geojson, expected), endpoints(matpower, actual), "ends of " + expected.id());
            assertEquals(expected.rOhm(), actual.rOhm(), 1e-9, "r of " + expected.id());
            assertEquals(expected.xOhm(), actual.xOhm(), 1e-9, "x of " + expected.id());
            assertEquals(expected.inService(), actual.inService(), "status of " + expected.id());
        }
    }

    @Test
    void convertsStandardUnits() {
        Feeder feeder = MatpowerReader.read(FIXTURES.resolve("case3_pu.m"), FLAT);
        assertStandardCase(feeder);
    }

    /** The same network with kW and ohms in its tables and the conversion statements at its end. */
    @Test
    void takesTablesAsWrittenWhenTheFileConvertsThem() {
        Feeder feeder = MatpowerReader.read(FIXTURES.resolve("case3_kw_ohm.m"), FLAT);
        assertStandardCase(feeder);
    }

    private static void assertStandardCase(Feeder feeder) {
        assertEquals(List.of("1", "2", "3"), feeder.buses().stream().map(Bus::id).toList());
        // Pd, Qd in MW/MVAr × 1000: 0.5 MW = 500 kW, 0.2 MVAr = 200 kvar; 0.25 → 250, 0.1 → 100.
        assertEquals(List.of(0.0, 500.0, 250.0), feeder.buses().stream().map(Bus::baseKw).toList());
        assertEquals(List.of(0.0, 200.0, 100.0), feeder.buses().stream().map(Bus::baseKvar).toList());
        assertEquals(11.0, feeder.buses().get(2).nominalKv());
        assertEquals(0, feeder.slackBus());
        // Vg of the in-service generator at the slack bus, not the bus's Vm of 1.0.
        assertEquals(1.02, feeder.slackVoltagePu(), 1e-12);

        // Z_base = baseKV² / baseMVA = 11² / 100 = 1.21 Ω, so r_ohm = r_pu × 1.21:
        // L1: 0.01 × 1.21 = 0.0121 Ω, 0.02 × 1.21 = 0.0242 Ω; L2: 0.05 → 0.0605 Ω, 0.04 → 0.0484 Ω;
        // L3 (open tie): 0.1 → 0.121 Ω for both.
        assertBranch(feeder, 0, "L1", "1-2", 0.0121, 0.0242, true);
        assertBranch(feeder, 1, "L2", "2-3", 0.0605, 0.0484, true);
        assertBranch(feeder, 2, "L3", "1-3", 0.121, 0.121, false);
        assertEquals(3, feeder.branches().size());
    }

    private static void assertBranch(Feeder feeder, int index, String id, String ends, double rOhm, double xOhm,
            boolean inService) {
        Branch branch = feeder.branches().get(index);
        assertEquals(id, branch.id());
        assertEquals(ends, endpoints(feeder, branch), id);
        assertEquals(rOhm, branch.rOhm(), 1e-12, id + " r");
        assertEquals(xOhm, branch.xOhm(), 1e-12, id + " x");
        assertEquals(inService, branch.inService(), id + " status");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "broken_unknown_bus.m,    14, tbus",
        "broken_negative_r.m,     14, r",
        "broken_zero_impedance.m, 14, r",
        "broken_non_numeric.m,    14, x",
        "broken_short_row.m,      7,  Va",
        "broken_two_slacks.m,     7,  type",
        "broken_no_slack.m,       4,  type",
        "broken_table_change.m,   16, mpc.bus",
    })
    void rejectsBrokenFile(String fixture, int line, String field) {
        Path file = FIXTURES.resolve(fixture);
        InputException error = assertThrows(InputException.class, () -> MatpowerReader.read(file, FLAT));
        String message = error.getMessage();
        assertTrue(message.startsWith(file.toString() + ": "), message);
        assertTrue(message.contains(": line " + line + ": "), message);
        assertTrue(message.contains("field '" + field + "'"), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(file, error.file());
    }

    /** A missing table has no line to name; the message names the file and the table. */
    @Test
    void rejectsMissingBranchTable() {
        Path file = FIXTURES.resolve("broken_no_branch.m");
        InputException error = assertThrows(InputException.class, () -> MatpowerReader.read(file, FLAT));
        assertTrue(error.getMessage().startsWith(file + ": field 'mpc.branch' is missing"), error.getMessage());
    }

    private static String endpoints(Feeder feeder, Branch branch) {
        return feeder.buses().get(branch.fromBus()).id() + "-" + feeder.buses().get(branch.toBus()).id();
    }
}
