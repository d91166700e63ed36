package org.chargeplan.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's feeder GeoJSON: ratings, and the topology checks that name the offending row. */
class FeederReaderTest {

    private static final String BUSES = """
            {"type": "Feature", "properties": {"kind": "bus", "id": "a", "base_kw": 0, "vn_kv": 12.66, "slack": true},
             "geometry": {"type": "Point", "coordinates": [0, 0]}},
            {"type": "Feature", "properties": {"kind": "bus", "id": "b", "base_kw": 10, "vn_kv": 12.66},
             "geometry": {"type": "Point", "coordinates": [0.01, 0]}},
            {"type": "Feature", "properties": {"kind": "bus", "id": "c", "base_kw": 10, "vn_kv": 12.66},
             "geometry": {"type": "Point", "coordinates": [0.02, 0]}}
            """;

    @Test
    void anAmpacityIsAThreePhaseRatingAtTheSendingVoltage(@TempDir Path dir) throws IOException {
        Feeder feeder = read(dir, branch("ab", "a", "b", "\"ampacity_a\": 100") + "," + branch("bc", "b", "c", "\"rating_kva\": 500"));
        // √3 × 12.66 kV × 100 A = 2,192.77 kVA
        assertEquals(Math.sqrt(3) * 12.66 * 100, feeder.branches().get(0).ratingKva().getAsDouble(), 1e-9);
        assertEquals(500, feeder.branches().get(1).ratingKva().getAsDouble(), 1e-9);
    }

    @Test
    void bothRatingFieldsAreRefused(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> read(dir,
                branch("ab", "a", "b", "\"ampacity_a\": 100, \"rating_kva\": 500") + "," + branch("bc", "b", "c", "")));
        assertTrue(e.getMessage().contains("feature 4 (id ab)") && e.getMessage().contains("ampacity_a"), e.getMessage());
    }

    @Test
    void aLoopNamesABranchOfIt(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> read(dir, branch("ab", "a", "b", "") + ","
                + branch("bc", "b", "c", "") + "," + branch("ca", "c", "a", "")));
        // Any branch of the loop closes it; which one depends on the search order.
        assertTrue(e.getMessage().matches(".*branch (ab|bc|ca): closes a loop.*"), e.getMessage());
    }

    @Test
    void aBusNoBranchReachesIsNamed(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> read(dir, branch("ab", "a", "b", "")));
        assertTrue(e.getMessage().contains("bus c") && e.getMessage().contains("not connected"), e.getMessage());
    }

    private static String branch(String id, String from, String to, String extra) {
        return "{\"type\": \"Feature\", \"properties\": {\"kind\": \"branch\", \"id\": \"" + id + "\", \"from\": \"" + from
                + "\", \"to\": \"" + to + "\", \"r_ohm\": 0.5, \"x_ohm\": 0.5" + (extra.isEmpty() ? "" : ", " + extra)
                + "}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0, 0], [0.01, 0]]}}";
    }

    private static Feeder read(Path dir, String branches) throws IOException {
        Path file = dir.resolve("feeder.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [" + BUSES + "," + branches + "]}");
        return FeederReader.read(file, Collections.nCopies(24, 1.0));
    }
}
