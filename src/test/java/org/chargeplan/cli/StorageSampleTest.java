package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan maps/sioux-falls/storage.yaml}, checked from the written files alone: the figures
 * its README states; every battery's state of charge in {@code hourly_load.csv} replayed hour by
 * hour from the written charge and discharge with the scenario's 90 % round trip (√0.9 each way),
 * within the 10–95 % band of the written capacity, closing the day where it began, never feeding
 * the grid; transformer loads within their upgraded limits; cost parts that add up.
 */
class StorageSampleTest {

    private static final double ONE_WAY = Math.sqrt(0.9);
    /** Written CSV numbers have 4 decimals. */
    private static final double ROUNDING = 2e-3;

    @TempDir
    static Path tmp;
    private static Path out;
    private static JsonNode summary;

    @BeforeAll
    static void plan() throws IOException {
        out = tmp.resolve("storage");
        CliRun run = CliRun.of("plan", "maps/sioux-falls/storage.yaml", "-o", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.describe());
        summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    @Test
    void theReadmeFigures() {
        assertEquals("OPTIMAL", summary.get("status").asText());
        assertEquals("annual", summary.get("cost_basis").asText());
        assertEquals(0.9, summary.get("served_share").asDouble(), 1e-6);
        assertEquals(1_249_869, summary.get("total_cost").asDouble(), 1, "cost per year (README)");
        assertEquals(1_488_932, summary.get("capital_cost").asDouble(), 1, "capital (README)");
        assertEquals(9, summary.get("storage_sites").asInt(), "sites with a battery (README)");
        assertEquals(134.0, summary.get("storage_kwh").asDouble(), 0.05, "battery kWh (README)");
        List<String> upgraded = new ArrayList<>();
        summary.get("upgrades").forEach(u -> upgraded.add(u.get("id").asText() + "+" + u.get("steps").asInt()));
        assertEquals(List.of("T2+1", "T10+1"), upgraded, "upgrades (README)");
        double parts = 0;
        for (JsonNode part : summary.get("cost_parts")) {
            parts += part.asDouble();
        }
        assertEquals(summary.get("total_cost").asDouble(), parts, 0.01, "cost parts add up to the total");
    }

    @Test
    void batteriesReplayFromTheWrittenSchedule() throws IOException {
        Map<String, Map<String, String>> stations = rowsById(out.resolve("stations.csv"));
        Map<String, List<Map<String, String>>> hours = new HashMap<>();
        for (Map<String, String> row : rows(out.resolve("hourly_load.csv"))) {
            if (row.get("element_type").equals("site") && !row.get("storage_soc_kwh").isEmpty()) {
                hours.computeIfAbsent(row.get("element_id"), k -> new ArrayList<>()).add(row);
            }
        }
        assertEquals(summary.get("storage_sites").asInt(), hours.size(), "sites with a battery schedule");
        for (var entry : hours.entrySet()) {
            String site = entry.getKey();
            List<Map<String, String>> day = entry.getValue();
            assertEquals(24, day.size(), site);
            double kwh = number(stations.get(site), "storage_kwh");
            double kw = number(stations.get(site), "storage_kw");
            assertTrue(kwh > 0, site);
            double level = number(day.get(0), "storage_soc_kwh");
            for (int t = 0; t < 24; t++) {
                Map<String, String> h = day.get(t);
                String where = site + " hour " + t;
                assertEquals(level, number(h, "storage_soc_kwh"), ROUNDING, "stored energy replayed, " + where);
                assertTrue(level >= 0.1 * kwh - ROUNDING && level <= 0.95 * kwh + ROUNDING, "state of charge band, " + where);
                double charge = number(h, "storage_charge_kw");
                double discharge = number(h, "storage_discharge_kw");
                assertTrue(charge <= kw + ROUNDING && discharge <= kw + ROUNDING, "power, " + where);
                double grid = number(h, "grid_kw");
                assertEquals(number(h, "charging_kw") + charge - discharge, grid, ROUNDING, "grid draw, " + where);
                assertTrue(grid >= -ROUNDING, "no export, " + where);
                level += ONE_WAY * charge - discharge / ONE_WAY;
            }
            assertEquals(number(day.get(0), "storage_soc_kwh"), level, 10 * ROUNDING, "the day closes, " + site);
        }
    }

    @Test
    void transformersStayWithinTheirUpgradedLimits() throws IOException {
        for (Map<String, String> row : rows(out.resolve("hourly_load.csv"))) {
            if (row.get("element_type").equals("transformer") && number(row, "charging_kw") > 0) {
                assertTrue(number(row, "total_kw") <= number(row, "limit_kw") + ROUNDING,
                        row.get("element_id") + " hour " + row.get("hour"));
            }
            if (row.get("element_type").equals("transformer") && row.get("element_id").equals("T2")) {
                assertEquals(260 * 0.95, number(row, "limit_kw"), 1e-9, "T2 upgraded from 160 to 260 kVA at pf 0.95");
            }
        }
    }

    @Test
    void stationCostsAddUp() throws IOException {
        for (Map<String, String> station : rows(out.resolve("stations.csv"))) {
            double parts = 0;
            for (var field : station.entrySet()) {
                parts += field.getKey().startsWith("cost_") ? Double.parseDouble(field.getValue()) : 0;
            }
            assertEquals(number(station, "cost"), parts, 0.01, station.get("id"));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Transformer upgrades") && html.contains("T2 +1 (260 kVA)"), "upgrades in the report");
        assertTrue(html.contains("Total cost per year"), "annual basis in the report");
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static Map<String, Map<String, String>> rowsById(Path csv) throws IOException {
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows(csv).forEach(r -> byId.put(r.get("id"), r));
        return byId;
    }

    /** Rows of a CSV without quoted cells (ids here are plain), as column → text. */
    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }
}
