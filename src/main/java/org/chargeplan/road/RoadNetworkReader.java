package org.chargeplan.road;

import org.chargeplan.road.osm.OsmImport;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.scenario.RoadSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the road network a scenario names, in whichever format it is. */
public final class RoadNetworkReader {

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetworkReader.class);

    private RoadNetworkReader() {
    }

    public static RoadNetwork read(RoadSource source) {
        return read(source, java.util.Optional.empty());
    }

    /** Reads the network; a GeoJSON file that names no CRS is taken to be in {@code inputCrs}. */
    public static RoadNetwork read(RoadSource source, java.util.Optional<String> inputCrs) {
        return switch (source.format()) {
            case GEOJSON -> GeoJsonRoadReader.read(source.file(), inputCrs);
            case TNTP -> TntpNetworkReader.read(source.file(), source.tntpNodes().orElseThrow(),
                    source.minutesPerTimeUnit());
            case OSM -> readOsm(source).network();
        };
    }

    /** Reads an OpenStreetMap road source with its report (logged) and sites. */
    public static OsmRoads readOsm(RoadSource source) {
        return readOsm(source, ProgressListener.NONE);
    }

    /** As above, telling {@code progress} how many bytes of the file are read. */
    public static OsmRoads readOsm(RoadSource source, ProgressListener progress) {
        OsmRoads roads = OsmImport.read(source.file(), progress);
        LOG.info("OpenStreetMap {}: {}", source.file().getFileName(), roads.report().summary());
        LOG.info("ways left out: {}", roads.report().droppedSummary());
        return roads;
    }
}
