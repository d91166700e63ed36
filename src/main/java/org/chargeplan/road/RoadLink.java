package org.chargeplan.road;

import java.util.List;
import org.chargeplan.geo.LonLat;

/**
 * A directed road link between two nodes.
 *
 * @param id            identifier in the source file
 * @param from          index of the tail node in its {@link RoadNetwork}
 * @param to            index of the head node
 * @param travelMinutes free-flow travel time, minutes (&gt; 0)
 * @param lengthMeters  length, metres
 * @param geometry      the link's shape, from tail to head (at least two positions)
 */
public record RoadLink(String id, int from, int to, double travelMinutes, double lengthMeters,
        List<LonLat> geometry) {

    public RoadLink {
        if (!(travelMinutes > 0)) {
            throw new IllegalArgumentException("link " + id + " needs a travel time > 0");
        }
        geometry = List.copyOf(geometry);
    }
}
