package org.chargeplan.road;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.chargeplan.geo.LonLat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OdPaths} against Floyd–Warshall on random networks with whole-minute travel times (many
 * ties): every route is a chain of existing links from origin to destination, as fast as the
 * Floyd–Warshall distance, with the fewest links among the fastest routes; the same network with
 * its links listed in another order gives the same node sequence. Seeds are in the test names.
 */
class OdPathsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void routesAreShortestWithFewestLinksAndIndependentOfLinkOrder(long seed) {
        Random random = new Random(seed);
        int n = 6 + random.nextInt(10);
        List<RoadNode> nodes = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            nodes.add(new RoadNode("n" + v, new LonLat(0.01 * v, 0)));
        }
        List<int[]> arcs = new ArrayList<>();
        boolean[][] used = new boolean[n][n];
        for (int v = 0; v < n; v++) { // a ring keeps everything reachable
            addArc(arcs, used, v, (v + 1) % n, 1 + random.nextInt(4));
        }
        for (int e = 0; e < 3 * n; e++) {
            addArc(arcs, used, random.nextInt(n), random.nextInt(n), 1 + random.nextInt(4));
        }
        RoadNetwork network = network(nodes, arcs);
        List<int[]> shuffled = new ArrayList<>(arcs);
        Collections.shuffle(shuffled, random);
        RoadNetwork reordered = network(nodes, shuffled);

        double[][] dist = new double[n][n];
        int[][] hops = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                dist[a][b] = a == b ? 0 : Double.POSITIVE_INFINITY;
                hops[a][b] = a == b ? 0 : Integer.MAX_VALUE / 2;
            }
        }
        for (int[] arc : arcs) {
            dist[arc[0]][arc[1]] = arc[2];
            hops[arc[0]][arc[1]] = 1;
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double d = dist[a][k] + dist[k][b];
                    int h = hops[a][k] + hops[k][b];
                    if (d < dist[a][b] || (d == dist[a][b] && h < hops[a][b])) {
                        dist[a][b] = d;
                        hops[a][b] = h;
                    }
                }
            }
        }
        OdPaths paths = new OdPaths(network);
        OdPaths other = new OdPaths(reordered);
        for (int o = 0; o < n; o++) {
            for (int d = 0; d < n; d++) {
                if (o == d) {
                    assertTrue(paths.route(o, d).isEmpty());
                    continue;
                }
                OdPaths.Route route = paths.route(o, d).orElseThrow();
                String where = "seed " + seed + ", " + o + "->" + d;
                assertEquals(dist[o][d], route.minutes(), 1e-9, where);
                assertEquals(hops[o][d], route.links().size(), where);
                for (int k = 0; k < route.links().size(); k++) {
                    RoadLink link = network.links().get(route.links().get(k));
                    assertEquals(route.nodes().get(k), link.from(), where);
                    assertEquals(route.nodes().get(k + 1), link.to(), where);
                }
                assertEquals(route.nodes(), other.route(o, d).orElseThrow().nodes(), "link order, " + where);
            }
        }
    }

    @Test
    void equalRoutesGoThroughTheLowerNode() {
        // 0 -> 1 -> 3 and 0 -> 2 -> 3 both take 2 minutes in 2 links; node 1 < node 2.
        List<RoadNode> nodes = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            nodes.add(new RoadNode("n" + v, new LonLat(0.01 * v, 0)));
        }
        List<int[]> arcs = List.of(new int[] {0, 2, 1}, new int[] {2, 3, 1}, new int[] {0, 1, 1}, new int[] {1, 3, 1});
        OdPaths.Route route = new OdPaths(network(nodes, arcs)).route(0, 3).orElseThrow();
        assertEquals(List.of(0, 1, 3), route.nodes());
        assertEquals(2.0, route.km(), 1e-12, "1 km a link");
    }

    private static void addArc(List<int[]> arcs, boolean[][] used, int a, int b, int minutes) {
        if (a != b && !used[a][b]) {
            used[a][b] = true;
            arcs.add(new int[] {a, b, minutes});
        }
    }

    private static RoadNetwork network(List<RoadNode> nodes, List<int[]> arcs) {
        List<RoadLink> links = new ArrayList<>();
        for (int[] arc : arcs) {
            links.add(new RoadLink("l" + arc[0] + "_" + arc[1], arc[0], arc[1], arc[2], 1000,
                    List.of(nodes.get(arc[0]).position(), nodes.get(arc[1]).position())));
        }
        return new RoadNetwork(nodes, links);
    }
}
