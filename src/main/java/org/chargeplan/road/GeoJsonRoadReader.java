package org.chargeplan.road;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chargeplan.geo.GeoJsonFeature;
import org.chargeplan.geo.GeoJsonReader;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;

/**
 * Reads a road network from GeoJSON LineStrings.
 *
 * <p>Each feature is a link from its first to its last vertex. Properties:
 * <ul>
 *   <li>{@code from}, {@code to}: node ids (optional; without them a node is identified by its
 *       position rounded to 1e-7 degrees, about 1 cm, so links that share an end vertex meet);</li>
 *   <li>{@code travel_minutes}, or else {@code speed_kmh} with the length: free-flow time;</li>
 *   <li>{@code length_m}: length in metres (default: great-circle length of the geometry);</li>
 *   <li>{@code oneway}: {@code true} for a link that runs only from first to last vertex
 *       (default {@code false}: both directions).</li>
 * </ul>
 */
public final class GeoJsonRoadReader {

    private GeoJsonRoadReader() {
    }

    /** Reads the network in {@code file} (WGS84 unless the file's {@code crs} member says otherwise). */
    public static RoadNetwork read(Path file) {
        return read(file, java.util.Optional.empty());
    }

    /** Reads the network in {@code file}, in {@code defaultCrs} when the file names no CRS. */
    public static RoadNetwork read(Path file, java.util.Optional<String> defaultCrs) {
        Map<String, RoadNode> nodes = new LinkedHashMap<>();
        Map<String, Integer> indexById = new LinkedHashMap<>();
        List<RoadLink> links = new ArrayList<>();
        for (GeoJsonFeature feature : GeoJsonReader.read(file, defaultCrs)) {
            List<LonLat> line = feature.lineString();
            LonLat first = line.get(0);
            LonLat last = line.get(line.size() - 1);
            String fromId = feature.optionalText("from").orElse(positionKey(first));
            String toId = feature.optionalText("to").orElse(positionKey(last));
            int from = addNode(nodes, indexById, fromId, first, feature, "from");
            int to = addNode(nodes, indexById, toId, last, feature, "to");
            double length = feature.optionalNumber("length_m", 0, 1e8, "a length in metres >= 0")
                    .orElseGet(() -> lengthOf(line));
            double minutes = travelMinutes(feature, length);
            String id = feature.optionalText("id").orElse(String.valueOf(feature.number()));
            links.add(new RoadLink(id, from, to, minutes, length, line));
            if (!feature.optionalBoolean("oneway").orElse(false)) {
                links.add(new RoadLink(id + "-reverse", to, from, minutes, length, reversed(line)));
            }
        }
        return new RoadNetwork(new ArrayList<>(nodes.values()), links);
    }

    private static double travelMinutes(GeoJsonFeature feature, double lengthMeters) {
        if (feature.has("travel_minutes")) {
            return feature.number("travel_minutes", 1e-9, 1e6, "a travel time in minutes > 0");
        }
        if (feature.has("speed_kmh")) {
            double speed = feature.number("speed_kmh", 1e-3, 1000, "a speed in km/h > 0");
            double minutes = lengthMeters / 1000 / speed * 60;
            return Math.max(minutes, 1e-6);
        }
        throw feature.fail("travel_minutes", "", "each road needs 'travel_minutes' or 'speed_kmh'");
    }

    private static int addNode(Map<String, RoadNode> nodes, Map<String, Integer> indexById, String id,
            LonLat position, GeoJsonFeature feature, String field) {
        RoadNode existing = nodes.get(id);
        if (existing == null) {
            nodes.put(id, new RoadNode(id, position));
            indexById.put(id, indexById.size());
        } else if (GreatCircle.distanceMeters(existing.position(), position) > 1.0) {
            throw feature.fail(field, id, String.format(Locale.ROOT,
                    "node %s is elsewhere in an earlier feature (%.1f m away); line ends must meet at their node",
                    id, GreatCircle.distanceMeters(existing.position(), position)));
        }
        return indexById.get(id);
    }

    private static String positionKey(LonLat p) {
        return String.format(Locale.ROOT, "%.7f,%.7f", p.lon(), p.lat());
    }

    private static double lengthOf(List<LonLat> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += GreatCircle.distanceMeters(line.get(i - 1), line.get(i));
        }
        return length;
    }

    private static List<LonLat> reversed(List<LonLat> line) {
        List<LonLat> copy = new ArrayList<>(line);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
