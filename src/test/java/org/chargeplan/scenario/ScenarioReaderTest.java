package org.chargeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sioux Falls sample scenario, and broken copies of it that must fail with a clear message. */
class ScenarioReaderTest {

    private static final Path SAMPLE_DIR = Path.of("maps/sioux-falls");
    private static final Path SAMPLE = SAMPLE_DIR.resolve("scenario.yaml");
    /** The files the sample scenario refers to, copied next to broken variants of it. */
    private static final List<String> REFERENCED = List.of("roads.geojson", "od.csv", "candidates.geojson",
            "feeder.geojson");

    @Test
    void readsSampleScenario() {
        Scenario scenario = ScenarioReader.read(SAMPLE);
        assertEquals("Sioux Falls sample", scenario.name());

        assertEquals(List.of("ac22", "dc50"), scenario.chargerTypes().stream().map(ChargerType::id).toList());
        ChargerType ac22 = scenario.chargerTypes().get(0);
        ChargerType dc50 = scenario.chargerTypes().get(1);
        assertEquals(22, ac22.powerKw());
        assertEquals(7_000, ac22.costPerCharger());
        assertEquals(0.8, ac22.utilisation());
        assertEquals(4, ac22.maxPerSite());
        assertEquals(50, dc50.powerKw());
        assertEquals(35_000, dc50.costPerCharger());

        assertEquals(Objective.Kind.MAX_COVERAGE, scenario.objective().kind());
        assertEquals(1_200_000, scenario.objective().budget());
        assertEquals(0, scenario.objective().coverageTarget());

        assertEquals(RoadSource.Format.GEOJSON, scenario.roads().format());
        assertEquals(DemandSource.Kind.OD_TABLE, scenario.demand().kind());
        assertEquals("public", scenario.demand().demandClass());
        assertEquals(4, scenario.candidates().reachMinutes());
        assertTrue(scenario.grid().isPresent());

        List<Double> profile = scenario.profiles().get("public");
        assertEquals(24, profile.size());
        assertEquals(1.0, profile.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        // Raw weights sum to 81.0; hour 18 has the largest, 6.8.
        assertEquals(6.8 / 81.0, profile.get(18), 1e-12);
    }

    private static InputException readBroken(Path dir, String target, String replacement) throws IOException {
        return BrokenScenario.read(SAMPLE, dir, target, replacement);
    }

    private static void assertMentions(InputException e, String part) {
        BrokenScenario.assertMentions(e, part);
    }

    @Test
    void unchangedCopyReads(@TempDir Path dir) throws IOException {
        for (String name : REFERENCED) {
            Files.copy(SAMPLE_DIR.resolve(name), dir.resolve(name));
        }
        Path file = dir.resolve("copy.yaml");
        Files.copy(SAMPLE, file);
        assertEquals(2, ScenarioReader.read(file).chargerTypes().size());
    }

    @Test
    void unknownTopLevelFieldIsRejected(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "name: Sioux Falls sample", "name: Sioux Falls sample\nbudjet: 5");
        assertMentions(e, "unknown field");
        assertMentions(e, "budjet");
    }

    @Test
    void profileWithTwentyThreeHoursIsRejected(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "6.5, 5.4, 4.0, 2.8, 1.8]", "6.5, 5.4, 4.0, 2.8]");
        assertMentions(e, "24");
        assertMentions(e, "profiles.public");
    }

    @Test
    void minCostWithoutCoverageTargetIsRejected(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "type: max-coverage", "type: min-cost");
        assertMentions(e, "objective.coverage_target");
    }
}
