package org.chargeplan.road;

import java.util.List;

/**
 * A road network's links in compressed sparse row form, for searches that must be fast and light:
 * for node {@code v}, its arcs are {@code head[i]}, {@code minutes[i]} for
 * {@code i in [first[v], first[v+1])}. Self-loops are left out (no shortest path uses them).
 * Immutable and thread-safe.
 */
final class CsrGraph {

    final int[] first;
    final int[] head;
    final double[] minutes;

    private CsrGraph(int[] first, int[] head, double[] minutes) {
        this.first = first;
        this.head = head;
        this.minutes = minutes;
    }

    int nodeCount() {
        return first.length - 1;
    }

    /** The arcs along link direction ({@code reverse = false}) or against it. */
    static CsrGraph of(int nodeCount, List<RoadLink> links, boolean reverse) {
        int[] first = new int[nodeCount + 1];
        for (RoadLink link : links) {
            if (link.from() != link.to()) {
                first[(reverse ? link.to() : link.from()) + 1]++;
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            first[v + 1] += first[v];
        }
        int[] fill = java.util.Arrays.copyOf(first, nodeCount);
        int[] head = new int[first[nodeCount]];
        double[] minutes = new double[head.length];
        for (RoadLink link : links) {
            if (link.from() != link.to()) {
                int tail = reverse ? link.to() : link.from();
                int slot = fill[tail]++;
                head[slot] = reverse ? link.from() : link.to();
                minutes[slot] = link.travelMinutes();
            }
        }
        return new CsrGraph(first, head, minutes);
    }
}
