package org.chargeplan.road;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Shortest (least free-flow time) paths from an origin to destinations, with deterministic
 * tie-breaking, by Dijkstra's algorithm over the network's directed links.
 *
 * <p>Ties: among paths of equal travel time (within 1e-9 min), the one with fewest links wins; then
 * the one whose last node before the destination has the lowest index (applied recursively, so
 * the result does not depend on heap order); between parallel links, the faster one, then the
 * lower link position. The last origin's search is kept, so routing an OD table sorted by origin
 * (as TNTP tables and the project's CSVs are) costs one search per distinct origin. Not thread-safe.
 */
public final class OdPaths {

    private static final double TIE_MINUTES = 1e-9;

    /**
     * A route through the network.
     *
     * @param nodes   node indices from origin to destination (at least two)
     * @param links   link positions in {@link RoadNetwork#links()}, one per step
     * @param minutes free-flow travel time, minutes
     * @param km      length, km (sum of the links' {@code lengthMeters})
     */
    public record Route(List<Integer> nodes, List<Integer> links, double minutes, double km) {
        public Route {
            nodes = List.copyOf(nodes);
            links = List.copyOf(links);
            if (nodes.size() != links.size() + 1 || nodes.size() < 2) {
                throw new IllegalArgumentException("a route has one more node than links, and at least one link");
            }
        }
    }

    private final RoadNetwork network;
    private final List<List<Integer>> incoming = new ArrayList<>();
    private final List<List<Integer>> outgoing = new ArrayList<>();
    private int cachedOrigin = -1;
    private int[] predecessorLink;

    public OdPaths(RoadNetwork network) {
        this.network = network;
        for (int v = 0; v < network.nodeCount(); v++) {
            incoming.add(new ArrayList<>());
            outgoing.add(new ArrayList<>());
        }
        for (int l = 0; l < network.links().size(); l++) {
            RoadLink link = network.links().get(l);
            if (link.from() != link.to()) {
                outgoing.get(link.from()).add(l);
                incoming.get(link.to()).add(l);
            }
        }
    }

    /** The shortest route from one node to another; empty when the destination is unreachable or equal. */
    public Optional<Route> route(int origin, int destination) {
        if (origin == destination) {
            return Optional.empty();
        }
        if (origin != cachedOrigin) {
            predecessorLink = search(origin);
            cachedOrigin = origin;
        }
        if (predecessorLink[destination] < 0) {
            return Optional.empty();
        }
        List<Integer> nodes = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        double minutes = 0;
        double meters = 0;
        for (int v = destination; v != origin; ) {
            RoadLink link = network.links().get(predecessorLink[v]);
            nodes.add(v);
            links.add(predecessorLink[v]);
            minutes += link.travelMinutes();
            meters += link.lengthMeters();
            v = link.from();
        }
        nodes.add(origin);
        Collections.reverse(nodes);
        Collections.reverse(links);
        return Optional.of(new Route(nodes, links, minutes, meters / 1000));
    }

    /** Predecessor link of every node on its chosen shortest path from the origin (-1: none). */
    private int[] search(int origin) {
        int n = network.nodeCount();
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[origin] = 0;
        boolean[] settled = new boolean[n];
        List<Integer> order = new ArrayList<>();
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                : Double.compare(a[1], b[1]));
        queue.add(new double[] {0, origin});
        while (!queue.isEmpty()) {
            int u = (int) queue.poll()[1];
            if (settled[u]) {
                continue;
            }
            settled[u] = true;
            order.add(u);
            for (int l : outgoing.get(u)) {
                RoadLink link = network.links().get(l);
                double candidate = dist[u] + link.travelMinutes();
                if (candidate < dist[link.to()]) {
                    dist[link.to()] = candidate;
                    queue.add(new double[] {candidate, link.to()});
                }
            }
        }
        // Choose predecessors in settling order: every tight in-link's tail has a strictly smaller
        // distance (travel times are > 0), so its hop count is final when the head is processed.
        int[] hops = new int[n];
        int[] predecessor = new int[n];
        Arrays.fill(predecessor, -1);
        for (int v : order) {
            if (v == origin) {
                continue;
            }
            int best = -1;
            for (int l : incoming.get(v)) {
                RoadLink link = network.links().get(l);
                int u = link.from();
                if (!settled[u] || Math.abs(dist[u] + link.travelMinutes() - dist[v]) > TIE_MINUTES * Math.max(1, dist[v])) {
                    continue;
                }
                if (best < 0 || better(l, best, hops)) {
                    best = l;
                }
            }
            predecessor[v] = best;
            hops[v] = hops[network.links().get(best).from()] + 1;
        }
        return predecessor;
    }

    private boolean better(int link, int incumbent, int[] hops) {
        RoadLink a = network.links().get(link);
        RoadLink b = network.links().get(incumbent);
        if (hops[a.from()] != hops[b.from()]) {
            return hops[a.from()] < hops[b.from()];
        }
        if (a.from() != b.from()) {
            return a.from() < b.from();
        }
        if (a.travelMinutes() != b.travelMinutes()) {
            return a.travelMinutes() < b.travelMinutes();
        }
        return link < incumbent;
    }
}
