package org.chargeplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One feature of an output layer as read back from its GeoJSON file, for the exports built from the
 * written files (CSV tables, GeoPackage, report).
 *
 * @param geometryType {@code Point} or {@code LineString}
 * @param positions    WGS84 {@code [lon, lat]} pairs (one for a point)
 * @param properties   the properties in file order
 */
record LayerFeature(String geometryType, List<double[]> positions, ObjectNode properties) {

    LayerFeature {
        positions = List.copyOf(positions);
    }

    boolean isPoint() {
        return geometryType.equals("Point");
    }

    /** The property's value as text, empty for a missing or null value; numbers in plain notation. */
    String text(String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    /** The property as a number, or {@code fallback} when missing, null or not a number. */
    double number(String name, double fallback) {
        JsonNode value = properties.get(name);
        return value != null && value.isNumber() ? value.doubleValue() : fallback;
    }
}
