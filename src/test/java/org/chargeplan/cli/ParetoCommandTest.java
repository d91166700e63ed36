package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pareto} on the Sioux Falls sample with 3 points, run twice (determinism), beside one
 * {@code plan} run: {@code pareto.csv} has the documented columns and one row per point, rising
 * targets met by the served shares, cost rising with them; every point folder holds what
 * {@code plan} writes plus the copy of {@code pareto.csv} its report draws, and its summary agrees
 * with its row; nothing half-written is left; a bad {@code --points} exits 2 with one line.
 */
class ParetoCommandTest {

    private static final Path SCENARIO = Path.of("maps/sioux-falls/scenario.yaml");
    private static final List<String> REQUIRED = List.of("point", "target_share", "served_share",
            "served_kwh_per_day", "total_cost", "status", "gap", "knee", "folder");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static CliRun run;
    private static CliRun again;
    private static CliRun plan;

    @BeforeAll
    static void traceTheFront() {
        run = CliRun.of("pareto", SCENARIO.toString(), "--points", "3", "-o", tmp.resolve("front").toString());
        again = CliRun.of("pareto", SCENARIO.toString(), "--points", "3", "-o", tmp.resolve("again").toString());
        plan = CliRun.of("plan", SCENARIO.toString(), "-o", tmp.resolve("plan").toString());
    }

    @Test
    void writesTheTableWithOneRowPerPoint() throws IOException {
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertTrue(run.out().startsWith("pareto: 3 points"), run.describe());
        assertEquals(1, run.out().lines().count(), "one result line on stdout");
        List<String> lines = Files.readAllLines(tmp.resolve("front/pareto.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertEquals(REQUIRED, header.subList(0, REQUIRED.size()), "leading columns");
        assertEquals(4, lines.size(), "header and 3 rows");
        double previousTarget = -1;
        double previousCost = -1;
        for (int r = 1; r < lines.size(); r++) {
            String[] row = lines.get(r).split(",", -1);
            assertEquals(header.size(), row.length, lines.get(r));
            double target = Double.parseDouble(row[header.indexOf("target_share")]);
            double served = Double.parseDouble(row[header.indexOf("served_share")]);
            double cost = Double.parseDouble(row[header.indexOf("total_cost")]);
            assertEquals(String.valueOf(r), row[0]);
            assertEquals("point-" + r, row[header.indexOf("folder")]);
            assertTrue(target > previousTarget && served >= target - 1e-6 && cost >= previousCost, lines.get(r));
            assertTrue(List.of("true", "false").contains(row[header.indexOf("knee")]), lines.get(r));
            previousTarget = target;
            previousCost = cost;
        }
    }

    @Test
    void eachPointFolderIsAPlanOutputThatAgreesWithItsRow() throws IOException {
        assertEquals(ExitCode.OK, plan.exitCode(), plan.describe());
        List<String> planFiles = names(tmp.resolve("plan"));
        List<String> lines = Files.readAllLines(tmp.resolve("front/pareto.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        for (int r = 1; r < lines.size(); r++) {
            String[] row = lines.get(r).split(",", -1);
            Path folder = tmp.resolve("front").resolve(row[header.indexOf("folder")]);
            List<String> expected = Stream.concat(planFiles.stream(), Stream.of("pareto.csv")).sorted().toList();
            assertEquals(expected, names(folder), "files of " + folder.getFileName());
            assertArrayEquals(Files.readAllBytes(tmp.resolve("front/pareto.csv")),
                    Files.readAllBytes(folder.resolve("pareto.csv")), "the copy the report draws");
            JsonNode summary = JSON.readTree(folder.resolve("summary.json").toFile());
            assertEquals("min-cost", summary.get("objective_type").asText());
            assertEquals(Double.parseDouble(row[header.indexOf("total_cost")]), summary.get("total_cost").asDouble(),
                    1e-3, "total_cost of " + folder.getFileName());
            assertEquals(Double.parseDouble(row[header.indexOf("served_kwh_per_day")]),
                    summary.get("served_kwh_per_day").asDouble(), 1e-3, "served kWh/day of " + folder.getFileName());
            assertEquals(row[header.indexOf("status")], summary.get("status").asText());
            String report = Files.readString(folder.resolve("report.html"));
            assertTrue(report.contains("Cost against coverage (3 plans)"), "the report draws the front");
            int chart = report.indexOf("Cost against coverage (3 plans)");
            String svg = report.substring(chart, report.indexOf("</svg>", chart));
            assertTrue(svg.contains(">this plan<") && svg.contains("fill=\"#ef6c00\""), "the point is marked: " + svg);
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        assertEquals(ExitCode.OK, again.exitCode(), again.describe());
        Path a = tmp.resolve("front");
        Path b = tmp.resolve("again");
        assertEquals(names(a), names(b));
        for (String name : names(a)) {
            if (name.equals("summary.json") || name.endsWith("/summary.json")) {
                assertEquals(withoutSeconds(a.resolve(name)), withoutSeconds(b.resolve(name)), name);
            } else {
                assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
            }
        }
    }

    @Test
    void leavesNoStagingFolder() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> hidden = all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertTrue(hidden.isEmpty(), "hidden files or folders left: " + hidden);
        }
    }

    @ParameterizedTest(name = "--points {0}")
    @ValueSource(strings = {"0", "1", "abc", "2.5", "-3"})
    void badPointCountExitsTwoWithOneLine(String points) {
        Path out = tmp.resolve("bad-" + points);
        CliRun bad = CliRun.of("pareto", SCENARIO.toString(), "--points", points, "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode(), bad.describe());
        assertEquals(1, bad.errLines().size(), bad.describe());
        assertTrue(bad.err().contains("--points") && bad.err().contains("= " + points)
                && bad.err().contains("whole number ≥ 2"), bad.describe());
        assertFalse(bad.err().contains("Exception"), bad.describe());
        assertFalse(Files.exists(out), "no output folder");
    }

    @ParameterizedTest(name = "--knee-sensitivity {0}")
    @ValueSource(strings = {"-1", "x", "NaN"})
    void badKneeSensitivityExitsTwoWithOneLine(String sensitivity) {
        Path out = tmp.resolve("bad-s");
        CliRun bad = CliRun.of("pareto", SCENARIO.toString(), "--knee-sensitivity", sensitivity, "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode(), bad.describe());
        assertEquals(1, bad.errLines().size(), bad.describe());
        assertTrue(bad.err().contains("--knee-sensitivity") && bad.err().contains("= " + sensitivity), bad.describe());
        assertFalse(Files.exists(out), "no output folder");
    }

    /** Every file under a folder, as relative paths, sorted. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static JsonNode withoutSeconds(Path summary) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(summary.toFile());
        node.remove("solve_seconds");
        return node;
    }
}
