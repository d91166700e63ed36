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
import org.chargeplan.scenario.InputException;

/**
 * Reads the features of a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude).
 *
 * <p>A legacy {@code crs} member naming anything but WGS84 / CRS84 is refused with a message, since
 * coordinates in another CRS would silently land in the wrong place.
 */
public final class GeoJsonReader {

    private static final JsonNode EMPTY_PROPERTIES = JsonNodeFactory.instance.objectNode();

    private GeoJsonReader() {
    }

    /** The features of {@code file}, in file order. An empty collection gives an empty list. */
    public static List<GeoJsonFeature> read(Path file) {
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
        checkCrs(file, root.path("crs"));
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
                    properties.isObject() ? properties : EMPTY_PROPERTIES));
        }
        return list;
    }

    private static void checkCrs(Path file, JsonNode crs) {
        if (crs.isMissingNode() || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asText("");
        if (!(name.endsWith("CRS84") || name.endsWith("4326"))) {
            throw new InputException(file, "", "crs", name.isEmpty() ? crs.toString() : name,
                    "coordinates must be WGS84 longitude/latitude (RFC 7946); reproject the file first");
        }
    }
}
