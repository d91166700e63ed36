package org.chargeplan.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.chargeplan.road.GeoJsonRoadReader;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.DemandSource;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demand from OD tables and from GeoJSON points, on the Sioux Falls sample roads. */
class DemandBuilderTest {

    private static final RoadNetwork ROADS = GeoJsonRoadReader.read(Path.of("maps/sioux-falls/roads.geojson"));
    private static final Map<String, List<Double>> FLAT = Map.of(
            "public", Collections.nCopies(24, 1.0 / 24), "default", Collections.nCopies(24, 1.0 / 24));

    @Test
    void odDemandIsTripsStartingAtEachNodeTimesEnergy() {
        DemandSource source = new DemandSource(DemandSource.Kind.OD_TABLE, Path.of("maps/sioux-falls/od.csv"),
                10, 0.03, 0.15, "public");
        Demand demand = DemandBuilder.build(source, FLAT, ROADS, 500);
        assertEquals(24, demand.points().size());
        assertEquals(360_600 * 10 * 0.03 * 0.15, demand.totalKwhPerDay(), 1e-6);
        // Node 1 originates 8,800 OD units (row sum of the published table's origin 1).
        DemandPoint node1 = demand.points().stream().filter(p -> p.id().equals("1")).findFirst().orElseThrow();
        assertEquals(8_800 * 10 * 0.03 * 0.15, node1.energyKwhPerDay(), 1e-9);
    }

    @Test
    void pointsSnapToTheNearestRoadNodeAndKeepTheirClass() {
        DemandSource source = new DemandSource(DemandSource.Kind.POINTS,
                Path.of("src/test/resources/demand/points.geojson"), 1, 1, 1, "default");
        Demand demand = DemandBuilder.build(source, FLAT, ROADS, 500);
        assertEquals(2, demand.points().size());
        assertEquals("1", ROADS.node(demand.points().get(0).roadNode()).id());
        assertEquals("10", ROADS.node(demand.points().get(1).roadNode()).id());
        assertEquals("public", demand.points().get(0).demandClass());
        assertEquals("default", demand.points().get(1).demandClass());
        assertEquals(200.5, demand.totalKwhPerDay(), 1e-9);
    }

    @Test
    void aPointTooFarFromTheRoadsIsAnErrorNamingTheFeature(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("far.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "far", "kwh_per_day": 10},
                   "geometry": {"type": "Point", "coordinates": [-96.0, 43.6]}}]}
                """);
        DemandSource source = new DemandSource(DemandSource.Kind.POINTS, file, 1, 1, 1, "default");
        InputException e = assertThrows(InputException.class, () -> DemandBuilder.build(source, FLAT, ROADS, 500));
        assertTrue(e.getMessage().contains("far.geojson: feature 1 (id far)"), e.getMessage());
        assertTrue(e.getMessage().contains("max_snap_m"), e.getMessage());
    }
}
