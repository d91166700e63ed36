package org.chargeplan.road.osm;

import java.util.Arrays;

/**
 * The positions of OpenStreetMap nodes by id, held in primitive arrays: 16 bytes per node (id and
 * two 1e-7-degree fixed-point coordinates), found by binary search. OSM files list nodes by
 * ascending id, so adding is an append; an unsorted file is sorted once in {@link #finish()}.
 * Not thread-safe while filling; read-only and thread-safe after {@link #finish()}.
 */
final class NodeStore {

    private long[] ids = new long[1 << 12];
    private int[] lonE7 = new int[1 << 12];
    private int[] latE7 = new int[1 << 12];
    private int size;
    private boolean sorted = true;

    void add(long id, int lon, int lat) {
        if (size == ids.length) {
            int capacity = Math.max(size * 3 / 2, 16);
            ids = Arrays.copyOf(ids, capacity);
            lonE7 = Arrays.copyOf(lonE7, capacity);
            latE7 = Arrays.copyOf(latE7, capacity);
        }
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        lonE7[size] = lon;
        latE7[size] = lat;
        size++;
    }

    /** Sorts by id if needed; call once after the last {@link #add}. */
    void finish() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        long[] newIds = new long[size];
        int[] newLon = new int[size];
        int[] newLat = new int[size];
        for (int i = 0; i < size; i++) {
            newIds[i] = ids[order[i]];
            newLon[i] = lonE7[order[i]];
            newLat[i] = latE7[order[i]];
        }
        ids = newIds;
        lonE7 = newLon;
        latE7 = newLat;
        sorted = true;
    }

    /** The slot of a node id, or a negative number when the file has no such node. */
    int find(long id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }

    int lonE7(int slot) {
        return lonE7[slot];
    }

    int latE7(int slot) {
        return latE7[slot];
    }

    int size() {
        return size;
    }
}
