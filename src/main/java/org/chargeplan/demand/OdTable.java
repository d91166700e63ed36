package org.chargeplan.demand;

import java.util.List;

/**
 * An origin-destination trip table.
 *
 * @param trips non-zero entries in a stable order
 */
public record OdTable(List<Entry> trips) {

    /**
     * Trips from one node to another, in the table's own unit.
     *
     * @param line the line of the file the entry was read from, for error messages
     */
    public record Entry(String origin, String destination, double trips, int line) {
    }

    public OdTable {
        trips = List.copyOf(trips);
    }

    public double total() {
        return trips.stream().mapToDouble(Entry::trips).sum();
    }
}
