package org.chargeplan.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.chargeplan.report.OsmSiteLayer;
import org.chargeplan.report.RoadLayer;
import org.chargeplan.road.GeoJsonRoadReader;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.osm.OsmImport;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.scenario.InputException;
import org.chargeplan.study.ProgressBar;
import org.chargeplan.study.Stopwatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chargeplan convert INPUT -o roads.geojson}: writes the routable car network of an
 * OpenStreetMap file (or of a road GeoJSON) as road GeoJSON, after keeping its largest strongly
 * connected part; optionally the OSM charging, parking and fuel sites as candidate points.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write the car road network of an OpenStreetMap file (.osm.pbf, .osm, .osm.gz) as road GeoJSON.")
final class ConvertCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ConvertCommand.class);

    @Parameters(index = "0", paramLabel = "INPUT", description = "An .osm.pbf, .osm or .osm.gz file, or a road GeoJSON.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "ROADS.geojson", required = true,
            description = "The road GeoJSON to write (replaced only when complete).")
    Path output;

    @Option(names = "--sites", paramLabel = "SITES.geojson",
            description = "Also write OSM charging stations, parking and fuel stations as candidate points.")
    Path sitesOutput;

    @Option(names = "--all-components",
            description = "Keep every part of the network, not only its largest strongly connected part.")
    boolean allComponents;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Stopwatch clock = new Stopwatch();
        if (!java.nio.file.Files.isRegularFile(input)) {
            throw InputException.ofFile(input, "no such file", null);
        }
        Optional<OsmRoads> osm = Optional.empty();
        if (OsmImport.isOsm(input)) {
            try (ProgressBar bar = ProgressBar.start("OpenStreetMap import")) {
                osm = Optional.of(OsmImport.read(input, bar));
            }
        }
        if (sitesOutput != null && osm.isEmpty()) {
            throw InputException.ofFile(input, "--sites needs an OpenStreetMap input", null);
        }
        RoadNetwork network = osm.map(OsmRoads::network).orElseGet(() -> GeoJsonRoadReader.read(input));
        osm.ifPresent(o -> {
            LOG.info("{}: {} ({})", input.getFileName(), o.report().summary(), clock.lap());
            LOG.info("ways left out: {}", o.report().droppedSummary());
        });
        String dropped = "";
        if (!allComponents) {
            RoadNetwork.Component component = network.largestStronglyConnected();
            network = component.network();
            dropped = String.format(Locale.ROOT, "; %d nodes and %d links outside the largest strongly connected part dropped",
                    component.droppedNodes(), component.droppedLinks());
        }
        Function<String, String> highway = osm.<Function<String, String>>map(o -> o::highwayOf).orElse(id -> null);
        RoadLayer.write(network, highway, output);
        if (sitesOutput != null) {
            OsmSiteLayer.write(osm.get().sites(), sitesOutput);
            LOG.info("{}: {} sites", sitesOutput, osm.get().sites().size());
        }
        double km = network.links().stream().mapToDouble(l -> l.lengthMeters()).sum() / 1000;
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d directed links, %.1f km of directed links%s (%s)%n", output,
                network.nodeCount(), network.links().size(), km, dropped, clock.lap());
        return ExitCode.OK;
    }
}
