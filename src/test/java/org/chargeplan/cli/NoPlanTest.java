package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario without a feasible plan exits 1, says which constraint conflicts, and writes nothing. */
class NoPlanTest {

    private static final Path SAMPLE = Path.of("maps/sioux-falls");

    @Test
    void aTargetBeyondTheBudgetNamesTheBudget(@TempDir Path dir) throws IOException {
        for (String file : List.of("roads.geojson", "od.csv", "candidates.geojson", "feeder.geojson")) {
            Files.copy(SAMPLE.resolve(file), dir.resolve(file));
        }
        String scenario = Files.readString(SAMPLE.resolve("scenario.yaml"))
                .replace("type: max-coverage\n  budget: 1200000", "type: min-cost\n  coverage_target: 0.7\n  budget: 500000");
        Files.writeString(dir.resolve("scenario.yaml"), scenario);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("plan", dir.resolve("scenario.yaml").toString(), "-o", out.toString(), "--quiet");

        assertEquals(ExitCode.NO_PLAN, run.exitCode(), run.describe());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), run.describe());
        assertTrue(lines.get(0).startsWith("chargeplan: no plan: INFEASIBLE"), run.describe());
        assertTrue(lines.get(0).contains("the budget 500000 allows at most"), run.describe());
        assertFalse(Files.exists(out), "no output folder for a failed plan");
    }
}
