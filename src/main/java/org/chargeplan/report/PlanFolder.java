package org.chargeplan.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of one {@code plan} run read back from its folder: {@code summary.json}, the map
 * layers and the hourly table. The exports (CSV tables, GeoPackage, report) are built from these
 * files rather than from the solver's objects, so that a report can also show another run's folder
 * ({@code --compare}) and shows whatever the folder holds (storage, a Pareto front) without
 * recomputing anything.
 *
 * @param folder  the folder
 * @param summary {@code summary.json}
 * @param layers  the layers present, in {@link #LAYERS} order
 * @param hourly  {@code hourly_load.csv}
 * @param pareto  {@code pareto.csv} when the folder has one
 */
record PlanFolder(Path folder, ObjectNode summary, List<Layer> layers, CsvTable hourly, Optional<CsvTable> pareto) {

    /** A layer: its name (GeoPackage table and CSV file), source file and feature kind (null: all). */
    record LayerSource(String name, String file, String kind) {
    }

    /** Every layer the exports know, in the order they are written. */
    static final List<LayerSource> LAYERS = List.of(
            new LayerSource("stations", "stations.geojson", null),
            new LayerSource("assignments", "assignments.geojson", null),
            new LayerSource("demand", "demand.geojson", null),
            new LayerSource("roads", "roads.geojson", null),
            new LayerSource("grid_buses", "grid.geojson", "bus"),
            new LayerSource("grid_branches", "grid.geojson", "branch"),
            new LayerSource("grid_transformers", "grid.geojson", "transformer"),
            new LayerSource("hosting_capacity", "hosting_capacity.geojson", null));

    PlanFolder {
        layers = List.copyOf(layers);
    }

    /**
     * Reads a plan's output folder.
     *
     * @throws org.chargeplan.scenario.InputException naming the file when the folder is not a
     *         plan's output (no or unreadable {@code summary.json}, no {@code hourly_load.csv})
     */
    static PlanFolder read(Path folder) {
        Path summaryFile = folder.resolve("summary.json");
        if (!Files.isRegularFile(summaryFile)) {
            throw org.chargeplan.scenario.InputException.ofFile(summaryFile,
                    "missing: not a plan's output folder (plan writes summary.json there)", null);
        }
        ObjectNode summary;
        try {
            var tree = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(summaryFile.toFile());
            if (!(tree instanceof ObjectNode object)) {
                throw org.chargeplan.scenario.InputException.ofFile(summaryFile,
                        "not a JSON object as plan writes it", null);
            }
            summary = object;
        } catch (IOException e) {
            throw org.chargeplan.scenario.InputException.ofFile(summaryFile,
                    "not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        List<Layer> layers = new ArrayList<>();
        for (LayerSource source : LAYERS) {
            Layer.read(folder.resolve(source.file()), source.name(), source.kind())
                    .filter(layer -> source.kind() == null || !layer.features().isEmpty())
                    .ifPresent(layers::add);
        }
        CsvTable hourly = CsvTable.read(folder.resolve("hourly_load.csv")).orElseThrow(() ->
                org.chargeplan.scenario.InputException.ofFile(folder.resolve("hourly_load.csv"),
                        "missing: not a plan's output folder (plan writes hourly_load.csv there)", null));
        return new PlanFolder(folder, summary, layers, hourly, CsvTable.read(folder.resolve("pareto.csv")));
    }

    /** The named layer, or an empty layer when the folder does not have it. */
    Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElse(new Layer(name, List.of()));
    }

    /** The summary's value as text ("" when missing or null). */
    String figure(String name) {
        var value = summary.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    /** The summary's value as a number, NaN when missing or not a number. */
    double number(String name) {
        var value = summary.get(name);
        return value != null && value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
