package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Monaco sample with its points written in Web Mercator (converted by the spherical formula,
 * outside chargeplan) and {@code input_crs: EPSG:3857}: the same road nodes and the same reach
 * pairs as the WGS84 sample.
 */
class InputCrsTest {

    @Test
    void webMercatorInputsGiveTheSameStudy() {
        assumeTrue(Files.isRegularFile(Path.of("../shared/data/osm/monaco.osm.gz")),
                "shared data set ../shared/data/osm/monaco.osm.gz not present; skipping");
        Study wgs84 = StudyLoader.load(ScenarioReader.read(Path.of("maps/monaco/scenario.yaml")));
        Study mercator = StudyLoader.load(ScenarioReader.read(Path.of("src/test/resources/geo/monaco_3857.yaml")));
        assertEquals(wgs84.problem().demand().stream().map(d -> d.roadNode()).toList(),
                mercator.problem().demand().stream().map(d -> d.roadNode()).toList());
        assertEquals(wgs84.problem().sites().stream().map(s -> s.roadNode()).toList(),
                mercator.problem().sites().stream().map(s -> s.roadNode()).toList());
        assertEquals(wgs84.problem().reach(), mercator.problem().reach());
        for (int i = 0; i < wgs84.problem().demand().size(); i++) {
            assertEquals(wgs84.problem().demand().get(i).position().lon(),
                    mercator.problem().demand().get(i).position().lon(), 1e-7);
            assertEquals(wgs84.problem().demand().get(i).position().lat(),
                    mercator.problem().demand().get(i).position().lat(), 1e-7);
        }
    }

    @Test
    void unknownInputCrsIsABadInput(@TempDir Path temp) throws Exception {
        try (var files = Files.list(Path.of("maps/sioux-falls"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, temp.resolve(file.getFileName()));
            }
        }
        Path scenario = temp.resolve("scenario.yaml");
        Files.writeString(scenario, Files.readString(scenario)
                .replace("name: Sioux Falls sample", "name: x\ninput_crs: EPSG:999999"));
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(scenario));
        assertTrue(e.getMessage().contains("field 'input_crs' = EPSG:999999"), e.getMessage());
    }
}
