package org.chargeplan.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sioux Falls OD table in TNTP and in the project's CSV, and CSV errors that name their place. */
class OdTableReaderTest {

    private static final Path SHARED = Path.of("../shared/data/sioux-falls");
    private static final Path OD_CSV = Path.of("maps/sioux-falls/od.csv");

    private static OdTable readTntp() {
        assumeTrue(Files.isDirectory(SHARED), "shared data set ../shared/data/sioux-falls not present; skipping");
        return OdTableReader.readTntp(SHARED.resolve("SiouxFalls_trips.tntp"));
    }

    @Test
    void readsSiouxFallsTntpTrips() {
        OdTable table = readTntp();
        assertEquals(528, table.trips().size());
        // <TOTAL OD FLOW> 360600.0 in the file's metadata.
        assertEquals(360_600, table.total(), 1e-6);
        assertTrue(table.trips().stream().allMatch(e -> e.trips() > 0));
    }

    @Test
    void csvCopyAgreesWithTntp() {
        OdTable tntp = readTntp();
        OdTable csv = OdTableReader.readCsv(OD_CSV);
        assertEquals(528, csv.trips().size());
        assertEquals(byPair(tntp), byPair(csv));
    }

    private static Map<String, Double> byPair(OdTable table) {
        Map<String, Double> trips = new TreeMap<>();
        for (OdTable.Entry entry : table.trips()) {
            String key = entry.origin() + "->" + entry.destination();
            assertNull(trips.put(key, entry.trips()), "pair listed twice: " + key);
        }
        return trips;
    }

    private static InputException readBad(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return assertThrows(InputException.class, () -> OdTableReader.readCsv(file));
    }

    private static void assertMentions(InputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message should mention '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void wrongHeaderIsRejected(@TempDir Path dir) throws IOException {
        InputException e = readBad(dir, "bad-header.csv", "from,to,trips\n1,2,100\n");
        assertMentions(e, "bad-header.csv", "line 1", "header");
    }

    @Test
    void negativeTripsAreRejected(@TempDir Path dir) throws IOException {
        InputException e = readBad(dir, "negative.csv", "origin,destination,trips\n1,2,100\n1,3,-5\n");
        assertMentions(e, "negative.csv", "line 3", "trips", "-5");
    }

    @Test
    void nonNumericTripsAreRejected(@TempDir Path dir) throws IOException {
        InputException e = readBad(dir, "words.csv", "origin,destination,trips\n1,2,many\n");
        assertMentions(e, "words.csv", "line 2", "trips", "many");
    }
}
