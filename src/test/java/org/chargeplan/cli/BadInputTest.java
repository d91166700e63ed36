package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs to {@code plan} and {@code validate}: each is a copy of the Sioux Falls sample with one
 * thing broken. Every one must exit 2 with one line on stderr that names the file and the field,
 * fail before solving, and leave no output folder (not even a hidden partial one) behind.
 */
class BadInputTest {

    private static final Path SAMPLE = Path.of("maps/sioux-falls");
    private static final List<String> SAMPLE_FILES = List.of(
            "scenario.yaml", "roads.geojson", "od.csv", "candidates.geojson", "feeder.geojson");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Changes one thing in a copied scenario folder. */
    @FunctionalInterface
    interface Mutation {
        void apply(Path scenarioDir) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown field objective.budjet",
                        replaceIn("scenario.yaml", "  budget: 1200000", "  budjet: 1200000"),
                        List.of("scenario.yaml", "objective.budjet")),
                Arguments.of("missing roads file",
                        replaceIn("scenario.yaml", "file: roads.geojson", "file: nope.geojson"),
                        List.of("scenario.yaml", "roads.file", "nope.geojson")),
                Arguments.of("units in a number",
                        replaceIn("scenario.yaml", "power_kw: 22\n", "power_kw: \"22 kW\"\n"),
                        List.of("scenario.yaml", "chargers[0].power_kw", "22 kW")),
                Arguments.of("negative max_per_site",
                        replaceIn("scenario.yaml", "max_per_site: 4\n", "max_per_site: -1\n"),
                        List.of("scenario.yaml", "chargers[0].max_per_site", "-1")),
                Arguments.of("negative transformer rating",
                        editFeature("feeder.geojson", "T2", props -> props.put("rating_kva", -100)),
                        List.of("feeder.geojson", "T2", "rating_kva", "-100")),
                Arguments.of("unknown charger type among existing chargers",
                        editFeature("candidates.geojson", "S10",
                                props -> props.set("existing_chargers", JSON.createObjectNode().put("xyz", 2))),
                        List.of("candidates.geojson", "S10", "existing_chargers", "xyz")),
                Arguments.of("OD origin that is not a road node",
                        (Mutation) dir -> appendLine(dir.resolve("od.csv"), "99,1,100"),
                        List.of("od.csv", "origin", "99")),
                Arguments.of("misspelled objective type",
                        replaceIn("scenario.yaml", "type: max-coverage", "type: max-coverag"),
                        List.of("scenario.yaml", "objective.type", "max-coverag")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void planRejectsBadInputWithOneLineAndNoOutput(String name, Mutation mutation, List<String> mustName)
            throws IOException {
        Path scenario = brokenCopy(mutation);
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("plan", scenario.toString(), "-o", out.toString());

        assertOneLineBadInput(run, mustName);
        assertNoOutputLeft(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void validateRejectsBadInputWithOneLine(String name, Mutation mutation, List<String> mustName)
            throws IOException {
        Path scenario = brokenCopy(mutation);

        CliRun run = CliRun.of("validate", scenario.toString());

        assertOneLineBadInput(run, mustName);
    }

    @Test
    void validateAcceptsTheSample() {
        CliRun run = CliRun.of("validate", SAMPLE.resolve("scenario.yaml").toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertFalse(run.err().contains("Exception"), run.describe());
    }

    @Test
    void validateAcceptsAnUnchangedCopy() throws IOException {
        Path scenario = brokenCopy(dir -> { });

        CliRun run = CliRun.of("validate", scenario.toString());

        assertEquals(0, run.exitCode(), run.describe());
    }

    @Test
    void gapOutOfRangeIsBadInput() {
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("plan", "--gap", "2", SAMPLE.resolve("scenario.yaml").toString(), "-o", out.toString());

        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), "stderr must be one line:\n" + run.describe());
        assertTrue(run.errLines().get(0).startsWith("chargeplan: "), run.describe());
        assertTrue(run.err().contains("--gap"), "the message names the option:\n" + run.describe());
        assertNoOutputLeft(out);
    }

    private Path brokenCopy(Mutation mutation) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scenario"));
        for (String file : SAMPLE_FILES) {
            Files.copy(SAMPLE.resolve(file), dir.resolve(file));
        }
        mutation.apply(dir);
        return dir.resolve("scenario.yaml");
    }

    private static void assertOneLineBadInput(CliRun run, List<String> mustName) {
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertFalse(run.err().contains("Exception"), "no exception name on stderr:\n" + run.describe());
        assertFalse(run.err().contains("\tat "), "no stack trace on stderr:\n" + run.describe());
        // Progress lines of the stages that ran before the bad input was found are INFO log lines;
        // apart from them, the error is exactly one line.
        List<String> lines = run.errLines().stream().filter(l -> !l.startsWith("INFO ")).toList();
        assertEquals(1, lines.size(), "the error must be exactly one line:\n" + run.describe());
        String line = lines.get(0);
        assertTrue(line.startsWith("chargeplan: "), "the line starts with 'chargeplan: ':\n" + run.describe());
        for (String expected : mustName) {
            assertTrue(line.contains(expected), "the message names '" + expected + "':\n" + run.describe());
        }
    }

    private void assertNoOutputLeft(Path out) {
        assertFalse(Files.exists(out), "output folder must not exist after a failed run: " + out);
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            List<String> partial = siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + out.getFileName() + ".")).toList();
            assertTrue(partial.isEmpty(), "hidden staging folders left behind: " + partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mutation replaceIn(String file, String from, String to) {
        return dir -> {
            Path path = dir.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), "the sample " + file + " no longer contains '" + from + "'");
            String changed = text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to));
            assertNotEquals(text, changed);
            Files.writeString(path, changed, StandardCharsets.UTF_8);
        };
    }

    private static Mutation editFeature(String file, String id, java.util.function.Consumer<ObjectNode> edit) {
        return dir -> {
            Path path = dir.resolve(file);
            JsonNode root = JSON.readTree(path.toFile());
            int edited = 0;
            for (JsonNode feature : root.get("features")) {
                if (id.equals(feature.path("properties").path("id").asText())) {
                    edit.accept((ObjectNode) feature.get("properties"));
                    edited++;
                }
            }
            assertEquals(1, edited, "the sample " + file + " should have exactly one feature with id " + id);
            JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), root);
        };
    }

    private static void appendLine(Path file, String line) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String separator = text.endsWith("\n") ? "" : "\n";
        Files.writeString(file, separator + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
