package org.chargeplan.road;

import org.chargeplan.scenario.RoadSource;

/** Reads the road network a scenario names, in whichever format it is. */
public final class RoadNetworkReader {

    private RoadNetworkReader() {
    }

    public static RoadNetwork read(RoadSource source) {
        return switch (source.format()) {
            case GEOJSON -> GeoJsonRoadReader.read(source.file());
            case TNTP -> TntpNetworkReader.read(source.file(), source.tntpNodes().orElseThrow(),
                    source.minutesPerTimeUnit());
        };
    }
}
