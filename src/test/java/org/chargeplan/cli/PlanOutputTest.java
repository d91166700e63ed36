package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan} on the Sioux Falls sample, run once (plus once more for determinism): the files it
 * writes exist, are valid RFC 7946 GeoJSON in longitude/latitude order, and agree with summary.json
 * when recomputed from the files alone.
 */
class PlanOutputTest {

    private static final Path SCENARIO = Path.of("maps/sioux-falls/scenario.yaml");
    private static final List<String> FILES = List.of("stations.geojson", "assignments.geojson", "grid.geojson",
            "stations.csv", "hourly_load.csv", "summary.json");
    private static final List<String> STATION_PROPERTIES = List.of("id", "existing", "chargers", "chargers_ac22",
            "chargers_dc50", "kw", "storage_kwh", "storage_kw", "cost", "served_kwh_per_day", "peak_kw", "bus",
            "transformer");
    private static final List<String> SUMMARY_FIELDS = List.of("status", "objective", "bound", "gap", "solver",
            "solve_seconds", "sites_opened", "chargers", "served_share", "total_cost", "peak_transformer_loading",
            "min_voltage_pu");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path out;
    private static CliRun run;

    @BeforeAll
    static void planTheSample() {
        out = tmp.resolve("out");
        run = CliRun.of("plan", SCENARIO.toString(), "-o", out.toString());
    }

    @Test
    void exitsZeroAndWritesEveryFile() {
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        for (String name : FILES) {
            assertTrue(Files.isRegularFile(out.resolve(name)), "missing " + name + ":\n" + run.describe());
        }
        assertFalse(run.err().contains("Exception"), run.describe());
    }

    @Test
    void leavesNoStagingFolder() throws IOException {
        requirePlan();
        try (var siblings = Files.list(tmp)) {
            List<String> hidden = siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertTrue(hidden.isEmpty(), "hidden folders left beside the output: " + hidden);
        }
    }

    @Test
    void everyGeoJsonIsRfc7946InSiouxFalls() throws IOException {
        requirePlan();
        for (String name : List.of("stations.geojson", "assignments.geojson", "grid.geojson")) {
            JsonNode root = JSON.readTree(out.resolve(name).toFile());
            assertEquals("FeatureCollection", root.path("type").asText(), name + ": top-level type");
            assertFalse(root.has("crs"), name + ": RFC 7946 has no 'crs' member");
            JsonNode features = root.get("features");
            assertTrue(features != null && features.isArray(), name + ": 'features' must be an array");
            int index = 0;
            for (JsonNode feature : features) {
                String where = name + " feature " + index++;
                assertEquals("Feature", feature.path("type").asText(), where + ": type");
                assertTrue(feature.path("properties").isObject(), where + ": properties must be an object");
                JsonNode geometry = feature.get("geometry");
                assertTrue(geometry != null && geometry.isObject(), where + ": geometry must be an object");
                switch (geometry.path("type").asText()) {
                    case "Point" -> checkPosition(geometry.get("coordinates"), where);
                    case "LineString" -> {
                        JsonNode positions = geometry.get("coordinates");
                        assertTrue(positions != null && positions.isArray() && positions.size() >= 2,
                                where + ": a LineString needs at least two positions");
                        for (JsonNode position : positions) {
                            checkPosition(position, where);
                        }
                    }
                    default -> fail(where + ": geometry type must be Point or LineString, not " + geometry.get("type"));
                }
            }
        }
    }

    @Test
    void stationFeaturesCarryEveryProperty() throws IOException {
        requirePlan();
        List<JsonNode> stations = features("stations.geojson");
        assertFalse(stations.isEmpty(), "the sample plan opens at least one station");
        for (JsonNode station : stations) {
            JsonNode properties = station.get("properties");
            for (String key : STATION_PROPERTIES) {
                assertTrue(properties.has(key), "station " + properties.path("id") + " lacks property " + key);
            }
        }
    }

    @Test
    void summaryHasEveryField() throws IOException {
        requirePlan();
        JsonNode summary = summary();
        for (String field : SUMMARY_FIELDS) {
            assertTrue(summary.has(field), "summary.json lacks " + field + ": " + summary);
        }
        assertTrue(summary.get("chargers").isObject(), "summary chargers is an object by type: " + summary);
    }

    @Test
    void stationsAgreeWithSummary() throws IOException {
        requirePlan();
        JsonNode summary = summary();
        List<JsonNode> stations = features("stations.geojson");

        assertEquals(summary.path("sites_opened").asInt(), stations.size(), "station features vs sites_opened");
        assertEquals(summary.path("total_cost").asDouble(), sum(stations, "cost"), 0.01, "sum of station cost");
        for (String type : List.of("ac22", "dc50")) {
            assertEquals(summary.path("chargers").path(type).asInt(), (int) Math.round(sum(stations, "chargers_" + type)),
                    "sum of chargers_" + type);
        }
        int total = 0;
        for (JsonNode station : stations) {
            JsonNode p = station.get("properties");
            total += p.path("chargers").asInt();
            assertEquals(p.path("chargers_ac22").asInt() + p.path("chargers_dc50").asInt(), p.path("chargers").asInt(),
                    "station " + p.path("id") + ": chargers is the sum over types");
        }
        if (summary.has("chargers_total")) {
            assertEquals(summary.get("chargers_total").asInt(), total, "chargers_total");
        }
    }

    @Test
    void servedEnergyAgreesAcrossFiles() throws IOException {
        requirePlan();
        double summaryServed = summary().path("served_kwh_per_day").asDouble(Double.NaN);
        double stationServed = sum(features("stations.geojson"), "served_kwh_per_day");
        double assignedServed = sum(features("assignments.geojson"), "kwh_per_day");

        assertTrue(summaryServed > 0, "the sample plan serves some demand: " + summaryServed);
        assertEquals(summaryServed, stationServed, 1e-3 * summaryServed, "stations vs summary served_kwh_per_day");
        assertEquals(stationServed, assignedServed, 1e-3 * stationServed, "stations vs assignments kwh_per_day");
    }

    @Test
    void stationsCsvHasOneRowPerStation() throws IOException {
        requirePlan();
        List<String> lines = Files.readAllLines(out.resolve("stations.csv")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertFalse(lines.isEmpty(), "stations.csv is empty");
        assertTrue(Arrays.asList(lines.get(0).split(",")).contains("served_kwh_per_day"),
                "header: " + lines.get(0));
        assertEquals(features("stations.geojson").size(), lines.size() - 1, "rows in stations.csv");
    }

    @Test
    void hourlyLoadKeepsTransformersWithinTheirLimit() throws IOException {
        requirePlan();
        List<String> lines = Files.readAllLines(out.resolve("hourly_load.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int type = column(header, "element_type");
        int id = column(header, "element_id");
        int hour = column(header, "hour");
        int charging = column(header, "charging_kw");
        int base = column(header, "base_kw");
        int limit = column(header, "limit_kw");
        int transformerRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (!cells[type].equals("transformer")) {
                continue;
            }
            transformerRows++;
            double chargingKw = Double.parseDouble(cells[charging]);
            double headroom = Double.parseDouble(cells[limit]) - Double.parseDouble(cells[base]);
            assertTrue(chargingKw <= headroom + 1e-6, "transformer " + cells[id] + " hour " + cells[hour]
                    + ": charging " + chargingKw + " kW exceeds limit - base = " + headroom + " kW");
        }
        assertTrue(transformerRows > 0, "hourly_load.csv has transformer rows");
    }

    @Test
    void secondRunWritesTheSameBytes() throws IOException {
        requirePlan();
        Path again = tmp.resolve("again");
        CliRun second = CliRun.of("plan", SCENARIO.toString(), "-o", again.toString());
        assertEquals(ExitCode.OK, second.exitCode(), second.describe());

        for (String name : List.of("stations.geojson", "assignments.geojson", "grid.geojson", "stations.csv",
                "hourly_load.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    name + " differs between two runs");
        }
        ObjectNode first = (ObjectNode) JSON.readTree(out.resolve("summary.json").toFile());
        ObjectNode next = (ObjectNode) JSON.readTree(again.resolve("summary.json").toFile());
        first.remove("solve_seconds");
        next.remove("solve_seconds");
        assertEquals(first, next, "summary.json differs between two runs beyond solve_seconds");
    }

    private static void requirePlan() {
        assertEquals(ExitCode.OK, run.exitCode(), "plan on the sample failed:\n" + run.describe());
    }

    private static void checkPosition(JsonNode position, String where) {
        assertTrue(position != null && position.isArray() && (position.size() == 2 || position.size() == 3),
                where + ": a position is [lon, lat] or [lon, lat, alt]: " + position);
        assertTrue(position.get(0).isNumber() && position.get(1).isNumber(), where + ": numeric position " + position);
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, where + ": out of WGS84 range " + position);
        assertTrue(lon >= -97.0 && lon <= -96.5 && lat >= 43.4 && lat <= 43.7,
                where + ": not in Sioux Falls as [lon, lat] (axis order swapped?) " + position);
    }

    private static List<JsonNode> features(String name) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(out.resolve(name).toFile()).get("features").forEach(list::add);
        return list;
    }

    private static JsonNode summary() throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile());
    }

    private static double sum(List<JsonNode> features, String property) {
        double total = 0;
        for (JsonNode feature : features) {
            JsonNode value = feature.path("properties").get(property);
            assertTrue(value != null && value.isNumber(), "property " + property + " must be a number in " + feature);
            total += value.asDouble();
        }
        return total;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        assertTrue(index >= 0, "hourly_load.csv lacks column " + name + ": " + header);
        return index;
    }
}
