package org.chargeplan.road.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merges chains of segments through nodes of degree two into single segments, keeping the full
 * geometry: a node is removed when exactly two segments meet there, they lead to two different
 * neighbours, and they are open in the same directions (both two-way, or both one-way in the same
 * sense). Lengths and travel times add up, so shortest paths between the remaining nodes are
 * unchanged. A merged segment keeps the id of its first piece and the class of its longest piece.
 * Closed loops are dropped and counted: no shortest path uses them.
 */
final class ChainContractor {

    /**
     * @param segments     the merged segments
     * @param removedNodes degree-two nodes merged away
     * @param closedLoops  chains that end where they start (a loop at a junction, or a ring with no
     *                     way in or out), dropped since no shortest path uses them
     */
    record Contracted(List<Segment> segments, int removedNodes, int closedLoops) {
    }

    private ChainContractor() {
    }

    static Contracted contract(List<Segment> segments, int nodeCount) {
        int[][] incident = incidence(segments, nodeCount);
        boolean[] keep = new boolean[nodeCount];
        int removed = 0;
        for (int v = 0; v < nodeCount; v++) {
            keep[v] = incident[v].length > 0 && !passThrough(v, incident[v], segments);
            if (incident[v].length > 0 && !keep[v]) {
                removed++;
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<Segment> merged = new ArrayList<>();
        int loops = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (used[s] || !(keep[segment.first()] || keep[segment.last()])) {
                continue;
            }
            Segment chain = walk(keep[segment.first()] ? segment : segment.reversed(), s, keep, incident,
                    segments, used);
            if (chain.first() == chain.last()) {
                loops++;
            } else {
                merged.add(chain);
            }
        }
        // What is left are rings of removed nodes with no way in or out.
        for (int s = 0; s < segments.size(); s++) {
            if (!used[s]) {
                keep[segments.get(s).first()] = true;
                walk(segments.get(s), s, keep, incident, segments, used);
                loops++;
            }
        }
        return new Contracted(merged, removed, loops);
    }

    /** Follows the chain from {@code start} (which leaves a kept node) to the next kept node. */
    private static Segment walk(Segment start, int startIndex, boolean[] keep, int[][] incident,
            List<Segment> segments, boolean[] used) {
        used[startIndex] = true;
        List<Segment> chain = new ArrayList<>();
        chain.add(start);
        Segment current = start;
        int currentIndex = startIndex;
        while (!keep[current.last()]) {
            int v = current.last();
            int next = incident[v][0] == currentIndex ? incident[v][1] : incident[v][0];
            used[next] = true;
            Segment following = segments.get(next);
            current = following.first() == v ? following : following.reversed();
            currentIndex = next;
            chain.add(current);
        }
        return chain.size() == 1 ? start : join(chain);
    }

    private static Segment join(List<Segment> chain) {
        int total = 1;
        for (Segment s : chain) {
            total += s.path().length - 1;
        }
        int[] path = new int[total];
        int n = 0;
        double meters = 0;
        double minutes = 0;
        Segment longest = chain.get(0);
        for (Segment s : chain) {
            int from = n == 0 ? 0 : 1;
            for (int i = from; i < s.path().length; i++) {
                path[n++] = s.path()[i];
            }
            meters += s.lengthMeters();
            minutes += s.minutes();
            if (s.lengthMeters() > longest.lengthMeters()) {
                longest = s;
            }
        }
        Segment first = chain.get(0);
        return new Segment(first.id(), path, first.forward(), first.backward(), meters, minutes,
                longest.highwayClass());
    }

    /** Whether node {@code v} only passes traffic from one neighbour to another. */
    private static boolean passThrough(int v, int[] incidentHere, List<Segment> segments) {
        if (incidentHere.length != 2 || incidentHere[0] == incidentHere[1]) {
            return false;
        }
        Segment a = segments.get(incidentHere[0]);
        Segment b = segments.get(incidentHere[1]);
        Segment in = a.last() == v ? a : a.reversed();
        Segment out = b.first() == v ? b : b.reversed();
        return in.first() != out.last() && in.forward() == out.forward() && in.backward() == out.backward();
    }

    private static int[][] incidence(List<Segment> segments, int nodeCount) {
        int[] degree = new int[nodeCount];
        for (Segment s : segments) {
            degree[s.first()]++;
            degree[s.last()]++;
        }
        int[][] incident = new int[nodeCount][];
        for (int v = 0; v < nodeCount; v++) {
            incident[v] = new int[degree[v]];
        }
        Arrays.fill(degree, 0);
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            incident[segment.first()][degree[segment.first()]++] = s;
            incident[segment.last()][degree[segment.last()]++] = s;
        }
        return incident;
    }
}
