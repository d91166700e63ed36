package org.chargeplan.road.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-drawn network of {@code osm/split_contract.osm}; expected values worked out in its comment. */
class SplitContractTest {

    private static final double STEP_M = 6_371_008.8 * Math.toRadians(0.001);
    private static OsmRoads roads;
    private static RoadNetwork network;

    @BeforeAll
    static void read() {
        roads = OsmImport.read(Path.of("src/test/resources/osm/split_contract.osm"));
        network = roads.network();
    }

    private static RoadLink link(String id) {
        return network.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no link " + id + " in " + network.links().stream().map(RoadLink::id).toList()));
    }

    @Test
    void waysAreSplitAtIntersectionsAndChainsContracted() {
        assertEquals(List.of("1", "3", "6", "5", "7"), network.nodes().stream().map(n -> n.id()).toList());
        assertEquals(List.of("100.0", "100.0-reverse", "100.1", "100.1-reverse", "101.0", "101.0-reverse", "103.0"),
                network.links().stream().map(RoadLink::id).toList());
        RoadLink ac = link("100.0");
        assertEquals("1", network.node(ac.from()).id());
        assertEquals("3", network.node(ac.to()).id());
        assertEquals(3, ac.geometry().size(), "B stays inside A-C");
        RoadLink cf = link("100.1");
        assertEquals("6", network.node(cf.to()).id());
        assertEquals(List.of(new LonLat(0.002, 0), new LonLat(0.003, 0), new LonLat(0.004, 0)), cf.geometry());
        assertEquals(2 * STEP_M, cf.lengthMeters(), 1e-3);
        assertEquals(Math.round(2 * STEP_M / 500 * 1e4) / 1e4, cf.travelMinutes(), 0, "residential 30 km/h");
        assertEquals(List.of(new LonLat(0.004, 0), new LonLat(0.003, 0), new LonLat(0.002, 0)),
                link("100.1-reverse").geometry());
        assertTrue(network.indexOf("4").isEmpty(), "D is contracted");
        assertEquals(OptionalInt.empty(), network.indexOf("2"));
    }

    @Test
    void reportCountsWhatWasDropped() {
        OsmImportReport report = roads.report();
        assertEquals(1, report.contractedNodes());
        assertEquals(1, report.closedLoops());
        assertEquals(1, report.missingNodeRefs());
        assertEquals(6, report.segments());
        assertEquals(6, report.routableWays());
        assertEquals(1, report.droppedWays().get("no highway tag"));
    }

    @Test
    void sitesFromNodesAndClosedWays() {
        List<OsmSite> sites = roads.sites();
        assertEquals(List.of("node/9", "way/106", "node/13"), sites.stream().map(OsmSite::osmId).toList());
        OsmSite charging = sites.get(0);
        assertEquals(OsmSite.Kind.CHARGING_STATION, charging.kind());
        assertEquals(4, charging.capacity().getAsInt());
        assertEquals(java.util.Map.of("ccs", 2, "type2", 4), charging.sockets());
        OsmSite parking = sites.get(1);
        assertEquals(0.0035, parking.position().lon(), 1e-12);
        assertEquals(0.0015, parking.position().lat(), 1e-12);
    }

    @Test
    void badXmlNamesTheLineAndAttribute() {
        InputException e = assertThrows(InputException.class,
                () -> OsmImport.read(Path.of("src/test/resources/osm/broken_no_lat.osm")));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("field 'lat' is missing"), e.getMessage());
    }
}
