package org.chargeplan.road;

import org.chargeplan.geo.LonLat;

/**
 * A junction of the road network.
 *
 * @param id       the node's identifier in its source file
 * @param position WGS84 position
 */
public record RoadNode(String id, LonLat position) {
}
