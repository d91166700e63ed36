package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output of {@code plan --format gpkg} on the Sioux Falls sample, parsed on its own and
 * compared with {@code summary.json}: counts and totals of stations, chargers, cost, served and
 * demanded energy; the road layer's served flow against the assignments' travel times (each served
 * pair's energy crosses links whose minutes add up to its reach time); the feeder's extremes; the
 * CSV tables, the GeoPackage (read over JDBC), the data inside report.html and report.png; and a
 * second run giving the same bytes in every file.
 */
class OutputAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values are written to 4 decimals; sums of n of them may differ by n × 5e-5. */
    private static final double ROUNDING = 5e-5;

    @TempDir
    static Path tmp;

    private static Path out;
    private static Path again;
    private static JsonNode summary;

    @BeforeAll
    static void planTwice() throws IOException {
        out = tmp.resolve("out");
        again = tmp.resolve("again");
        for (Path folder : List.of(out, again)) {
            CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", folder.toString(), "--format", "gpkg");
            assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        }
        summary = JSON.readTree(out.resolve("summary.json").toFile());
    }

    @Test
    void stationsAddUpToTheSummary() throws IOException {
        List<JsonNode> stations = properties("stations.geojson", null);
        assertEquals(summary.get("sites_opened").asInt(), stations.size());
        int total = 0;
        for (var type = summary.get("chargers").fieldNames(); type.hasNext();) {
            String id = type.next();
            int sum = stations.stream().mapToInt(s -> s.get("chargers_" + id).asInt()).sum();
            assertEquals(summary.get("chargers").get(id).asInt(), sum, "chargers " + id);
            total += sum;
        }
        assertEquals(summary.get("chargers_total").asInt(), total);
        assertEquals(summary.get("total_cost").asDouble(), sum(stations, "cost"), stations.size() * ROUNDING);
        assertEquals(summary.get("served_kwh_per_day").asDouble(), sum(stations, "served_kwh_per_day"),
                stations.size() * ROUNDING + ROUNDING);
    }

    @Test
    void demandAndAssignmentsAddUpToTheSummary() throws IOException {
        List<JsonNode> demand = properties("demand.geojson", null);
        List<JsonNode> assignments = properties("assignments.geojson", null);
        double served = summary.get("served_kwh_per_day").asDouble();
        assertEquals(summary.get("demand_kwh_per_day").asDouble(), sum(demand, "kwh_per_day"), demand.size() * ROUNDING);
        assertEquals(served, sum(demand, "served_kwh_per_day"), demand.size() * ROUNDING + ROUNDING);
        assertEquals(served, sum(assignments, "kwh_per_day"), assignments.size() * ROUNDING + ROUNDING);
        assertEquals(summary.get("served_share").asDouble(), served / summary.get("demand_kwh_per_day").asDouble(),
                ROUNDING);
    }

    @Test
    void servedFlowOnRoadsMatchesTheAssignmentsTravelTimes() throws IOException {
        // Σ_links flow × minutes = Σ_pairs energy × (minutes of its fastest path) = Σ_pairs energy × reach minutes.
        double onRoads = properties("roads.geojson", null).stream()
                .mapToDouble(r -> r.get("served_kwh_per_day").asDouble() * r.get("travel_minutes").asDouble()).sum();
        double byPairs = properties("assignments.geojson", null).stream()
                .mapToDouble(a -> a.get("kwh_per_day").asDouble() * a.get("travel_minutes").asDouble()).sum();
        assertTrue(byPairs > 0, "the sample's drives take time");
        assertEquals(byPairs, onRoads, 1e-4 * byPairs);
    }

    @Test
    void feederExtremesMatchTheSummary() throws IOException {
        List<JsonNode> transformers = properties("grid.geojson", "transformer");
        double peak = transformers.stream().mapToDouble(t -> t.get("peak_loading_pct").asDouble()).max().orElseThrow();
        assertEquals(summary.get("peak_transformer_loading").asDouble(), peak, ROUNDING);
        JsonNode lowest = properties("grid.geojson", "bus").stream()
                .min((a, b) -> Double.compare(a.get("min_voltage_pu").asDouble(), b.get("min_voltage_pu").asDouble()))
                .orElseThrow();
        assertEquals(summary.get("min_voltage_pu").asDouble(), lowest.get("min_voltage_pu").asDouble(), ROUNDING);
        assertEquals(summary.get("min_voltage_bus").asText(), lowest.get("id").asText());
    }

    @Test
    void layerTablesHoldTheLayersRows() throws IOException {
        String[][] tables = {{"assignments", "assignments.geojson", null, "kwh_per_day"},
            {"demand", "demand.geojson", null, "served_kwh_per_day"}, {"roads", "roads.geojson", null, "served_kwh_per_day"},
            {"grid_buses", "grid.geojson", "bus", "min_voltage_pu"},
            {"grid_branches", "grid.geojson", "branch", "peak_flow_kva"},
            {"grid_transformers", "grid.geojson", "transformer", "peak_loading_pct"}};
        for (String[] table : tables) {
            List<String> lines = Files.readAllLines(out.resolve(table[0] + ".csv"));
            List<String> header = List.of(lines.get(0).split(","));
            List<JsonNode> features = properties(table[1], table[2]);
            assertEquals(features.size(), lines.size() - 1, table[0] + ".csv rows");
            int column = header.indexOf(table[3]);
            for (int i = 0; i < features.size(); i++) {
                String[] cells = lines.get(i + 1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                assertEquals(features.get(i).get("id").asText(), cells[0], table[0] + ".csv row " + i);
                assertEquals(features.get(i).get(table[3]).asDouble(), Double.parseDouble(cells[column]), 1e-12,
                        table[0] + ".csv row " + i + " " + table[3]);
            }
        }
    }

    @Test
    void geoPackageTablesHoldTheLayers() throws IOException, SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("plan.gpkg"));
                Statement sql = db.createStatement()) {
            assertEquals(properties("stations.geojson", null).size(), single(sql, "SELECT count(*) FROM stations"));
            assertEquals(summary.get("chargers_total").asInt(), single(sql, "SELECT sum(chargers) FROM stations"));
            assertEquals(properties("roads.geojson", null).size(), single(sql, "SELECT count(*) FROM roads"));
            assertEquals(properties("grid.geojson", "branch").size(), single(sql, "SELECT count(*) FROM grid_branches"));
            assertEquals(8, single(sql, "SELECT count(*) FROM gpkg_contents WHERE data_type = 'features' AND srs_id = 4326"
                    + " AND last_change = '1970-01-01T00:00:00.000Z'"));
            assertEquals(0x47504B47, single(sql, "PRAGMA application_id"), "application_id 'GPKG'");
        }
    }

    @Test
    void reportCarriesThePlan() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        Matcher data = Pattern.compile("(?s)window\\.CHARGEPLAN = (.*?);\\n</script>").matcher(html);
        assertTrue(data.find(), "report data");
        JsonNode plan = JSON.readTree(data.group(1).replace("<\\/", "</")).at("/plans/0/layers");
        assertEquals(summary.get("sites_opened").asInt(), plan.at("/stations/features").size());
        assertEquals(properties("grid.geojson", "branch").size(), plan.at("/grid_branches/features").size());
        assertTrue(html.contains(String.format(Locale.ROOT, "%.1f %% of", 100 * summary.get("served_share").asDouble())),
                "served share in the key figures");
        int transformers = properties("grid.geojson", "transformer").size();
        assertEquals(transformers, count(html, "<title>Transformer "), "one chart per transformer");
        BufferedImage picture = ImageIO.read(out.resolve("report.png").toFile());
        assertEquals(1600, picture.getWidth());
        assertEquals(1000, picture.getHeight());
    }

    @Test
    void everyFileIsTheSameOnTheSecondRun() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> different = new ArrayList<>();
        for (String name : names) {
            byte[] first = Files.readAllBytes(out.resolve(name));
            byte[] second = Files.readAllBytes(again.resolve(name));
            if (name.equals("summary.json")) {
                first = withoutSolveTime(first);
                second = withoutSolveTime(second);
            }
            if (!java.util.Arrays.equals(first, second)) {
                different.add(name);
            }
        }
        assertEquals(List.of(), different, "files that differ between two runs");
        assertArrayEquals(names.toArray(), Files.list(again).map(p -> p.getFileName().toString()).sorted().toArray());
    }

    private static byte[] withoutSolveTime(byte[] json) {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"solve_seconds\" : [0-9.E-]+", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<JsonNode> properties(String file, String kind) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode f : JSON.readTree(out.resolve(file).toFile()).get("features")) {
            if (kind == null || kind.equals(f.at("/properties/kind").asText())) {
                list.add(f.get("properties"));
            }
        }
        return list;
    }

    private static double sum(List<JsonNode> rows, String field) {
        return rows.stream().mapToDouble(r -> r.get(field).asDouble()).sum();
    }

    private static int single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getInt(1);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
