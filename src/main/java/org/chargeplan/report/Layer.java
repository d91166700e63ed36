package org.chargeplan.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An output layer read back from a GeoJSON file the report package wrote: its features in file
 * order, optionally only those of one {@code kind} (the feeder file mixes buses, branches and
 * transformers). Immutable.
 *
 * @param name     the layer's name in the GeoPackage and the CSV file name
 * @param features the features, in file order
 */
record Layer(String name, List<LayerFeature> features) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    Layer {
        features = List.copyOf(features);
    }

    /**
     * The features of a GeoJSON file, or empty when the file does not exist.
     *
     * @param kind only features whose {@code kind} property equals this; null for all
     */
    static Optional<Layer> read(Path file, String name, String kind) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<LayerFeature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            if (kind != null && !kind.equals(properties.path("kind").asText())) {
                continue;
            }
            JsonNode geometry = feature.get("geometry");
            String type = geometry.get("type").asText();
            List<double[]> positions = new ArrayList<>();
            if (type.equals("Point")) {
                positions.add(position(geometry.get("coordinates")));
            } else {
                geometry.get("coordinates").forEach(p -> positions.add(position(p)));
            }
            features.add(new LayerFeature(type, positions, properties));
        }
        return Optional.of(new Layer(name, features));
    }

    private static double[] position(JsonNode pair) {
        return new double[] {pair.get(0).doubleValue(), pair.get(1).doubleValue()};
    }

    /** Property names over all features, in first-seen order. */
    List<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        for (LayerFeature f : features) {
            f.properties().fieldNames().forEachRemaining(names::add);
        }
        return List.copyOf(names);
    }

    /** The layer as compact GeoJSON text (a FeatureCollection), for the report's map. */
    String toGeoJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        var array = root.putArray("features");
        for (LayerFeature f : features) {
            ObjectNode feature = array.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", f.geometryType());
            var coordinates = geometry.putArray("coordinates");
            if (f.isPoint()) {
                coordinates.add(f.positions().get(0)[0]).add(f.positions().get(0)[1]);
            } else {
                f.positions().forEach(p -> coordinates.addArray().add(p[0]).add(p[1]));
            }
            feature.set("properties", f.properties());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write layer " + name, e);
        }
    }

    /** {@code Point} or {@code LineString}: the type of the first feature ({@code Point} when empty). */
    String geometryType() {
        return features.isEmpty() ? "Point" : features.get(0).geometryType();
    }
}
