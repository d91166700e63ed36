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
}
