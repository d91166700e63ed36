package org.chargeplan.road;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.traverse.ClosestFirstIterator;

/**
 * Which targets (candidate sites' road nodes) each source (demand node) can reach within a travel
 * time budget, by one bounded Dijkstra search per distinct source node (JGraphT
 * {@link ClosestFirstIterator} with a radius). Travel is from the demand to the station, along
 * link directions.
 *
 * <p>Cost: one search per distinct source over the ball of radius {@code maxMinutes}. Results are
 * sorted by target index, so they are deterministic.
 */
public final class ReachSets {

    /** A target within reach, with its travel time in minutes. */
    public record Reach(int target, double minutes) {
    }

    private final List<List<Reach>> bySource;

    private ReachSets(List<List<Reach>> bySource) {
        this.bySource = bySource;
    }

    /**
     * @param network        the road network
     * @param sourceNodes    road node index of each source
     * @param targetNodes    road node index of each target
     * @param maxMinutes     the reach, minutes (inclusive)
     * @return for each source (by position in {@code sourceNodes}), the targets within reach
     */
    public static ReachSets compute(RoadNetwork network, int[] sourceNodes, int[] targetNodes, double maxMinutes) {
        List<List<Integer>> targetsAtNode = new ArrayList<>();
        for (int i = 0; i < network.nodeCount(); i++) {
            targetsAtNode.add(new ArrayList<>());
        }
        for (int t = 0; t < targetNodes.length; t++) {
            targetsAtNode.get(targetNodes[t]).add(t);
        }
        List<List<Reach>> cache = new ArrayList<>(java.util.Collections.nCopies(network.nodeCount(), null));
        List<List<Reach>> bySource = new ArrayList<>(sourceNodes.length);
        for (int source : sourceNodes) {
            List<Reach> reach = cache.get(source);
            if (reach == null) {
                reach = search(network, source, maxMinutes, targetsAtNode);
                cache.set(source, reach);
            }
            bySource.add(reach);
        }
        return new ReachSets(bySource);
    }

    private static List<Reach> search(RoadNetwork network, int source, double maxMinutes,
            List<List<Integer>> targetsAtNode) {
        ClosestFirstIterator<Integer, ?> it = new ClosestFirstIterator<>(network.graph(), source, maxMinutes);
        List<Reach> found = new ArrayList<>();
        while (it.hasNext()) {
            int node = it.next();
            double minutes = it.getShortestPathLength(node);
            for (int target : targetsAtNode.get(node)) {
                found.add(new Reach(target, minutes));
            }
        }
        Reach[] sorted = found.toArray(new Reach[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.target(), b.target()));
        return List.of(sorted);
    }

    /** Targets reachable from source {@code s}, sorted by target index. */
    public List<Reach> from(int source) {
        return bySource.get(source);
    }

    /** Total number of (source, target) pairs within reach. */
    public long pairCount() {
        return bySource.stream().mapToLong(List::size).sum();
    }
}
