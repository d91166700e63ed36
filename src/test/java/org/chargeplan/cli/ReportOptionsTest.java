package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values of {@code --format} and {@code --compare} are input errors: exit 2, one line, no output. */
class ReportOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void unknownFormatIsRefused() {
        CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", tmp.resolve("out").toString(),
                "--format", "shp");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        assertTrue(run.err().contains("--format") && run.err().contains("shp") && run.err().contains("gpkg"), run.describe());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void compareWithAFolderThatIsNoPlanIsRefused() {
        CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", tmp.resolve("out").toString(),
                "--compare", tmp.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        assertTrue(run.err().contains("--compare") && run.err().contains("summary.json"), run.describe());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void compareWithABrokenSummaryOrNoHourlyTableIsRefusedBeforeSolving() throws Exception {
        java.nio.file.Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("summary.json"), "{ not json");
        CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", tmp.resolve("out").toString(),
                "--compare", broken.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        assertTrue(run.err().contains("summary.json") && run.err().contains("not valid JSON"), run.describe());
        assertFalse(run.err().contains("solve"), "refused before solving: " + run.describe());

        Files.writeString(broken.resolve("summary.json"), "{\"status\": \"OPTIMAL\"}");
        run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", tmp.resolve("out").toString(),
                "--compare", broken.toString(), "--quiet");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertTrue(run.err().contains("hourly_load.csv"), run.describe());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
