package org.chargeplan.road.osm;

/**
 * A piece of road between two split nodes, before it becomes one or two directed links.
 *
 * @param id           {@code wayId.k}: the k-th piece (from 0) of an OSM way
 * @param path         node numbers along it, first and last are its ends (at least two)
 * @param forward      cars may drive from the first node to the last
 * @param backward     cars may drive from the last node to the first
 * @param lengthMeters great-circle length along the path, metres
 * @param minutes      free-flow travel time, minutes
 * @param highwayClass class of the way; for a contracted chain, the class of its longest piece
 */
record Segment(String id, int[] path, boolean forward, boolean backward, double lengthMeters,
        double minutes, HighwayClass highwayClass) {

    int first() {
        return path[0];
    }

    int last() {
        return path[path.length - 1];
    }

    /** The same road seen from its other end. */
    Segment reversed() {
        int[] back = new int[path.length];
        for (int i = 0; i < path.length; i++) {
            back[i] = path[path.length - 1 - i];
        }
        return new Segment(id, back, backward, forward, lengthMeters, minutes, highwayClass);
    }
}
