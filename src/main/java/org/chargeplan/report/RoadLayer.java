package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;

/**
 * A road network as GeoJSON LineStrings in the format {@link org.chargeplan.road.GeoJsonRoadReader}
 * reads, so that the file reads back to the same network: one feature per road piece, a two-way
 * piece (a link followed by its {@code -reverse} twin) written once with {@code oneway: false}.
 * Properties: {@code id}, {@code from}, {@code to} (node ids), {@code oneway},
 * {@code travel_minutes}, {@code length_m} (metres), and {@code highway} when known.
 */
public final class RoadLayer {

    private RoadLayer() {
    }

    /**
     * Writes {@code network} to {@code file} in one piece.
     *
     * @param highwayOf the OSM highway class of a link id, or null when unknown
     */
    public static void write(RoadNetwork network, Function<String, String> highwayOf, Path file) {
        OutputFolder.writeFile(file, staging -> {
            try (GeoJsonWriter out = new GeoJsonWriter(staging, "roads")) {
                List<RoadLink> links = network.links();
                for (int i = 0; i < links.size(); i++) {
                    RoadLink link = links.get(i);
                    boolean twoWay = i + 1 < links.size() && isReverse(link, links.get(i + 1));
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("id", link.id());
                    properties.put("from", network.node(link.from()).id());
                    properties.put("to", network.node(link.to()).id());
                    properties.put("oneway", !twoWay);
                    properties.put("travel_minutes", link.travelMinutes());
                    properties.put("length_m", link.lengthMeters());
                    String highway = highwayOf.apply(link.id());
                    if (highway != null) {
                        properties.put("highway", highway);
                    }
                    out.lineString(link.geometry(), properties);
                    if (twoWay) {
                        i++;
                    }
                }
            }
        });
    }

    private static boolean isReverse(RoadLink link, RoadLink next) {
        return next.id().equals(link.id() + "-reverse") && next.from() == link.to() && next.to() == link.from()
                && next.travelMinutes() == link.travelMinutes() && next.lengthMeters() == link.lengthMeters();
    }
}
