package org.chargeplan.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chargeplan.scenario.InputException;

/**
 * Reads the features of a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude).
 *
 * <p>Files in another CRS are reprojected to WGS84 with {@link CrsTransform}: the CRS is the one a
 * legacy {@code crs} member names ({@code {"type": "name", "properties": {"name": "EPSG:3857"}}}),
 * else the caller's default (the scenario's {@code input_crs}), else WGS84. A {@code crs} member
 * naming a CRS proj4j does not know is refused with a message, since its coordinates would
 * otherwise land in the wrong place.
 */
public final class GeoJsonReader {

    private static final JsonNode EMPTY_PROPERTIES = JsonNodeFactory.instance.objectNode();

    private GeoJsonReader() {
    }

    /** The features of {@code file}, in file order. An empty collection gives an empty list. */
    public static List<GeoJsonFeature> read(Path file) {
        return read(file, Optional.empty());
    }

    /**
     * The features of {@code file}, reprojected to WGS84 from the CRS its {@code crs} member names,
     * else from {@code defaultCrs}, else taken as WGS84.
     */
    public static List<GeoJsonFeature> read(Path file, Optional<String> defaultCrs) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "", "", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot read file (" + e.getMessage() + ")", e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InputException(file, "", "type", root == null ? "" : root.path("type").asText(),
                    "must be a GeoJSON FeatureCollection");
        }
        CrsTransform crs = crsOf(file, root.path("crs"), defaultCrs);
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new InputException(file, "", "features", features.toString(), "must be an array of features");
        }
        List<GeoJsonFeature> list = new ArrayList<>(features.size());
        int number = 0;
        for (JsonNode feature : features) {
            number++;
            JsonNode geometry = feature.path("geometry");
            if (!geometry.isObject()) {
                throw new InputException(file, "feature " + number, "geometry", geometry.toString(),
                        "every feature needs a geometry");
            }
            JsonNode properties = feature.path("properties");
            list.add(new GeoJsonFeature(file, number, geometry,
                    properties.isObject() ? properties : EMPTY_PROPERTIES, crs));
        }
        return list;
    }

    private static CrsTransform crsOf(Path file, JsonNode crs, Optional<String> defaultCrs) {
        if (crs.isMissingNode() || crs.isNull()) {
            return defaultCrs.map(name -> CrsTransform.toWgs84(name).orElseThrow(() -> new InputException(file, "",
                    "input_crs", name, "not a coordinate reference system proj4j knows; give an EPSG code such as"
                    + " EPSG:3857 or EPSG:32632"))).orElse(CrsTransform.identity());
        }
        String name = crs.path("properties").path("name").asText("");
        return CrsTransform.toWgs84(name).orElseThrow(() -> new InputException(file, "", "crs",
                name.isEmpty() ? crs.toString() : name, "not a coordinate reference system proj4j knows; name an EPSG"
                + " code (e.g. urn:ogc:def:crs:EPSG::3857) or reproject the file to WGS84"));
    }
}
