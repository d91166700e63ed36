package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid-check} on the real command line: the Baran & Wu base case from both feeder files
 * (losses 202.68 kW / 135.14 kvar, 0.91309 p.u. at bus 18), a plan written by {@code plan} read back
 * independently of the planner, a plan without grid limits that breaks them, stations written by
 * another tool, and bad command lines.
 */
class GridCheckCommandTest {

    private static final Path SCENARIO = Path.of("maps/sioux-falls/scenario.yaml");
    private static final Path CASE33BW = Path.of("../shared/data/ieee33/case33bw.m");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void matpowerCaseGivesTheBaranWuBaseCase() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CASE33BW), "shared data set ../shared/data/ieee33 not present; skipping");
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", "--feeder", CASE33BW.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        JsonNode summary = assertBaranWu(out, run);
        assertTrue(summary.get("max_loading_pct").isNull(), "case33bw has no ratings: " + summary);
        assertFalse(Files.exists(out.resolve("grid.geojson")), "a MATPOWER case has no coordinates to map");
        assertTrue(run.out().contains("no branch ratings"), run.describe());
    }

    @Test
    void feederGeoJsonGivesTheSameBaseCaseAndAMap() throws IOException {
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", "--feeder", "maps/sioux-falls/feeder.geojson", "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        JsonNode summary = assertBaranWu(out, run);
        assertTrue(summary.get("max_loading_pct").isNumber(), "the transformers have ratings: " + summary);
        JsonNode grid = JSON.readTree(out.resolve("grid.geojson").toFile());
        assertEquals(33 + 37 + 32, grid.get("features").size(), "buses, branches and transformers");
        assertEquals(0.9131, minVoltageInGeoJson(grid), 1e-4);
    }

    @Test
    void planFromTheFilesMatchesThePlansOwnPowerFlowAndPassesItsLimits() throws IOException {
        Path plan = tmp.resolve("plan");
        CliRun planRun = CliRun.of("plan", SCENARIO.toString(), "-o", plan.toString());
        assertEquals(ExitCode.OK, planRun.exitCode(), planRun.describe());
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", SCENARIO.toString(), "--plan", plan.resolve("stations.geojson").toString(),
                "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        double planMinimum = JSON.readTree(plan.resolve("summary.json").toFile()).get("min_voltage_pu").asDouble();
        assertEquals(planMinimum, minVoltageInCsv(out.resolve("grid_impact.csv")), 1e-4 + 1e-9);
        assertEquals(List.of("hour,kind,element_id,value,limit"), Files.readAllLines(out.resolve("violations.csv")));
        assertEquals(24 * (33 + 32 + 32 + 1) + 1, Files.readAllLines(out.resolve("grid_impact.csv")).size(),
                "hours × (buses, branches in service, transformers, feeder losses) + header");
        assertSameTable(plan.resolve("grid_impact.csv"), out.resolve("grid_impact.csv"));
        assertSameProperties(JSON.readTree(plan.resolve("grid.geojson").toFile()),
                JSON.readTree(out.resolve("grid.geojson").toFile()));
        assertTrue(run.out().contains("no violations"), run.describe());
    }

    @Test
    void meshedCaseIsSolvedByNewtonRaphson() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CASE33BW), "shared data set ../shared/data/ieee33 not present; skipping");
        Path meshed = tmp.resolve("meshed.m");
        Files.write(meshed, Files.readAllLines(CASE33BW).stream()
                .map(line -> line.startsWith("\t18\t33\t") ? line.replace("\t0\t-360", "\t1\t-360") : line).toList());
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", "--feeder", meshed.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertTrue(run.out().contains("33 branches in service (meshed)"), run.describe());
        JsonNode summary = JSON.readTree(out.resolve("grid_summary.json").toFile());
        assertTrue(summary.get("losses_kw").asDouble() < 202.6, "a closed tie shares the load: " + summary);
        assertTrue(summary.get("min_voltage_pu").asDouble() > 0.9131, "a closed tie shares the load: " + summary);
    }

    @Test
    void busCutOffFromTheSlackIsBadInput() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CASE33BW), "shared data set ../shared/data/ieee33 not present; skipping");
        Path cut = tmp.resolve("cut.m");
        Files.write(cut, Files.readAllLines(CASE33BW).stream()
                .map(line -> line.startsWith("\t17\t18\t") ? line.replace("\t1\t-360", "\t0\t-360") : line).toList());
        CliRun run = CliRun.of("grid-check", "--feeder", cut.toString(), "-o", tmp.resolve("check").toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertTrue(run.err().contains(cut + ": bus 18: is not connected to the slack bus"), run.describe());
    }

    @Test
    void planWithoutGridLimitsBreaksThemAtTheEveningPeak() throws IOException {
        Path plan = tmp.resolve("free");
        CliRun planRun = CliRun.of("plan", SCENARIO.toString(), "--no-grid-limits", "-o", plan.toString());
        assertEquals(ExitCode.OK, planRun.exitCode(), planRun.describe());
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", SCENARIO.toString(), "--plan", plan.resolve("stations.geojson").toString(),
                "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        List<String> rows = Files.readAllLines(out.resolve("violations.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("18,transformer,")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("18,voltage,")), String.join("\n", rows));
        assertTrue(run.out().contains((rows.size() - 1) + " violations"), run.describe());
        assertTrue(run.out().contains("transformer") && run.out().contains("voltage"), run.describe());
    }

    @Test
    void stationsFromAnotherToolNeedOnlyInstalledKw() throws IOException {
        Path stations = tmp.resolve("other-tool.geojson");
        Files.writeString(stations, featureCollection(
                point("A", -96.7319317, 43.5452343, "\"chargers\": 4, \"kw\": 200"),
                point("B", -96.7316067, 43.5483528, "\"kw\": 100")));
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", SCENARIO.toString(), "--plan", stations.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertTrue(run.out().contains("(2 stations, 300 kW peak charging)"), run.describe());
        assertTrue(Files.isRegularFile(out.resolve("grid_impact.csv")));
    }

    @Test
    void stationWithoutPowerIsBadInputNamingFileFeatureAndFields() throws IOException {
        Path stations = tmp.resolve("other-tool.geojson");
        Files.writeString(stations, featureCollection(
                point("A", -96.7319317, 43.5452343, "\"kw\": 200"),
                point("B", -96.7316067, 43.5483528, "\"chargers\": 2")));
        Path out = tmp.resolve("check");
        CliRun run = CliRun.of("grid-check", SCENARIO.toString(), "--plan", stations.toString(), "-o", out.toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        List<String> errors = run.errLines().stream().filter(l -> !l.startsWith("INFO ")).toList();
        assertEquals(1, errors.size(), "one error line besides the progress log:\n" + run.describe());
        String line = errors.get(0);
        for (String part : List.of(stations.toString(), "feature 2 (id B)", "peak_kw", "'kw'")) {
            assertTrue(line.contains(part), "'" + part + "' missing from: " + line);
        }
        assertFalse(Files.exists(out), "no output folder after bad input");
    }

    @Test
    void neitherPlanNorFeederIsBadInput() {
        CliRun run = CliRun.of("grid-check", "-o", tmp.resolve("check").toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        assertTrue(run.errLines().get(0).startsWith("chargeplan: command line: "), run.describe());
        assertTrue(run.errLines().get(0).contains("--plan") && run.errLines().get(0).contains("--feeder"),
                run.describe());
    }

    @Test
    void feederWithAPlanIsBadInput() {
        CliRun run = CliRun.of("grid-check", SCENARIO.toString(), "--feeder", "maps/sioux-falls/feeder.geojson");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertTrue(run.errLines().get(0).contains("field '--feeder'"), run.describe());
    }

    private static JsonNode assertBaranWu(Path out, CliRun run) throws IOException {
        JsonNode summary = JSON.readTree(out.resolve("grid_summary.json").toFile());
        assertEquals(202.68, summary.get("losses_kw").asDouble(), 0.05, summary.toString());
        assertEquals(135.14, summary.get("losses_kvar").asDouble(), 0.05, summary.toString());
        assertEquals(0.91309, summary.get("min_voltage_pu").asDouble(), 1e-4, summary.toString());
        assertEquals("18", summary.get("min_voltage_bus").asText(), summary.toString());
        assertTrue(run.out().contains("202.68"), run.describe());
        assertTrue(Files.isRegularFile(out.resolve("grid_impact.csv")));
        assertTrue(Files.isRegularFile(out.resolve("violations.csv")));
        return summary;
    }

    /** Every property that both layers have is equal, feature by feature. */
    private static void assertSameProperties(JsonNode expected, JsonNode actual) {
        assertEquals(expected.get("features").size(), actual.get("features").size(), "feature count");
        for (int i = 0; i < expected.get("features").size(); i++) {
            JsonNode want = expected.get("features").get(i).get("properties");
            JsonNode got = actual.get("features").get(i).get("properties");
            want.fieldNames().forEachRemaining(name -> {
                if (got.has(name) && want.get(name).isNumber() && got.get(name).isNumber()) {
                    // grid-check reads the stations' peak_kw as written (rounded to 0.0001 kW), so the
                    // last written digit of a flow may differ
                    assertEquals(want.get(name).asDouble(), got.get(name).asDouble(), 2e-4 + 1e-9 * Math.abs(want.get(name).asDouble()),
                            want.get("kind") + " " + want.get("id") + ": " + name);
                } else if (got.has(name)) {
                    assertEquals(want.get(name), got.get(name), want.get("kind") + " " + want.get("id") + ": " + name);
                }
            });
        }
    }

    /**
     * grid-check of the written plan reproduces the plan's own hourly table: same rows, values within
     * the rounding of the stations file's peak_kw (4 decimals) carried through the power flow.
     */
    private static void assertSameTable(Path expected, Path actual) throws IOException {
        List<String> a = Files.readAllLines(expected);
        List<String> b = Files.readAllLines(actual);
        assertEquals(a.size(), b.size(), "rows");
        for (int i = 0; i < a.size(); i++) {
            String[] x = a.get(i).split(",", -1);
            String[] y = b.get(i).split(",", -1);
            assertEquals(x.length, y.length, "row " + i);
            for (int c = 0; c < x.length; c++) {
                if (c == 3 && i > 0) {
                    double u = Double.parseDouble(x[c]);
                    double v = Double.parseDouble(y[c]);
                    assertEquals(u, v, 1e-3 * Math.max(1, Math.abs(u)), "row " + i + ": " + a.get(i) + " vs " + b.get(i));
                } else if (c != 6) {
                    assertEquals(x[c], y[c], "row " + i + " column " + c);
                }
            }
        }
    }

    private static double minVoltageInCsv(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(","))
                .filter(cells -> cells[1].equals("bus")).mapToDouble(cells -> Double.parseDouble(cells[3])).min()
                .orElseThrow();
    }

    private static double minVoltageInGeoJson(JsonNode grid) {
        double min = Double.POSITIVE_INFINITY;
        for (JsonNode feature : grid.get("features")) {
            if (feature.get("properties").get("kind").asText().equals("bus")) {
                min = Math.min(min, feature.get("properties").get("min_voltage_pu").asDouble());
            }
        }
        return min;
    }

    private static String featureCollection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    private static String point(String id, double lon, double lat, String properties) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat
                + "]}, \"properties\": {\"id\": \"" + id + "\", " + properties + "}}";
    }
}
