package org.chargeplan.road.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chargeplan.report.RoadLayer;
import org.chargeplan.road.GeoJsonRoadReader;
import org.chargeplan.road.RoadNetwork;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Monaco extract ({@code ../shared/data/osm/monaco.osm.gz}): PBF and XML give the same
 * network, the counts match osmium's, the converted GeoJSON reads back to the same network, and
 * contraction keeps every shortest path.
 */
class MonacoImportTest {

    static final Path MONACO = Path.of("../shared/data/osm/monaco.osm.gz");

    @TempDir
    Path temp;

    static void assumeMonaco() {
        assumeTrue(Files.isRegularFile(MONACO), "shared data set ../shared/data/osm/monaco.osm.gz not present; skipping");
    }

    /** Runs osmium; skips the test when osmium-tool is not installed. */
    private static String osmium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("osmium"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "osmium (Debian osmium-tool) not installed; skipping");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "osmium " + args[0] + " failed: " + output);
        return output;
    }

    private static long count(String fileinfo, String what) {
        Matcher m = Pattern.compile("Number of " + what + ": (\\d+)").matcher(fileinfo);
        assertTrue(m.find(), "osmium fileinfo reports no " + what);
        return Long.parseLong(m.group(1));
    }

    @Test
    void truncatedOrEmptyPbfIsRefusedNotReadAsASmallerNetwork() throws Exception {
        Path empty = temp.resolve("empty.osm.pbf");
        Files.write(empty, new byte[0]);
        org.chargeplan.scenario.InputException emptyError = org.junit.jupiter.api.Assertions.assertThrows(
                org.chargeplan.scenario.InputException.class, () -> OsmImport.read(empty));
        assertTrue(emptyError.getMessage().contains("empty or cut short"), emptyError.getMessage());

        assumeMonaco();
        Path pbf = temp.resolve("whole.osm.pbf");
        osmium("cat", MONACO.toString(), "-o", pbf.toString(), "--overwrite");
        byte[] whole = Files.readAllBytes(pbf);
        Path cut = temp.resolve("cut.osm.pbf");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 1000));
        org.chargeplan.scenario.InputException cutError = org.junit.jupiter.api.Assertions.assertThrows(
                org.chargeplan.scenario.InputException.class, () -> OsmImport.read(cut));
        assertTrue(cutError.getMessage().contains("cut.osm.pbf") && cutError.getMessage().contains("cut short"),
                cutError.getMessage());
    }

    @Test
    void pbfAndXmlGiveTheSameNetworkAndOsmiumsCounts() throws Exception {
        assumeMonaco();
        Path pbf = temp.resolve("monaco.osm.pbf");
        osmium("cat", MONACO.toString(), "-o", pbf.toString(), "--overwrite");
        String info = osmium("fileinfo", "-e", pbf.toString());
        OsmRoads fromXml = OsmImport.read(MONACO);
        OsmRoads fromPbf = OsmImport.read(pbf);
        assertEquals(count(info, "nodes"), fromXml.report().nodesRead());
        assertEquals(count(info, "ways"), fromXml.report().waysRead());
        assertEquals(count(info, "nodes"), fromPbf.report().nodesRead());
        assertEquals(count(info, "ways"), fromPbf.report().waysRead());
        assertEquals(fromXml.report(), fromPbf.report());
        assertEquals(fromXml.network().nodes(), fromPbf.network().nodes());
        assertEquals(fromXml.network().links(), fromPbf.network().links());
        assertEquals(fromXml.sites(), fromPbf.sites());
    }

    @Test
    void convertedGeoJsonReadsBackIdentically() {
        assumeMonaco();
        OsmRoads roads = OsmImport.read(MONACO);
        RoadNetwork network = roads.network().largestStronglyConnected().network();
        Path file = temp.resolve("roads.geojson");
        RoadLayer.write(network, roads::highwayOf, file);
        RoadNetwork back = GeoJsonRoadReader.read(file);
        assertEquals(network.nodes().stream().sorted(java.util.Comparator.comparing(n -> n.id())).toList(),
                back.nodes().stream().sorted(java.util.Comparator.comparing(n -> n.id())).toList());
        assertEquals(linksByNodeId(network), linksByNodeId(back));
    }

    /** Every link with its end nodes by id rather than by index (node numbering is the readers' own). */
    private static List<String> linksByNodeId(RoadNetwork network) {
        return network.links().stream().map(l -> String.join(" ", l.id(), network.node(l.from()).id(),
                network.node(l.to()).id(), Double.toString(l.travelMinutes()), Double.toString(l.lengthMeters()),
                l.geometry().toString())).toList();
    }

    @Test
    void contractionKeepsShortestPathsBetweenKeptNodes() {
        assumeMonaco();
        OsmCollector collector = new OsmCollector();
        OsmXmlReader.read(MONACO, collector);
        collector.nodes().finish();
        WaySplitter.Split split = WaySplitter.split(collector.ways(), collector.nodes());
        ChainContractor.Contracted contracted = ChainContractor.contract(split.segments(), split.nodeIds().length);
        assertTrue(contracted.removedNodes() > 0);
        Graph<Integer, DefaultWeightedEdge> full = graph(split.segments(), split.nodeIds().length);
        Graph<Integer, DefaultWeightedEdge> small = graph(contracted.segments(), split.nodeIds().length);
        List<Integer> kept = small.vertexSet().stream().filter(v -> small.degreeOf(v) > 0).sorted().toList();
        long seed = 20261129L;
        Random random = new Random(seed);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> inFull = new DijkstraShortestPath<>(full);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> inSmall = new DijkstraShortestPath<>(small);
        for (int trial = 0; trial < 300; trial++) {
            int a = kept.get(random.nextInt(kept.size()));
            int b = kept.get(random.nextInt(kept.size()));
            double expected = inFull.getPathWeight(a, b);
            double actual = inSmall.getPathWeight(a, b);
            if (Double.isInfinite(expected)) {
                assertTrue(Double.isInfinite(actual), "seed " + seed + " trial " + trial);
            } else {
                assertEquals(expected, actual, 1e-9, "seed " + seed + " trial " + trial + ": " + a + " -> " + b);
            }
        }
    }

    private static Graph<Integer, DefaultWeightedEdge> graph(List<Segment> segments, int nodes) {
        Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < nodes; v++) {
            g.addVertex(v);
        }
        for (Segment s : segments) {
            if (s.first() == s.last()) {
                continue;
            }
            if (s.forward()) {
                g.setEdgeWeight(g.addEdge(s.first(), s.last()), s.minutes());
            }
            if (s.backward()) {
                g.setEdgeWeight(g.addEdge(s.last(), s.first()), s.minutes());
            }
        }
        return g;
    }
}
