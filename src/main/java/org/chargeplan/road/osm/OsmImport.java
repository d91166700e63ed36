package org.chargeplan.road.osm;

import java.nio.file.Path;
import java.util.Locale;
import org.chargeplan.road.ProgressListener;
import org.chargeplan.scenario.InputException;

/**
 * Reads the car road network of an OpenStreetMap file: {@code .osm.pbf} with {@link OsmPbfReader},
 * {@code .osm} / {@code .osm.gz} / {@code .xml} with {@link OsmXmlReader}. Ways are filtered and
 * typed by {@link CarWayRules}, split at intersections, degree-two chains contracted with their
 * geometry kept. The network returned is whole: callers keep its largest strongly connected part
 * ({@link org.chargeplan.road.RoadNetwork#largestStronglyConnected()}).
 *
 * <p>Memory: 16 bytes per node of the file for positions, plus the routable ways' node lists.
 */
public final class OsmImport {

    private OsmImport() {
    }

    /** Reads {@code file}, choosing the reader by its name. */
    public static OsmRoads read(Path file) {
        return read(file, ProgressListener.NONE);
    }

    /** Reads {@code file}, telling {@code progress} how many of its bytes are read. */
    public static OsmRoads read(Path file, ProgressListener progress) {
        OsmCollector collector = new OsmCollector();
        if (isPbf(file)) {
            OsmPbfReader.read(file, collector, progress);
        } else if (isXml(file)) {
            OsmXmlReader.read(file, collector, progress);
        } else {
            throw InputException.ofFile(file, "not an OpenStreetMap file name: expected .osm.pbf, .osm, .osm.gz or .osm.xml",
                    null);
        }
        return OsmRoadBuilder.build(collector);
    }

    /** Whether the name ends in {@code .pbf}. */
    public static boolean isPbf(Path file) {
        return name(file).endsWith(".pbf");
    }

    /** Whether the name ends in {@code .osm}, {@code .osm.gz}, {@code .osm.xml} or {@code .osm.xml.gz}. */
    public static boolean isXml(Path file) {
        String name = name(file);
        return name.endsWith(".osm") || name.endsWith(".osm.gz") || name.endsWith(".osm.xml")
                || name.endsWith(".osm.xml.gz");
    }

    /** Whether the file is OpenStreetMap data by its name. */
    public static boolean isOsm(Path file) {
        return isPbf(file) || isXml(file);
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
