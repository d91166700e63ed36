package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.ReachSets;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.Site;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.siting.SitingSolver;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Monaco sample (maps/monaco) on the real OpenStreetMap extract: every point snaps to the road
 * node a linear scan finds nearest, every reach pair's minutes equal JGraphT's Dijkstra and every
 * pair left out is beyond the reach, and the plan is optimal and passes the checker.
 */
class MonacoSampleTest {

    private static Study study;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isRegularFile(Path.of("../shared/data/osm/monaco.osm.gz")),
                "shared data set ../shared/data/osm/monaco.osm.gz not present; skipping");
        study = StudyLoader.load(ScenarioReader.read(Path.of("maps/monaco/scenario.yaml")));
    }

    private static int nearestByScan(RoadNetwork roads, LonLat p) {
        int best = 0;
        for (int i = 1; i < roads.nodeCount(); i++) {
            if (GreatCircle.distanceMeters(p, roads.position(i)) < GreatCircle.distanceMeters(p, roads.position(best))) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void pointsSnapToTheNearestRoadNode() {
        RoadNetwork roads = study.roads();
        for (DemandPoint d : study.demand().points()) {
            assertEquals(nearestByScan(roads, d.position()), d.roadNode(), "demand " + d.id());
            assertTrue(GreatCircle.distanceMeters(d.position(), roads.position(d.roadNode())) <= 300);
        }
        for (Site s : study.problem().sites()) {
            assertEquals(nearestByScan(roads, s.position()), s.roadNode(), "site " + s.id());
        }
    }

    @Test
    void reachPairsAgreeWithDijkstra() {
        RoadNetwork roads = study.roads();
        DijkstraShortestPath<Integer, ?> dijkstra = new DijkstraShortestPath<>(roads.graph());
        List<DemandPoint> demand = study.problem().demand();
        List<Site> sites = study.problem().sites();
        double reach = study.scenario().candidates().reachMinutes();
        for (int d = 0; d < demand.size(); d++) {
            List<ReachSets.Reach> found = study.problem().reach().get(d);
            for (int s = 0; s < sites.size(); s++) {
                double minutes = dijkstra.getPathWeight(demand.get(d).roadNode(), sites.get(s).roadNode());
                int site = s;
                var pair = found.stream().filter(r -> r.target() == site).findFirst();
                if (minutes <= reach) {
                    assertEquals(minutes, pair.orElseThrow().minutes(), 1e-9);
                } else {
                    assertTrue(pair.isEmpty());
                }
            }
        }
    }

    @Test
    void planIsOptimalAndPassesTheChecker() {
        SitingResult result = SitingSolver.solve(study.problem(), new HighsBackend(), new SolveOptions(60, 1e-4, 1));
        assertEquals(SolveStatus.OPTIMAL, result.status());
        assertTrue(PlanChecker.check(study.problem(), result.plan().orElseThrow()).isEmpty());
    }
}
