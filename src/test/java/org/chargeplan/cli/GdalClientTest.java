package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL (Debian {@code gdal-bin}) as an independent GIS client of {@code plan --format gpkg} on the
 * Sioux Falls sample: {@code ogrinfo} opens every GeoJSON file and every GeoPackage table without
 * a warning, in WGS84 (EPSG:4326), with the feature counts and geometry types that the files hold
 * by their own JSON; {@code ogr2ogr} round-trips each GeoJSON through a GeoPackage and each
 * {@code plan.gpkg} table to GeoJSON with the same features, geometries and properties. Skips when
 * GDAL is not installed.
 */
class GdalClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GEOJSON = List.of("stations.geojson", "assignments.geojson", "demand.geojson",
            "roads.geojson", "grid.geojson", "hosting_capacity.geojson");
    /** GeoPackage table, its GeoJSON source, feature kind (null: all) and geometry type as ogrinfo names it. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"stations", "stations.geojson", null, "Point"},
            new String[] {"assignments", "assignments.geojson", null, "Line String"},
            new String[] {"demand", "demand.geojson", null, "Point"},
            new String[] {"roads", "roads.geojson", null, "Line String"},
            new String[] {"grid_buses", "grid.geojson", "bus", "Point"},
            new String[] {"grid_branches", "grid.geojson", "branch", "Line String"},
            new String[] {"grid_transformers", "grid.geojson", "transformer", "Point"},
            new String[] {"hosting_capacity", "hosting_capacity.geojson", null, "Point"});

    @TempDir
    static Path tmp;

    private static Path out;
    private static ExternalProgram ogrinfo;
    private static ExternalProgram ogr2ogr;

    @BeforeAll
    static void planTheSample() {
        ogrinfo = ExternalProgram.require("gdal-bin", "ogrinfo");
        ogr2ogr = ExternalProgram.require("gdal-bin", "ogr2ogr");
        out = tmp.resolve("out");
        CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", out.toString(), "--format", "gpkg");
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
    }

    @Test
    void ogrinfoOpensEveryGeoJsonInWgs84WithItsFeatureCount() throws IOException {
        for (String name : GEOJSON) {
            ExternalProgram.Result info = clean(ogrinfo.run(out, "-ro", "-al", "-so", name), name);
            List<JsonNode> features = features(out.resolve(name), null);
            assertEquals(features.size(), featureCount(info.out()), name + ": feature count\n" + info.describe());
            assertTrue(info.out().contains("ID[\"EPSG\",4326]"), name + ": not WGS84\n" + info.describe());
            String types = String.join(",", features.stream().map(f -> f.at("/geometry/type").asText()).distinct().toList());
            String expected = switch (types) {
                case "Point" -> "Point";
                case "LineString" -> "Line String";
                default -> "Unknown (any)";
            };
            assertTrue(info.out().contains("Geometry: " + expected + "\n"), name + ": geometry " + expected + "\n"
                    + info.describe());
        }
    }

    @Test
    void ogrinfoReadsEachKindOfTheFeederFileWithItsGeometry() throws IOException {
        ExternalProgram.Result info = clean(ogrinfo.run(out, "-ro", "grid.geojson", "-dialect", "SQLite", "-sql",
                "SELECT kind, GeometryType(geometry) AS g, count(*) AS n FROM grid GROUP BY kind, g ORDER BY kind"),
                "grid.geojson");
        Map<String, String> byGdal = new TreeMap<>();
        Matcher m = Pattern.compile("kind \\(String\\) = (\\w+)\\s+g \\(String\\) = (\\w+)\\s+n \\(Integer\\) = (\\d+)")
                .matcher(info.out());
        while (m.find()) {
            byGdal.put(m.group(1), m.group(2) + " " + m.group(3));
        }
        Map<String, String> byJson = new TreeMap<>();
        for (String kind : List.of("bus", "branch", "transformer")) {
            List<JsonNode> features = features(out.resolve("grid.geojson"), kind);
            String type = features.get(0).at("/geometry/type").asText().toUpperCase(java.util.Locale.ROOT);
            byJson.put(kind, type + " " + features.size());
        }
        assertEquals(byJson, byGdal, info.describe());
    }

    @Test
    void ogrinfoOpensEveryGeoPackageTableWithoutWarnings() throws IOException {
        ExternalProgram.Result list = clean(ogrinfo.run(out, "-ro", "plan.gpkg"), "plan.gpkg");
        for (String[] table : TABLES) {
            assertTrue(list.out().contains(": " + table[0] + " (" + table[3] + ")"), table[0] + "\n" + list.describe());
            ExternalProgram.Result info = clean(ogrinfo.run(out, "-ro", "-so", "plan.gpkg", table[0]), table[0]);
            assertEquals(features(out.resolve(table[1]), table[2]).size(), featureCount(info.out()),
                    table[0] + ": feature count\n" + info.describe());
            assertTrue(info.out().contains("Geometry: " + table[3] + "\n"), info.describe());
            assertTrue(info.out().contains("ID[\"EPSG\",4326]"), table[0] + ": not WGS84\n" + info.describe());
        }
    }

    @Test
    void ogr2ogrRoundTripsEveryGeoJsonThroughAGeoPackage() throws IOException {
        for (String name : GEOJSON) {
            String stem = name.replace(".geojson", "");
            clean(ogr2ogr.run(out, "-f", "GPKG", "rt-" + stem + ".gpkg", name), name + " to GPKG");
            clean(ogr2ogr.run(out, "-f", "GeoJSON", "rt-" + stem + ".geojson", "rt-" + stem + ".gpkg"), name + " back");
            assertSameFeatures(features(out.resolve(name), null), features(out.resolve("rt-" + stem + ".geojson"), null),
                    name);
        }
    }

    @Test
    void ogr2ogrExportsEveryGeoPackageTableWithTheGeoJsonFeatures() throws IOException {
        for (String[] table : TABLES) {
            clean(ogr2ogr.run(out, "-f", "GeoJSON", "gpkg-" + table[0] + ".geojson", "plan.gpkg", table[0]), table[0]);
            assertSameFeatures(features(out.resolve(table[1]), table[2]),
                    features(out.resolve("gpkg-" + table[0] + ".geojson"), null), "plan.gpkg " + table[0]);
        }
    }

    private static ExternalProgram.Result clean(ExternalProgram.Result result, String what) {
        assertEquals(0, result.exitCode(), what + "\n" + result.describe());
        String all = result.out() + result.err();
        assertFalse(all.contains("Warning") || all.contains("ERROR"), what + ": GDAL complains\n" + result.describe());
        return result;
    }

    private static int featureCount(String ogrinfoOutput) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfoOutput);
        if (!m.find()) {
            fail("no feature count in\n" + ogrinfoOutput);
        }
        return Integer.parseInt(m.group(1));
    }

    private static List<JsonNode> features(Path file, String kind) throws IOException {
        List<JsonNode> features = new ArrayList<>();
        for (JsonNode f : JSON.readTree(file.toFile()).get("features")) {
            if (kind == null || kind.equals(f.at("/properties/kind").asText())) {
                features.add(f);
            }
        }
        return features;
    }

    /** Same count, order, coordinates (1e-9 degrees) and property values (numbers to 1e-9 relative). */
    private static void assertSameFeatures(List<JsonNode> expected, List<JsonNode> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": feature count");
        for (int i = 0; i < expected.size(); i++) {
            String where = what + " feature " + i;
            assertEquals(expected.get(i).at("/geometry/type").asText(), actual.get(i).at("/geometry/type").asText(), where);
            assertSameValue(expected.get(i).at("/geometry/coordinates"), actual.get(i).at("/geometry/coordinates"),
                    where + " coordinates");
            JsonNode properties = expected.get(i).get("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                assertSameValue(properties.get(name), actual.get(i).get("properties").path(name), where + " " + name);
            }
        }
    }

    private static void assertSameValue(JsonNode expected, JsonNode actual, String where) {
        if (expected.isNumber()) {
            assertTrue(actual.isNumber(), where + ": " + expected + " became " + actual);
            double scale = Math.max(1, Math.abs(expected.doubleValue()));
            assertEquals(expected.doubleValue(), actual.doubleValue(), 1e-9 * scale, where);
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), where);
            for (int k = 0; k < expected.size(); k++) {
                assertSameValue(expected.get(k), actual.get(k), where);
            }
        } else if (expected.isNull()) {
            assertTrue(actual.isNull() || actual.isMissingNode(), where + ": null became " + actual);
        } else {
            assertEquals(expected.asText(), actual.asText(), where);
        }
    }
}
