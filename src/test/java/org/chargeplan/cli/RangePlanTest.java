package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plan maps/sioux-falls/range.yaml} through the real command line: {@code od_coverage.geojson}
 * is RFC 7946 LineStrings in WGS84, its served flags agree with a battery simulation run on the
 * written files alone (the lines' vertices and the written stations), and its totals with
 * {@code summary.json}; a second run writes the same bytes. Bad {@code range} fields exit 2 with one
 * line naming the field.
 */
class RangePlanTest {

    private static final Path SAMPLE = Path.of("maps/sioux-falls");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RANGE_KM = 10;

    @TempDir
    static Path out;

    private static CliRun first;

    @BeforeAll
    static void plan() {
        first = CliRun.of("plan", SAMPLE.resolve("range.yaml").toString(), "-o", out.resolve("a").toString(), "--quiet");
    }

    @Test
    void odCoverageAgreesWithTheStationsWrittenAndTheSummary() throws IOException {
        assertEquals(0, first.exitCode(), first.describe());
        assertTrue(first.out().contains("66.7% of 108180 electric trips/day"), first.out());
        JsonNode coverage = JSON.readTree(out.resolve("a/od_coverage.geojson").toFile());
        JsonNode stations = JSON.readTree(out.resolve("a/stations.geojson").toFile());
        JsonNode summary = JSON.readTree(out.resolve("a/summary.json").toFile());
        assertEquals("FeatureCollection", coverage.get("type").asText());
        assertFalse(coverage.has("crs"), "RFC 7946: no crs member");

        List<LonLat> open = new ArrayList<>();
        Map<String, LonLat> byId = new HashMap<>();
        for (JsonNode station : stations.get("features")) {
            LonLat p = new LonLat(station.at("/geometry/coordinates/0").asDouble(),
                    station.at("/geometry/coordinates/1").asDouble());
            open.add(p);
            byId.put(station.at("/properties/id").asText(), p);
        }
        int served = 0;
        double servedTrips = 0;
        double trips = 0;
        for (JsonNode feature : coverage.get("features")) {
            assertEquals("LineString", feature.at("/geometry/type").asText());
            JsonNode props = feature.get("properties");
            List<LonLat> line = new ArrayList<>();
            for (JsonNode c : feature.at("/geometry/coordinates")) {
                double lon = c.get(0).asDouble();
                double lat = c.get(1).asDouble();
                assertTrue(lon > -96.8 && lon < -96.6 && lat > 43.4 && lat < 43.7, "WGS84 lon/lat in Sioux Falls: " + c);
                line.add(new LonLat(lon, lat));
            }
            boolean isServed = props.get("served").asBoolean();
            assertEquals(drivesRoundTrip(line, open), isServed, props.get("id").asText());
            String ids = props.get("stations").asText();
            assertEquals(isServed, !ids.isEmpty(), props.get("id").asText());
            for (String id : ids.isEmpty() ? new String[0] : ids.split(",")) {
                assertTrue(byId.containsKey(id) && line.contains(byId.get(id)), id + " is an open station on "
                        + props.get("id").asText());
            }
            trips += props.get("ev_trips_per_day").asDouble();
            served += isServed ? 1 : 0;
            servedTrips += isServed ? props.get("ev_trips_per_day").asDouble() : 0;
        }
        assertEquals(528, coverage.get("features").size());
        assertEquals(summary.get("od_paths").asInt(), coverage.get("features").size());
        assertEquals(summary.get("served_paths").asInt(), served);
        assertEquals(summary.get("served_trips_per_day").asDouble(), servedTrips, 1e-6);
        assertEquals(summary.get("ev_trips_per_day").asDouble(), trips, 1e-6);
        assertEquals(summary.get("served_flow_share").asDouble(), servedTrips / trips, 1e-4);
        assertEquals(RANGE_KM, summary.get("range_km").asDouble());
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws IOException {
        CliRun second = CliRun.of("plan", SAMPLE.resolve("range.yaml").toString(), "-o", out.resolve("b").toString(),
                "--quiet");
        assertEquals(0, second.exitCode(), second.describe());
        for (String file : List.of("od_coverage.geojson", "stations.geojson", "stations.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(file)),
                    Files.readAllBytes(out.resolve("b").resolve(file)), file);
        }
    }

    /**
     * Round trip along the line's vertices (the road nodes) and back, leaving half full, charging
     * to full at every vertex where a station stands; served when the battery never runs out and
     * some station is passed.
     */
    private static boolean drivesRoundTrip(List<LonLat> line, List<LonLat> stations) {
        List<LonLat> trip = new ArrayList<>(line);
        for (int k = line.size() - 2; k >= 0; k--) {
            trip.add(line.get(k));
        }
        double left = RANGE_KM / 2;
        boolean charged = false;
        for (int k = 0; k < trip.size(); k++) {
            if (stations.contains(trip.get(k))) {
                left = RANGE_KM;
                charged = true;
            }
            if (k + 1 < trip.size()) {
                left -= GreatCircle.distanceMeters(trip.get(k), trip.get(k + 1)) / 1000;
                if (left < -1e-6) {
                    return false;
                }
            }
        }
        return charged;
    }

    static Stream<Arguments> badRanges() {
        return Stream.of(
                Arguments.of("reserve_km: 0 ", "reserve_km: 10 ", "range.reserve_km"),
                Arguments.of("trips: round-trip", "trips: both", "range.trips"),
                Arguments.of("class: public ", "class: nope ", "range.class"),
                Arguments.of("range_km: 10 ", "range_km: -3 ", "range.range_km"),
                Arguments.of("od: od.csv ", "od: missing.csv ", "range.od"),
                Arguments.of("stations: 4 ", "statoins: 4 ", "objective.statoins"),
                Arguments.of("  stations: 4 ", "  budget: -1 ", "objective.budget"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRanges")
    void badRangeFieldsAreOneLineErrors(String from, String to, String field, @TempDir Path dir) throws IOException {
        for (String file : List.of("range.yaml", "roads.geojson", "od.csv", "candidates.geojson")) {
            Files.copy(SAMPLE.resolve(file), dir.resolve(file));
        }
        String text = Files.readString(dir.resolve("range.yaml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the sample range.yaml no longer contains '" + from + "'");
        Files.writeString(dir.resolve("range.yaml"), text.replace(from, to), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", dir.resolve("range.yaml").toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().stream().filter(l -> !l.startsWith("INFO ")).count(),
                "one line besides the stages' progress:\n" + run.describe());
        assertTrue(run.err().contains("range.yaml") && run.err().contains(field), run.describe());
    }

    @Test
    void aRepeatedOdPairIsNamedWithBothLines(@TempDir Path dir) throws IOException {
        for (String file : List.of("range.yaml", "roads.geojson", "od.csv", "candidates.geojson")) {
            Files.copy(SAMPLE.resolve(file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("od.csv"), "1,2,7\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.of("validate", dir.resolve("range.yaml").toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().stream().filter(l -> !l.startsWith("INFO ")).count(),
                "one line besides the stages' progress:\n" + run.describe());
        assertTrue(run.err().contains("od.csv") && run.err().contains("line 530") && run.err().contains("line 2"),
                run.describe());
    }
}
