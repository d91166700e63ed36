package org.chargeplan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.ProgressListener;
import org.chargeplan.road.ReachSets;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.RoadNode;
import org.jgrapht.traverse.ClosestFirstIterator;

/**
 * Reach sets at province scale: a seeded {@code side × side} grid road network (200 m blocks,
 * residential streets at 30 km/h, every 10th line a secondary road at 60 km/h and every 50th a
 * primary road at 80 km/h, each link's speed varied ±20 %), 100,000 demand points and 10,000
 * stations on random nodes, 15 minutes. Not a test: run by {@code benchmarks/reach-sets.sh}.
 *
 * <p>Peer: the previous implementation, one JGraphT {@link ClosestFirstIterator} bounded search per
 * demand node, timed on the first 500 demand points and scaled to all of them (its cost per
 * search does not depend on which point). A spot check compares the pairs of those 500 points.
 */
public final class ReachSetsBenchmark {

    private ReachSetsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        int side = Integer.parseInt(args[1]);
        int demandCount = Integer.parseInt(args[2]);
        int stationCount = Integer.parseInt(args[3]);
        double reach = 15;
        Random random = new Random(20261129L);
        long start = System.nanoTime();
        RoadNetwork network = grid(side, random);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        int[] demand = random.ints(demandCount, 0, network.nodeCount()).toArray();
        int[] stations = random.ints(stationCount, 0, network.nodeCount()).toArray();

        List<String> rows = new ArrayList<>();
        ReachSets result = null;
        for (int threads : new int[] {2, 1}) {
            result = null;
            System.gc();
            long before = usedHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
            long t0 = System.nanoTime();
            result = ReachSets.compute(network, demand, stations, reach, threads, ProgressListener.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = usedHeap() - before;
            rows.add(String.format(Locale.ROOT, "| chargeplan ReachSets, %d thread%s | %.1f | %,d | %.0f | %.0f |",
                    threads, threads == 1 ? "" : "s", seconds, result.pairCount(), retained / 1e6, peak / 1e6));
        }
        int sample = Math.min(500, demandCount);
        long t0 = System.nanoTime();
        long mismatches = 0;
        for (int d = 0; d < sample; d++) {
            ClosestFirstIterator<Integer, ?> it = new ClosestFirstIterator<>(network.graph(), demand[d], reach);
            java.util.Map<Integer, Double> settled = new java.util.HashMap<>();
            while (it.hasNext()) {
                int node = it.next();
                settled.put(node, it.getShortestPathLength(node));
            }
            int found = 0;
            for (int s = 0; s < stations.length; s++) {
                if (settled.containsKey(stations[s])) {
                    found++;
                }
            }
            if (found != result.from(d).size()) {
                mismatches++;
            }
        }
        double peerSeconds = (System.nanoTime() - t0) / 1e9 * demandCount / sample;
        rows.add(String.format(Locale.ROOT, "| JGraphT ClosestFirstIterator per demand node, 1 thread (%d points timed, scaled) | %.1f | | | |",
                sample, peerSeconds));
        String text = "# Reach sets at province scale\n\n"
                + String.format(Locale.ROOT, "Written by `benchmarks/reach-sets.sh`: a %d × %d grid (%,d nodes, %,d directed links,"
                        + " 200 m blocks, built in %.1f s), %,d demand points, %,d stations, reach %.0f minutes; %d cores,"
                        + " Java %s, max heap %.0f GB.%n%n", side, side, network.nodeCount(), network.links().size(),
                        buildSeconds, demandCount, stationCount, reach, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1e9)
                + "| method | seconds | pairs within reach | result MB retained | heap peak MB |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n"
                + String.format(Locale.ROOT, "Spot check: pair counts of the first %d demand points differ from JGraphT's for %d of them.%n",
                        sample, mismatches)
                + String.format(Locale.ROOT, "Speed-up over the JGraphT peer (2 threads): %.1f×.%n",
                        peerSeconds / Double.parseDouble(rows.get(0).split("\\|")[2].trim()));
        Files.writeString(output, text);
        System.out.print(text);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The seeded grid; node r*side+c at row r, column c; both directions of every block. */
    static RoadNetwork grid(int side, Random random) {
        double stepDegrees = 200 / 111_195.0;
        List<RoadNode> nodes = new ArrayList<>(side * side);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                nodes.add(new RoadNode(Integer.toString(r * side + c),
                        new LonLat(5 + c * stepDegrees * 1.4142, 45 + r * stepDegrees)));
            }
        }
        List<RoadLink> links = new ArrayList<>(4 * side * side);
        for (int line = 0; line < side; line++) {
            double speed = line % 50 == 0 ? 80 : line % 10 == 0 ? 60 : 30;
            for (int k = 0; k + 1 < side; k++) {
                int[][] pairs = {{line * side + k, line * side + k + 1}, {k * side + line, (k + 1) * side + line}};
                for (int[] pair : pairs) {
                    double minutes = 0.2 / (speed * (0.8 + 0.4 * random.nextDouble())) * 60;
                    List<LonLat> geometry = List.of(nodes.get(pair[0]).position(), nodes.get(pair[1]).position());
                    links.add(new RoadLink("l" + links.size(), pair[0], pair[1], minutes, 200, geometry));
                    links.add(new RoadLink("l" + links.size(), pair[1], pair[0], minutes, 200, geometry));
                }
            }
        }
        return new RoadNetwork(nodes, links);
    }
}
