package org.chargeplan.road;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.chargeplan.geo.LonLat;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The largest strongly connected part against JGraphT's Kosaraju on random sparse digraphs (seed in the name). */
class StrongComponentsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void largestComponentMatchesJGraphT(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(120);
        List<RoadNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new RoadNode("n" + i, new LonLat(0, 0)));
        }
        List<RoadLink> links = new ArrayList<>();
        int m = random.nextInt(2 * n + 1);
        for (int k = 0; k < m; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            links.add(new RoadLink("l" + k, a, b, 1, 1, List.of(new LonLat(0, 0), new LonLat(0, 0))));
        }
        RoadNetwork network = new RoadNetwork(nodes, links);
        Set<Integer> expected = new KosarajuStrongConnectivityInspector<>(network.graph()).stronglyConnectedSets()
                .stream().max(Comparator.<Set<Integer>>comparingInt(Set::size)
                        .thenComparing(set -> -set.stream().mapToInt(Integer::intValue).min().orElse(0)))
                .orElseThrow();
        RoadNetwork.Component component = network.largestStronglyConnected();
        Set<String> keptIds = new TreeSet<>(component.network().nodes().stream().map(RoadNode::id).toList());
        Set<String> expectedIds = new TreeSet<>(expected.stream().map(i -> "n" + i).toList());
        assertEquals(expectedIds, keptIds, "seed " + seed);
        assertEquals(n - expected.size(), component.droppedNodes(), "seed " + seed);
    }
}
