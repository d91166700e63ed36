package org.chargeplan.road.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One hand-made way per tag rule ({@code osm/tag_rules.osm}): each way is 0.001 degree of longitude
 * on its own row, so its length is 111.195 m (R·Δλ with R = 6,371,008.8 m, to within 0.1 m at the
 * latitudes used) and its minutes are length / speed, computed here by hand.
 */
class OsmTagRulesTest {

    private static final double METERS = 6_371_008.8 * Math.toRadians(0.001);
    private static RoadNetwork network;
    private static OsmImportReport report;

    @BeforeAll
    static void read() {
        OsmRoads roads = OsmImport.read(Path.of("src/test/resources/osm/tag_rules.osm"));
        network = roads.network();
        report = roads.report();
    }

    private static List<RoadLink> linksOfWay(int way) {
        return network.links().stream().filter(l -> l.id().startsWith(way + ".")).toList();
    }

    private static void assertSpeed(int way, double kmh) {
        List<RoadLink> links = linksOfWay(way);
        assertFalse(links.isEmpty(), "way " + way + " should be routable");
        double expected = METERS / 1000 / kmh * 60;
        for (RoadLink link : links) {
            assertEquals(expected, link.travelMinutes(), 2e-4, "minutes of way " + way);
            assertEquals(METERS, link.lengthMeters(), 0.2, "length of way " + way);
        }
    }

    /** 1 = along the way only, -1 = against it only, 2 = both. */
    private static void assertDirection(int way, int expected) {
        List<RoadLink> links = linksOfWay(way);
        String first = String.valueOf(2 * way - 1);
        long along = links.stream().filter(l -> network.node(l.from()).id().equals(first)).count();
        long against = links.size() - along;
        switch (expected) {
            case 1 -> assertTrue(along == 1 && against == 0, "way " + way + " should run along only");
            case -1 -> assertTrue(along == 0 && against == 1, "way " + way + " should run against only");
            default -> assertTrue(along == 1 && against == 1, "way " + way + " should be two-way");
        }
    }

    @Test
    void speedsFromClassDefaultsAndMaxspeed() {
        assertSpeed(1, 30);              // residential default
        assertSpeed(2, 50);              // maxspeed=50
        assertSpeed(3, 30 * 1.609344);   // 30 mph
        assertSpeed(4, 6);               // walk
        assertSpeed(5, 110);             // none -> motorway default
        assertSpeed(6, 30);              // 50;30 -> the lower
        assertSpeed(7, 90);              // DE:rural
        assertSpeed(8, 30);              // signals -> residential default
        assertSpeed(22, 10);             // living_street default
        assertSpeed(23, 80);             // 80 km/h
    }

    @Test
    void onewayRules() {
        assertDirection(1, 2);
        assertDirection(9, 1);   // oneway=yes
        assertDirection(10, -1); // oneway=-1
        assertDirection(11, 1);  // junction=roundabout
        assertDirection(5, 1);   // motorway implies oneway
        assertDirection(12, 2);  // motorway with oneway=no
        assertDirection(13, 1);  // motorway_link implies oneway
    }

    @Test
    void carAccess() {
        assertTrue(linksOfWay(14).isEmpty(), "access=private is closed");
        assertDirection(15, 2);              // access=no but motor_vehicle=yes: the specific tag wins
        assertTrue(linksOfWay(16).isEmpty(), "motor_vehicle=no is closed");
        assertDirection(17, 2);              // vehicle=no but motorcar=destination
        assertTrue(linksOfWay(18).isEmpty(), "footway");
        assertTrue(linksOfWay(19).isEmpty(), "area=yes");
        assertTrue(linksOfWay(20).isEmpty(), "reversible");
        assertTrue(linksOfWay(21).isEmpty(), "track");
    }

    @Test
    void reportCountsEveryDroppedWayWithItsReason() {
        assertEquals(24, report.waysRead());
        assertEquals(48, report.nodesRead());
        assertEquals(17, report.routableWays());
        assertEquals(Map.of(
                "access=private (closed to cars)", 1,
                "motor_vehicle=no (closed to cars)", 1,
                "highway=footway (not a car road class)", 1,
                "area=yes (a square, not a road)", 1,
                "oneway=reversible (direction changes with time)", 1,
                "highway=track (not a car road class)", 1,
                "no highway tag", 1), report.droppedWays());
    }
}
