package org.chargeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Broken copies of a shipped scenario: the whole {@code maps/} folder is copied into a temporary
 * folder (so relative paths such as {@code ../profiles/...} still resolve), the scenario is
 * copied beside itself as {@code broken.yaml} with one text replacement, and reading it must fail
 * with a one-line {@link InputException} that names the file.
 */
final class BrokenScenario {

    private static final Path MAPS = Path.of("maps");

    private BrokenScenario() {
    }

    /**
     * @param scenario a scenario under {@code maps/}, e.g. {@code maps/sioux-falls/scenario.yaml}
     * @param dir      an empty temporary folder
     */
    static InputException read(Path scenario, Path dir, String target, String replacement) throws IOException {
        try (Stream<Path> files = Files.walk(MAPS)) {
            for (Path source : files.toList()) {
                Path copy = dir.resolve(MAPS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        String text = Files.readString(scenario);
        String broken = text.replace(target, replacement);
        assertNotEquals(text, broken, "the sample no longer contains '" + target + "'; update this test");
        Path file = dir.resolve(MAPS.relativize(scenario)).resolveSibling("broken.yaml");
        Files.writeString(file, broken);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file));
        assertTrue(e.getMessage().contains("broken.yaml"), "message should name the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    static void assertMentions(InputException e, String part) {
        assertTrue(e.getMessage().contains(part), "message should mention '" + part + "': " + e.getMessage());
    }
}
