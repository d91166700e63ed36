package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One CSV table per map layer that has no table of its own ({@code assignments.csv},
 * {@code demand.csv}, {@code roads.csv}, {@code grid_buses.csv}, {@code grid_branches.csv},
 * {@code grid_transformers.csv}), made from the layer's GeoJSON: the same columns as the GeoJSON
 * properties (whose names carry their units: {@code _kw}, {@code _kwh_per_day}, {@code _pu},
 * {@code _pct}, {@code _minutes}, {@code _m}, {@code _ohm}, {@code _kva}), with {@code lon,lat}
 * (WGS84, 7 decimals) after {@code id} for points and a closing {@code wkt} column
 * ({@code LINESTRING (lon lat, ...)}) for lines, one row per feature in the GeoJSON's order.
 */
final class LayerTables {

    /** Layers whose CSV another writer makes ({@code stations.csv}, {@code hosting_capacity.csv}). */
    private static final Set<String> WRITTEN_ELSEWHERE = Set.of("stations", "hosting_capacity");

    private LayerTables() {
    }

    static void write(PlanFolder plan) {
        for (Layer layer : plan.layers()) {
            if (!WRITTEN_ELSEWHERE.contains(layer.name())) {
                write(layer, plan.folder().resolve(layer.name() + ".csv"));
            }
        }
    }

    static void write(Layer layer, Path file) {
        boolean points = layer.geometryType().equals("Point");
        List<String> names = layer.propertyNames();
        List<String> header = new ArrayList<>();
        header.add("id");
        if (points) {
            header.addAll(List.of("lon", "lat"));
        }
        names.stream().filter(n -> !n.equals("id")).forEach(header::add);
        if (!points) {
            header.add("wkt");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        for (LayerFeature f : layer.features()) {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.cell(f.text("id")));
            if (points) {
                cells.add(Numbers.text(f.positions().get(0)[0], Numbers.COORDINATE_DECIMALS));
                cells.add(Numbers.text(f.positions().get(0)[1], Numbers.COORDINATE_DECIMALS));
            }
            names.stream().filter(n -> !n.equals("id")).forEach(n -> cells.add(Csv.cell(f.text(n))));
            if (!points) {
                cells.add(Csv.cell(wkt(f)));
            }
            lines.add(String.join(",", cells));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String wkt(LayerFeature line) {
        StringBuilder text = new StringBuilder("LINESTRING (");
        for (int i = 0; i < line.positions().size(); i++) {
            double[] p = line.positions().get(i);
            text.append(i == 0 ? "" : ", ").append(Numbers.text(p[0], Numbers.COORDINATE_DECIMALS)).append(' ')
                    .append(Numbers.text(p[1], Numbers.COORDINATE_DECIMALS));
        }
        return text.append(')').toString();
    }
}
