package org.chargeplan.road.osm;

import java.util.Map;

/**
 * Receives the nodes and ways of an OpenStreetMap file as a reader decodes them, in file order.
 * Relations are not passed on (chargeplan does not model turn restrictions).
 */
public interface OsmSink {

    /**
     * A node.
     *
     * @param id    OSM node id
     * @param lonE7 longitude in units of 1e-7 degree (OSM's own precision)
     * @param latE7 latitude in units of 1e-7 degree
     * @param tags  its tags (empty for most nodes); valid only during the call
     */
    void node(long id, int lonE7, int latE7, Map<String, String> tags);

    /**
     * A way.
     *
     * @param id      OSM way id
     * @param nodeIds its node references in order
     * @param tags    its tags; valid only during the call
     */
    void way(long id, long[] nodeIds, Map<String, String> tags);
}
