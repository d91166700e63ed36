package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chargeplan.grid.Feeder;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch rating changes the plan and holds in the AC power flow. The sample's lateral 6–26
 * (branch L25) carries about 1,360 kVA of base load at 18:00 and about 1,580 kVA with the sample
 * plan; rated at 1,500 kVA, the plan must keep the AC flow within it.
 */
class BranchRatingTest {

    private static final SolveOptions OPTIONS = new SolveOptions(120, 1e-4, 1);

    @Test
    void aRatedLateralStaysWithinItsRatingInTheAcCheck(@TempDir Path dir) throws IOException {
        AcCheckedPlanner.Outcome free = plan(Path.of("maps/sioux-falls/scenario.yaml"));
        double unrated = peakFlow(free, "L25");
        assertTrue(unrated > 1500, "without a rating the plan loads L25 to " + unrated + " kVA");

        for (String file : List.of("scenario.yaml", "roads.geojson", "od.csv", "candidates.geojson", "feeder.geojson")) {
            Files.copy(Path.of("maps/sioux-falls").resolve(file), dir.resolve(file));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode feeder = (ObjectNode) json.readTree(dir.resolve("feeder.geojson").toFile());
        feeder.withArray("features").forEach(f -> {
            if ("L25".equals(f.path("properties").path("id").asText())) {
                ((ObjectNode) f.path("properties")).put("rating_kva", 1500);
            }
        });
        json.writeValue(dir.resolve("feeder.geojson").toFile(), feeder);

        AcCheckedPlanner.Outcome rated = plan(dir.resolve("scenario.yaml"));
        assertEquals(SolveStatus.OPTIMAL, rated.result().status());
        assertTrue(rated.acFeasible(), "the AC check accepts the plan");
        double flow = peakFlow(rated, "L25");
        assertTrue(flow <= 1500 * (1 + 1e-6), "AC flow on L25 " + flow + " kVA within its 1,500 kVA rating");
        assertTrue(flow > 1400, "the rating binds: " + flow);
    }

    private static AcCheckedPlanner.Outcome plan(Path scenario) {
        Study study = StudyLoader.load(ScenarioReader.read(scenario));
        return AcCheckedPlanner.plan(study.problem(), new HighsBackend(), OPTIONS);
    }

    private static double peakFlow(AcCheckedPlanner.Outcome outcome, String branchId) {
        Feeder feeder = outcome.problem().feeder().orElseThrow();
        for (int l = 0; l < feeder.branches().size(); l++) {
            if (feeder.branches().get(l).id().equals(branchId)) {
                return outcome.impact().orElseThrow().peakFlowKva(l);
            }
        }
        throw new AssertionError("no branch " + branchId);
    }
}
