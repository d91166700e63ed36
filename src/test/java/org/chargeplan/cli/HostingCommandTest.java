package org.chargeplan.cli;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chargeplan hosting} on the Sioux Falls sample, and on a copy without a feeder. */
class HostingCommandTest {

    private static final Path SAMPLE = Path.of("maps/sioux-falls");
    private static final int NON_SLACK_BUSES = 32;

    @TempDir
    Path tmp;

    @Test
    void writesOneRowAndOneFeaturePerNonSlackBus() throws IOException {
        Path out = tmp.resolve("h");

        CliRun run = CliRun.of("hosting", SAMPLE.resolve("scenario.yaml").toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        List<String> stdout = run.out().lines().toList();
        assertEquals(1, stdout.size(), run.describe());
        assertTrue(stdout.get(0).startsWith("hosting capacity of 32 buses: lowest "), run.describe());
        assertTrue(stdout.get(0).endsWith("results in " + out), run.describe());

        List<String> csv = Files.readAllLines(out.resolve("hosting_capacity.csv"), StandardCharsets.UTF_8);
        assertEquals("bus,lon,lat,hosting_kw,binding_kind,binding_element,binding_hour,binding_value,binding_limit",
                csv.get(0));
        assertEquals(NON_SLACK_BUSES, csv.size() - 1);
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",", -1);
            assertEquals(9, cells.length, row);
            assertTrue(Double.parseDouble(cells[3]) > 0, row);
            assertTrue(List.of("voltage", "branch", "transformer").contains(cells[4]), row);
        }

        JsonNode geojson = new ObjectMapper().readTree(out.resolve("hosting_capacity.geojson").toFile());
        assertEquals("FeatureCollection", geojson.get("type").asText());
        assertFalse(geojson.has("crs"));
        JsonNode features = geojson.get("features");
        assertEquals(NON_SLACK_BUSES, features.size());
        List<String> ids = new ArrayList<>();
        for (JsonNode feature : features) {
            assertEquals("Point", feature.at("/geometry/type").asText());
            JsonNode properties = feature.get("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("id", "hosting_kw", "binding_kind", "binding_element", "binding_hour"), names);
            ids.add(properties.get("id").asText());
        }
        assertEquals(csv.subList(1, csv.size()).stream().map(r -> r.split(",")[0]).toList(), ids,
                "the CSV and the GeoJSON list the same buses in the same order");
    }

    @Test
    void aScenarioWithoutAFeederIsBadInputNamingGridFeeder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("no-grid"));
        for (String file : List.of("roads.geojson", "od.csv", "candidates.geojson")) {
            Files.copy(SAMPLE.resolve(file), dir.resolve(file));
        }
        String yaml = Files.readString(SAMPLE.resolve("scenario.yaml"), StandardCharsets.UTF_8);
        String withoutGrid = yaml.replaceAll("(?ms)^grid:\\n(?:[ #].*?\\n|\\n)*?(?=^\\S)", "");
        assertFalse(withoutGrid.contains("feeder.geojson"), "the grid section was removed:\n" + withoutGrid);
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, withoutGrid, StandardCharsets.UTF_8);
        Path out = tmp.resolve("h");

        CliRun run = CliRun.of("hosting", scenario.toString(), "-o", out.toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        List<String> lines = run.errLines().stream().filter(l -> !l.startsWith("INFO ")).toList();
        assertEquals(1, lines.size(), "the error must be exactly one line:\n" + run.describe());
        assertTrue(lines.get(0).startsWith("chargeplan: "), run.describe());
        assertTrue(lines.get(0).contains("scenario.yaml"), run.describe());
        assertTrue(lines.get(0).contains("'grid.feeder'"), run.describe());
        assertFalse(Files.exists(out), "no output after a failed run");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".h.")), "no staging folder left");
        }
    }
}
