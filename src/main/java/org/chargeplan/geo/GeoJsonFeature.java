package org.chargeplan.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chargeplan.scenario.InputException;

/**
 * One feature of a GeoJSON input file, with typed, validating access to its geometry and
 * properties. Every failure names the file, the feature (by its 1-based position and id when it
 * has one) and the field.
 */
public final class GeoJsonFeature {

    private final Path file;
    private final int number;
    private final JsonNode geometry;
    private final JsonNode properties;
    private final CrsTransform crs;

    GeoJsonFeature(Path file, int number, JsonNode geometry, JsonNode properties, CrsTransform crs) {
        this.file = file;
        this.number = number;
        this.geometry = geometry;
        this.properties = properties;
        this.crs = crs;
    }

    /** 1-based position of the feature in its file. */
    public int number() {
        return number;
    }

    /** The file the feature came from. */
    public Path file() {
        return file;
    }

    /** "feature 3 (id S3)" or "feature 3". */
    public String location() {
        JsonNode id = properties.get("id");
        return id == null || id.isNull() ? "feature " + number : "feature " + number + " (id " + id.asText() + ")";
    }

    /** The geometry type, e.g. {@code Point}. */
    public String geometryType() {
        return geometry.path("type").asText("");
    }

    /** The position of a Point feature, in WGS84 (reprojected when the file is in another CRS). */
    public LonLat point() {
        requireGeometry("Point");
        return position(geometry.path("coordinates"));
    }

    /** The vertices of a LineString feature (at least two). */
    public List<LonLat> lineString() {
        requireGeometry("LineString");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.size() < 2) {
            throw fail("geometry.coordinates", coordinates.toString(), "a LineString needs at least two positions");
        }
        List<LonLat> line = new ArrayList<>(coordinates.size());
        for (JsonNode position : coordinates) {
            line.add(position(position));
        }
        return line;
    }

    /** Whether the property is present and not null. */
    public boolean has(String field) {
        JsonNode value = properties.get(field);
        return value != null && !value.isNull();
    }

    /** A required property as text (numbers are accepted and written plainly). */
    public String text(String field) {
        return optionalText(field).orElseThrow(() -> fail(field, "", "a non-empty text"));
    }

    public Optional<String> optionalText(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = properties.get(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw fail(field, value.toString(), "a non-empty text");
        }
        return Optional.of(value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.asText());
    }

    /** A required number within [min, max]; {@code expected} describes the valid range. */
    public double number(String field, double min, double max, String expected) {
        if (!has(field)) {
            throw fail(field, "", expected);
        }
        return numberValue(field, properties.get(field), min, max, expected);
    }

    public Optional<Double> optionalNumber(String field, double min, double max, String expected) {
        return has(field) ? Optional.of(numberValue(field, properties.get(field), min, max, expected))
                : Optional.empty();
    }

    public Optional<Boolean> optionalBoolean(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = properties.get(field);
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        throw fail(field, value.toString(), "true or false");
    }

    /** A property that is an object mapping names to whole numbers >= 0, e.g. {"ac22": 4}. */
    public Optional<java.util.Map<String, Integer>> optionalCounts(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = properties.get(field);
        if (!value.isObject()) {
            throw fail(field, value.toString(), "an object of charger type id to count, e.g. {\"ac22\": 4}");
        }
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        var names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            double count = numberValue(field + "." + name, value.get(name), 0, 1e6, "a whole number >= 0");
            if (count != Math.rint(count)) {
                throw fail(field + "." + name, value.get(name).asText(), "a whole number >= 0");
            }
            counts.put(name, (int) count);
        }
        return Optional.of(counts);
    }

    /** An error about {@code field} of this feature. */
    public InputException fail(String field, String value, String expected) {
        return new InputException(file, location(), field, value, expected);
    }

    private double numberValue(String field, JsonNode value, double min, double max, String expected) {
        double number;
        if (value.isNumber()) {
            number = value.doubleValue();
        } else if (value.isTextual()) {
            try {
                number = Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                throw fail(field, "'" + value.asText() + "'", expected);
            }
        } else {
            throw fail(field, value.toString(), expected);
        }
        if (!(number >= min && number <= max)) {
            throw fail(field, value.asText(), expected);
        }
        return number;
    }

    private void requireGeometry(String type) {
        if (!type.equals(geometryType())) {
            throw fail("geometry.type", geometryType().isEmpty() ? "" : geometryType(), "must be " + type);
        }
    }

    private LonLat position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw fail("geometry.coordinates", position.toString(), "a position [longitude, latitude]");
        }
        double[] lonLat = crs.apply(position.get(0).doubleValue(), position.get(1).doubleValue());
        if (!LonLat.isValid(lonLat[0], lonLat[1])) {
            throw fail("geometry.coordinates", position.toString(), crs.isIdentity()
                    ? "WGS84 [longitude, latitude] in degrees (longitude first, RFC 7946)"
                    : "[x, y] in " + crs.name() + " that lands on the earth (check the file's CRS)");
        }
        return new LonLat(lonLat[0], lonLat[1]);
    }
}
