package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the road network comes from.
 *
 * @param file                the network file: GeoJSON LineStrings, a TNTP {@code *_net.tntp}, or
 *                            OpenStreetMap ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz})
 * @param format              the file's format
 * @param tntpNodes           for TNTP, the {@code *_node.tntp} file with node coordinates (X = lon,
 *                            Y = lat)
 * @param minutesPerTimeUnit  for TNTP, minutes per unit of the free-flow time column (0.6 for
 *                            networks in 0.01 h, such as Sioux Falls)
 */
public record RoadSource(Path file, Format format, Optional<Path> tntpNodes, double minutesPerTimeUnit) {

    /** Supported road network formats. */
    public enum Format { GEOJSON, TNTP, OSM }

    public RoadSource {
        if (format == Format.TNTP && tntpNodes.isEmpty()) {
            throw new IllegalArgumentException("TNTP roads need a node file");
        }
    }
}
