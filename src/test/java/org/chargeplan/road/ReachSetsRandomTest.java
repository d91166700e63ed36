package org.chargeplan.road;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chargeplan.geo.LonLat;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every (source, target) pair of {@link ReachSets} against plain, unbounded JGraphT Dijkstra from
 * each source, on random directed multigraphs with parallel links, self-loops, unreachable parts
 * and several sources or targets at one node. Link times are multiples of 1/64 minute, so every
 * path sum is exact and the forward and backward searches must agree to the bit; a second variant
 * uses arbitrary times with a 1e-9 tolerance. Both search directions (many sources and few targets,
 * and the reverse) and 1 and 2 threads are run. The seed is in the test name and every message.
 */
class ReachSetsRandomTest {

    private static RoadNetwork randomNetwork(Random random, int nodes, boolean dyadic) {
        List<RoadNode> list = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            list.add(new RoadNode("n" + i, new LonLat(random.nextDouble(), random.nextDouble())));
        }
        List<RoadLink> links = new ArrayList<>();
        int linkCount = nodes * (1 + random.nextInt(4));
        for (int k = 0; k < linkCount; k++) {
            int from = random.nextInt(nodes);
            int to = random.nextInt(10) == 0 ? from : random.nextInt(nodes);
            double minutes = dyadic ? (1 + random.nextInt(640)) / 64.0 : 0.01 + random.nextDouble() * 10;
            links.add(new RoadLink("l" + k, from, to, minutes, 1, List.of(list.get(from).position(),
                    list.get(to).position())));
        }
        return new RoadNetwork(list, links);
    }

    private static int[] randomNodes(Random random, int count, int nodes) {
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = random.nextInt(nodes);
        }
        return picked;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
    void everyPairMatchesPlainDijkstra(long seed) {
        Random random = new Random(seed);
        boolean dyadic = seed % 3 != 0;
        int nodes = 2 + random.nextInt(80);
        RoadNetwork network = randomNetwork(random, nodes, dyadic);
        boolean manySources = seed % 2 == 0;
        int[] sources = randomNodes(random, manySources ? 20 + random.nextInt(60) : 1 + random.nextInt(5), nodes);
        int[] targets = randomNodes(random, manySources ? 1 + random.nextInt(5) : 20 + random.nextInt(60), nodes);
        double radius = random.nextDouble() * 25;
        DijkstraShortestPath<Integer, ?> dijkstra = new DijkstraShortestPath<>(network.graph());
        for (int threads : new int[] {1, 2}) {
            ReachSets reach = ReachSets.compute(network, sources, targets, radius, threads, ProgressListener.NONE);
            long pairs = 0;
            for (int s = 0; s < sources.length; s++) {
                List<ReachSets.Reach> expected = new ArrayList<>();
                for (int t = 0; t < targets.length; t++) {
                    double minutes = dijkstra.getPathWeight(sources[s], targets[t]);
                    if (minutes <= radius) {
                        expected.add(new ReachSets.Reach(t, minutes));
                    }
                }
                List<ReachSets.Reach> actual = reach.from(s);
                String where = "seed " + seed + ", " + threads + " threads, source " + s;
                assertEquals(expected.stream().map(ReachSets.Reach::target).toList(),
                        actual.stream().map(ReachSets.Reach::target).toList(), where);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).minutes(), actual.get(i).minutes(), dyadic ? 0 : 1e-9, where);
                }
                pairs += expected.size();
            }
            assertEquals(pairs, reach.pairCount(), "seed " + seed);
        }
    }
}
