package org.chargeplan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.chargeplan.road.osm.OsmImport;
import org.chargeplan.road.osm.OsmPbfReader;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.road.osm.OsmSink;

/**
 * OpenStreetMap PBF reading against osmium ({@code osmium fileinfo -e}, which decodes every object
 * and counts it), side by side on the same files. Not a test: run by
 * {@code benchmarks/osm-import-osmium.sh}, which writes the synthetic OSM XML with
 * {@code generate}, converts it to PBF with {@code osmium cat}, and then calls {@code measure}.
 *
 * <p>Two chargeplan figures per file: decoding alone into a counting sink (the same work as
 * {@code fileinfo -e}) and the whole road import (decode, car tag rules, splitting, contraction,
 * network). Each is the median of the repeats after one warm-up run in the same JVM; osmium's
 * figure is the median wall-clock time of as many separate runs.
 */
public final class OsmImportBenchmark {

    private OsmImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            measure(Path.of(args[1]), Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
        }
    }

    /**
     * A seeded synthetic region as OSM XML: a {@code side × side} grid of nodes 150 m apart, one
     * way per 10 grid steps along every row and column (mostly residential, every 10th line
     * secondary, every 50th primary, some footways and private service roads, maxspeed and oneway
     * tags on a share of them) and a closed building way in every 7th cell.
     */
    static void generate(Path file, int side) throws IOException {
        Random random = new Random(20261129L);
        double step = 150 / 111_195.0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"chargeplan benchmark\">\n");
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    out.write(String.format(Locale.ROOT, " <node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"/>\n",
                            1 + (long) r * side + c, 45 + r * step, 5 + c * step / Math.cos(Math.toRadians(45))));
                }
            }
            long wayId = 1;
            for (int line = 0; line < side; line++) {
                for (int dir = 0; dir < 2; dir++) {
                    for (int start = 0; start + 1 < side; start += 10) {
                        out.write(" <way id=\"" + wayId++ + "\">\n");
                        for (int k = start; k <= Math.min(start + 10, side - 1); k++) {
                            long node = dir == 0 ? 1 + (long) line * side + k : 1 + (long) k * side + line;
                            out.write("  <nd ref=\"" + node + "\"/>\n");
                        }
                        String highway = line % 50 == 0 ? "primary" : line % 10 == 0 ? "secondary"
                                : random.nextInt(20) == 0 ? "footway" : random.nextInt(30) == 0 ? "service" : "residential";
                        out.write("  <tag k=\"highway\" v=\"" + highway + "\"/>\n");
                        if (highway.equals("service")) {
                            out.write("  <tag k=\"access\" v=\"private\"/>\n");
                        }
                        if (random.nextInt(4) == 0) {
                            out.write("  <tag k=\"maxspeed\" v=\"" + (random.nextBoolean() ? "50" : "30 mph") + "\"/>\n");
                        }
                        if (random.nextInt(15) == 0) {
                            out.write("  <tag k=\"oneway\" v=\"yes\"/>\n");
                        }
                        out.write(" </way>\n");
                    }
                }
            }
            for (int r = 0; r + 1 < side; r += 7) {
                for (int c = 0; c + 1 < side; c += 7) {
                    long a = 1 + (long) r * side + c;
                    out.write(" <way id=\"" + wayId++ + "\">\n  <nd ref=\"" + a + "\"/>\n  <nd ref=\"" + (a + 1)
                            + "\"/>\n  <nd ref=\"" + (a + side + 1) + "\"/>\n  <nd ref=\"" + (a + side) + "\"/>\n  <nd ref=\""
                            + a + "\"/>\n  <tag k=\"building\" v=\"yes\"/>\n </way>\n");
                }
            }
            out.write("</osm>\n");
        }
    }

    static void measure(Path output, int repeats, List<String> files) throws IOException, InterruptedException {
        StringBuilder table = new StringBuilder();
        table.append("| file | size MB | nodes | ways | osmium fileinfo -e s | chargeplan decode s | speed vs osmium |"
                + " chargeplan import s | import speed vs osmium | network nodes / links |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String name : files) {
            Path file = Path.of(name);
            double osmium = median(repeats, () -> runOsmium(file));
            long[] counts = new long[2];
            OsmSink counter = new OsmSink() {
                @Override
                public void node(long id, int lonE7, int latE7, Map<String, String> tags) {
                    counts[0]++;
                }

                @Override
                public void way(long id, long[] nodeIds, Map<String, String> tags) {
                    counts[1]++;
                }
            };
            OsmPbfReader.read(file, counter);
            double decode = median(repeats, () -> OsmPbfReader.read(file, counter));
            OsmRoads[] roads = new OsmRoads[1];
            roads[0] = OsmImport.read(file);
            double imported = median(repeats, () -> roads[0] = OsmImport.read(file));
            long nodes = counts[0] / (repeats + 1);
            long ways = counts[1] / (repeats + 1);
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,d | %.3f | %.3f | %.2f | %.3f | %.2f | %,d / %,d |%n",
                    file.getFileName(), Files.size(file) / 1e6, nodes, ways, osmium, decode, osmium / decode, imported,
                    osmium / imported, roads[0].network().nodeCount(), roads[0].network().links().size()));
        }
        String text = "# OSM PBF reading: chargeplan against osmium\n\n"
                + "Written by `benchmarks/osm-import-osmium.sh` (" + repeats + " repeats, medians; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ").\n\"speed vs osmium\" is osmium's time over chargeplan's: 1.0 is as fast as osmium, 0.5 half its"
                + " speed.\nosmium's time includes its process start; chargeplan's is measured inside a warmed-up JVM"
                + " (JVM start, about 0.3 s, is excluded).\n\n" + table;
        Files.writeString(output, text);
        System.out.print(text);
    }

    private interface Run {
        void run() throws IOException, InterruptedException;
    }

    private static double median(int repeats, Run run) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            run.run();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(seconds);
        return seconds.get(seconds.size() / 2);
    }

    private static void runOsmium(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("osmium", "fileinfo", "-e", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        if (process.waitFor() != 0) {
            throw new IOException("osmium fileinfo failed on " + file);
        }
    }
}
