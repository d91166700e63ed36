package org.chargeplan.road;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which targets (candidate sites' road nodes) each source (demand node) can reach within a travel
 * time budget, and in how many minutes. Travel is from the demand to the station, along link
 * directions; a pair at exactly the budget is within reach.
 *
 * <p>Algorithm: one bounded Dijkstra search (indexed binary heap, stopping at the radius) per
 * distinct node of the smaller side. With fewer than half as many distinct target nodes as source
 * nodes it searches backwards from each target node over reversed links (10,000 stations against
 * 100,000 demand points: 10,000 searches instead of 100,000); otherwise forwards from each source
 * node. Searches run on several threads (each with its own Dijkstra arrays over a compressed sparse
 * row copy of the graph); results do not depend on the thread count. Forward minutes are summed
 * from the source, backward minutes from the target, so the two can differ in the last bit.
 *
 * <p>Memory: O(nodes) per thread for the search, 12 bytes per pair within reach for the result,
 * which lists pairs by source, sorted by target index. Immutable and thread-safe once computed.
 */
public final class ReachSets {

    /** A target within reach, with its travel time in minutes. */
    public record Reach(int target, double minutes) {
    }

    private final int[] slotOfSource;
    private final int[][] targets;
    private final double[][] minutes;

    private ReachSets(int[] slotOfSource, int[][] targets, double[][] minutes) {
        this.slotOfSource = slotOfSource;
        this.targets = targets;
        this.minutes = minutes;
    }

    /**
     * All pairs within reach, on as many threads as there are processors.
     *
     * @param network     the road network
     * @param sourceNodes road node index of each source
     * @param targetNodes road node index of each target
     * @param maxMinutes  the reach, minutes (inclusive)
     * @return for each source (by position in {@code sourceNodes}), the targets within reach
     */
    public static ReachSets compute(RoadNetwork network, int[] sourceNodes, int[] targetNodes, double maxMinutes) {
        return compute(network, sourceNodes, targetNodes, maxMinutes,
                Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    /**
     * All pairs within reach.
     *
     * @param threads  worker threads (at least 1)
     * @param progress told after each search (one per distinct node of the searched side)
     */
    public static ReachSets compute(RoadNetwork network, int[] sourceNodes, int[] targetNodes, double maxMinutes,
            int threads, ProgressListener progress) {
        NodeGroups sources = NodeGroups.of(sourceNodes, network.nodeCount());
        NodeGroups targetsByNode = NodeGroups.of(targetNodes, network.nodeCount());
        boolean backward = 2L * targetsByNode.distinctCount() < sources.distinctCount();
        CsrGraph graph = CsrGraph.of(network.nodeCount(), network.links(), backward);
        NodeGroups roots = backward ? targetsByNode : sources;
        PairBuffer[] buffers = search(graph, roots, backward ? sources : targetsByNode, maxMinutes,
                Math.max(1, threads), progress);
        return assemble(sources, targetsByNode, buffers, backward);
    }

    /** Runs one search per distinct root node; each worker records (root group, reached group, minutes). */
    private static PairBuffer[] search(CsrGraph graph, NodeGroups roots, NodeGroups reached, double maxMinutes,
            int threads, ProgressListener progress) {
        int workers = Math.min(threads, Math.max(1, roots.distinctCount()));
        PairBuffer[] buffers = new PairBuffer[workers];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable[] tasks = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            PairBuffer buffer = new PairBuffer();
            buffers[w] = buffer;
            tasks[w] = () -> {
                BoundedDijkstra dijkstra = new BoundedDijkstra(graph);
                for (int g = next.getAndIncrement(); g < roots.distinctCount(); g = next.getAndIncrement()) {
                    dijkstra.run(roots.node(g), maxMinutes);
                    for (int i = 0; i < dijkstra.settledCount(); i++) {
                        int node = dijkstra.settled(i);
                        int group = reached.groupOf(node);
                        if (group >= 0) {
                            buffer.add(g, group, dijkstra.distance(node));
                        }
                    }
                    progress.update(done.incrementAndGet(), roots.distinctCount());
                }
            };
        }
        run(tasks);
        return buffers;
    }

    private static void run(Runnable[] tasks) {
        if (tasks.length == 1) {
            tasks[0].run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length, runnable -> {
            Thread thread = new Thread(runnable, "reach-sets");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?>[] futures = new Future<?>[tasks.length];
            for (int i = 0; i < tasks.length; i++) {
                futures[i] = pool.submit(tasks[i]);
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reach set computation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Turns (source group, target group, minutes) pairs into per-source target lists sorted by
     * target index; sources at the same node share one list.
     */
    private static ReachSets assemble(NodeGroups sources, NodeGroups targetGroups, PairBuffer[] buffers,
            boolean backward) {
        int groups = sources.distinctCount();
        int[] count = new int[groups];
        for (PairBuffer b : buffers) {
            for (int i = 0; i < b.size(); i++) {
                int sourceGroup = backward ? b.reachedGroup(i) : b.rootGroup(i);
                int targetGroup = backward ? b.rootGroup(i) : b.reachedGroup(i);
                count[sourceGroup] += targetGroups.groupSize(targetGroup);
            }
        }
        int[][] targets = new int[groups][];
        double[][] minutes = new double[groups][];
        for (int g = 0; g < groups; g++) {
            targets[g] = new int[count[g]];
            minutes[g] = new double[count[g]];
        }
        Arrays.fill(count, 0);
        for (PairBuffer b : buffers) {
            for (int i = 0; i < b.size(); i++) {
                int sourceGroup = backward ? b.reachedGroup(i) : b.rootGroup(i);
                int targetGroup = backward ? b.rootGroup(i) : b.reachedGroup(i);
                for (int k = 0; k < targetGroups.groupSize(targetGroup); k++) {
                    targets[sourceGroup][count[sourceGroup]] = targetGroups.item(targetGroup, k);
                    minutes[sourceGroup][count[sourceGroup]++] = b.minutes(i);
                }
            }
            b.release();
        }
        for (int g = 0; g < groups; g++) {
            sortByTarget(targets[g], minutes[g]);
        }
        int[] slotOfSource = new int[sources.itemCount()];
        for (int item = 0; item < slotOfSource.length; item++) {
            slotOfSource[item] = sources.groupOfItem(item);
        }
        return new ReachSets(slotOfSource, targets, minutes);
    }

    /** Sorts both arrays by target index (targets are distinct within one list). */
    private static void sortByTarget(int[] targets, double[] minutes) {
        long[] keys = new long[targets.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) targets[i] << 32) | i;
        }
        Arrays.sort(keys);
        double[] copy = minutes.clone();
        for (int i = 0; i < keys.length; i++) {
            targets[i] = (int) (keys[i] >>> 32);
            minutes[i] = copy[(int) keys[i]];
        }
    }

    /** How many sources there are. */
    public int sourceCount() {
        return slotOfSource.length;
    }

    /** Targets reachable from source {@code source}, sorted by target index. */
    public List<Reach> from(int source) {
        int slot = slotOfSource[source];
        int[] t = targets[slot];
        double[] m = minutes[slot];
        return new AbstractList<>() {
            @Override
            public Reach get(int i) {
                return new Reach(t[i], m[i]);
            }

            @Override
            public int size() {
                return t.length;
            }
        };
    }

    /** Total number of (source, target) pairs within reach. */
    public long pairCount() {
        long pairs = 0;
        for (int s = 0; s < slotOfSource.length; s++) {
            pairs += targets[slotOfSource[s]].length;
        }
        return pairs;
    }
}
