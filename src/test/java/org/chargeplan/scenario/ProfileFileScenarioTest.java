package org.chargeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario whose demand class takes its hourly profile from a profile CSV
 * ({@code profiles: {public: {file: ../profiles/perth-kinross.csv, column: rapid}}}), as
 * {@code chargeplan profile} writes it: the Sioux Falls sample in {@code study/} with the shipped
 * Perth &amp; Kinross profiles in {@code profiles/} beside it.
 */
class ProfileFileScenarioTest {

    private static final Path SAMPLE_DIR = Path.of("maps/sioux-falls");
    private static final Path PROFILES = Path.of("maps/profiles/perth-kinross.csv");
    private static final String INLINE = """
              public: [1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5, 3.5, 4.0, 4.2, 4.4,
                       4.6, 4.6, 4.7, 5.0, 5.6, 6.3, 6.8, 6.5, 5.4, 4.0, 2.8, 1.8]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void copySample() throws IOException {
        Files.createDirectories(dir.resolve("study"));
        Files.createDirectories(dir.resolve("profiles"));
        for (String name : List.of("roads.geojson", "od.csv", "candidates.geojson", "feeder.geojson")) {
            Files.copy(SAMPLE_DIR.resolve(name), dir.resolve("study").resolve(name));
        }
        Files.copy(PROFILES, dir.resolve("profiles/pk.csv"));
    }

    private Path scenario(String profile) throws IOException {
        String text = Files.readString(SAMPLE_DIR.resolve("scenario.yaml"));
        assertTrue(text.contains(INLINE), "the sample's profile changed; update this test");
        Path file = dir.resolve("study/s.yaml");
        Files.writeString(file, text.replace(INLINE, profile));
        return file;
    }

    @Test
    void readsColumnRelativeToScenario() throws IOException {
        Scenario scenario = ScenarioReader.read(scenario("  public: {file: ../profiles/pk.csv, column: rapid}\n"));

        List<String> lines = Files.readAllLines(PROFILES);
        assertEquals("hour,fast22,fast7,rapid", lines.get(0));
        List<Double> shares = scenario.profiles().get("public");
        assertEquals(24, shares.size());
        assertEquals(1.0, shares.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        for (int h = 0; h < 24; h++) {
            // the shipped column's printed shares sum to exactly 1, so normalising leaves them as printed
            assertEquals(Double.parseDouble(lines.get(h + 1).split(",")[3]), shares.get(h), 1e-12, "hour " + h);
        }
    }

    @Test
    void unknownColumnNamesTheChoices() throws IOException {
        Path file = scenario("  public: {file: ../profiles/pk.csv, column: dc150}\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file));
        assertEquals(file + ": field 'profiles.public.column' = dc150: not a class column of pk.csv; it has"
                + " fast22, fast7, rapid", e.getMessage());
    }

    @Test
    void missingFileAndUnknownFieldAreNamed() throws IOException {
        Path missing = scenario("  public: {file: ../profiles/none.csv, column: rapid}\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(missing));
        assertTrue(e.getMessage().contains("profiles.public.file' = ../profiles/none.csv: no such file"), e.getMessage());

        Path typo = scenario("  public: {file: ../profiles/pk.csv, colum: rapid}\n");
        e = assertThrows(InputException.class, () -> ScenarioReader.read(typo));
        assertTrue(e.getMessage().contains("profiles.public.colum"), e.getMessage());
    }

    @Test
    void badValueInProfileFileNamesLineAndColumn() throws IOException {
        Path csv = dir.resolve("profiles/pk.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(6, "5,0.005447,0.023932,-0.1");
        Files.write(csv, lines);
        Path file = scenario("  public: {file: ../profiles/pk.csv, column: rapid}\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file));
        assertEquals(csv.normalize() + ": line 7: field 'rapid' = -0.1: a number >= 0 (an hourly weight)", e.getMessage());

        Files.write(csv, lines.subList(0, 24));
        e = assertThrows(InputException.class, () -> ScenarioReader.read(file));
        assertTrue(e.getMessage().contains("expected 24 rows (hours 0..23) after the header, found 23"), e.getMessage());
    }
}
