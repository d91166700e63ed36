package org.chargeplan.road;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.chargeplan.geo.LonLat;
import org.junit.jupiter.api.Test;

/**
 * The Sioux Falls network read from the published TNTP files and from the project's own GeoJSON
 * copy, and {@link ReachSets} on hand-made and random networks against Floyd–Warshall.
 */
class TntpNetworkReaderTest {

    private static final Path SHARED = Path.of("../shared/data/sioux-falls");
    private static final Path ROADS_GEOJSON = Path.of("maps/sioux-falls/roads.geojson");

    private static RoadNetwork readTntp() {
        assumeTrue(Files.isDirectory(SHARED), "shared data set ../shared/data/sioux-falls not present; skipping");
        // Sioux Falls free-flow times are in 0.01 h: 0.6 minutes per unit.
        return TntpNetworkReader.read(SHARED.resolve("SiouxFalls_net.tntp"), SHARED.resolve("SiouxFalls_node.tntp"),
                0.6);
    }

    @Test
    void readsSiouxFallsTntp() {
        RoadNetwork network = readTntp();
        assertEquals(24, network.nodeCount());
        assertEquals(76, network.links().size());
        RoadLink first = network.links().get(0);
        assertEquals("1", first.id());
        assertEquals("1", network.node(first.from()).id());
        assertEquals("2", network.node(first.to()).id());
        // free_flow_time 6 (× 0.01 h) = 6 × 0.6 = 3.6 minutes.
        assertEquals(3.6, first.travelMinutes(), 1e-12);
        assertEquals(0, network.largestStronglyConnected().droppedNodes());
    }

    @Test
    void geoJsonCopyAgreesWithTntp() {
        RoadNetwork tntp = readTntp();
        RoadNetwork geojson = GeoJsonRoadReader.read(ROADS_GEOJSON);
        assertEquals(24, geojson.nodeCount());
        assertEquals(76, geojson.links().size());
        Map<String, Double> expected = minutesByPair(tntp);
        Map<String, Double> actual = minutesByPair(geojson);
        assertEquals(expected.keySet(), actual.keySet());
        // TNTP times are 0.01 h units × 0.6, so 6 × 0.6 = 3.5999999999999996 against 3.6 in the GeoJSON.
        for (Map.Entry<String, Double> link : expected.entrySet()) {
            assertEquals(link.getValue(), actual.get(link.getKey()), 1e-9, "link " + link.getKey());
        }
        for (RoadNode node : tntp.nodes()) {
            assertEquals(true, geojson.indexOf(node.id()).isPresent(), "node " + node.id() + " missing in GeoJSON");
        }
    }

    /** Travel minutes keyed by "from->to" node ids; fails on parallel links. */
    private static Map<String, Double> minutesByPair(RoadNetwork network) {
        Map<String, Double> minutes = new TreeMap<>();
        for (RoadLink link : network.links()) {
            String key = network.node(link.from()).id() + "->" + network.node(link.to()).id();
            assertNull(minutes.put(key, link.travelMinutes()), "parallel link " + key);
        }
        return minutes;
    }

    /** Nodes 0..4 in a line, one-way links 0->1, 1->2, 2->3, 3->4 of 1, 2, 3, 4 minutes. */
    private static RoadNetwork line() {
        List<RoadNode> nodes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nodes.add(new RoadNode("n" + i, new LonLat(7.4 + 0.01 * i, 43.7)));
        }
        List<RoadLink> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            links.add(new RoadLink("l" + i, i, i + 1, i + 1,
                    1000, List.of(nodes.get(i).position(), nodes.get(i + 1).position())));
        }
        return new RoadNetwork(nodes, links);
    }

    private static final int[] ALL_FIVE = {0, 1, 2, 3, 4};

    @Test
    void reachWithinThreeMinutesIsInclusive() {
        // From node 0: node 0 at 0, node 1 at 1, node 2 at 1 + 2 = 3 (on the limit), node 3 at 6.
        ReachSets reach = ReachSets.compute(line(), new int[] {0}, ALL_FIVE, 3);
        assertEquals(List.of(new ReachSets.Reach(0, 0), new ReachSets.Reach(1, 1), new ReachSets.Reach(2, 3)),
                reach.from(0));
    }

    @Test
    void reachFollowsOneWayDirection() {
        // From node 2 within 3 minutes: itself and node 3 (3 minutes) downstream; nothing upstream.
        // From node 4, the end of the line, only itself.
        ReachSets reach = ReachSets.compute(line(), new int[] {2, 4}, ALL_FIVE, 3);
        assertEquals(List.of(new ReachSets.Reach(2, 0), new ReachSets.Reach(3, 3)), reach.from(0));
        assertEquals(List.of(new ReachSets.Reach(4, 0)), reach.from(1));
        assertEquals(3, reach.pairCount());
    }

    @Test
    void reachAgreesWithFloydWarshallOnRandomGraphs() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int n = 30;
            List<RoadNode> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nodes.add(new RoadNode("n" + i, new LonLat(7.3 + 0.2 * random.nextDouble(),
                        43.6 + 0.2 * random.nextDouble())));
            }
            List<RoadLink> links = new ArrayList<>();
            int linkCount = 80 + random.nextInt(21);
            while (links.size() < linkCount) {
                int from = random.nextInt(n);
                int to = random.nextInt(n);
                if (from != to) {
                    double minutes = 0.5 + 9.5 * random.nextDouble();
                    links.add(new RoadLink("l" + links.size(), from, to, minutes, 1000,
                            List.of(nodes.get(from).position(), nodes.get(to).position())));
                }
            }
            RoadNetwork network = new RoadNetwork(nodes, links);
            double radius = 2 + 18 * random.nextDouble();
            // Targets: a random subset of nodes, some nodes holding two targets.
            int[] targets = new int[15];
            for (int t = 0; t < targets.length; t++) {
                targets[t] = random.nextInt(n);
            }
            int[] sources = new int[n];
            Arrays.setAll(sources, i -> i);

            double[][] distance = floydWarshall(n, links);
            ReachSets reach = ReachSets.compute(network, sources, targets, radius);
            for (int s = 0; s < n; s++) {
                Map<Integer, Double> found = new TreeMap<>();
                for (ReachSets.Reach r : reach.from(s)) {
                    assertNull(found.put(r.target(), r.minutes()), "seed " + seed + ": target listed twice");
                }
                for (int t = 0; t < targets.length; t++) {
                    double d = distance[s][targets[t]];
                    if (Math.abs(d - radius) < 1e-9) {
                        continue; // on the boundary, summation order decides; not a fair comparison
                    }
                    String where = "seed " + seed + ", source " + s + ", target " + t + " (node " + targets[t]
                            + "), radius " + radius + ", Floyd-Warshall " + d;
                    if (d <= radius) {
                        assertNotNull(found.get(t), where + ": missing from reach set");
                        assertEquals(d, found.get(t), 1e-9, where);
                    } else {
                        assertNull(found.get(t), where + ": beyond the radius but listed");
                    }
                }
            }
        }
    }

    private static double[][] floydWarshall(int n, List<RoadLink> links) {
        double[][] d = new double[n][n];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
        }
        for (RoadLink link : links) {
            d[link.from()][link.to()] = Math.min(d[link.from()][link.to()], link.travelMinutes());
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }
}
