package org.chargeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chargeplan.road.ReachSets;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingSolver;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roads.geojson}'s flows, searched only as far as the farthest served reach, equal those of
 * a whole-network Dijkstra (JGraphT, no radius) from every served pair's demand node, computed
 * here independently; also when the reach minutes understate the drive (the search then falls
 * back to the whole network for the pairs beyond its radius).
 */
class RoadFlowLayerTest {

    @TempDir
    Path tmp;

    @Test
    void boundedSearchesGiveTheWholeNetworksFlows() throws IOException {
        Study study = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml")));
        SitingProblem problem = study.problem();
        Plan plan = SitingSolver.solve(problem, new HighsBackend(), new SolveOptions(60, 1e-4, 1)).plan().orElseThrow();
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        double[] expected = wholeNetworkFlows(study.roads(), problem, plan);
        assertTrue(java.util.Arrays.stream(expected).filter(kwh -> kwh > 0).count() > 10, "the plan drives on roads");

        Path file = tmp.resolve("roads.geojson");
        RoadFlowLayer.write(study.roads(), problem, metrics, file);
        assertFlows(expected, file, "reach as computed");

        // Reach minutes at half the drive: the radius is too short for most pairs.
        List<List<ReachSets.Reach>> halved = problem.reach().stream().map(list -> list.stream()
                .map(r -> new ReachSets.Reach(r.target(), r.minutes() / 2)).toList()).toList();
        SitingProblem understated = new SitingProblem(problem.sites(), problem.demand(), halved, problem.chargerTypes(),
                problem.profiles(), problem.feeder(), problem.objective(), problem.gridLimits(), problem.margins());
        Path second = tmp.resolve("roads-halved.geojson");
        RoadFlowLayer.write(study.roads(), understated, metrics, second);
        assertFlows(expected, second, "reach understated");
    }

    /** kWh/day per link: every served pair's energy along its fastest path over the whole network. */
    private static double[] wholeNetworkFlows(RoadNetwork roads, SitingProblem problem, Plan plan) {
        double[] kwh = new double[roads.links().size()];
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(roads.graph());
        for (Plan.Assignment a : plan.assignments()) {
            GraphPath<Integer, DefaultWeightedEdge> path = dijkstra.getPath(problem.demand().get(a.demand()).roadNode(),
                    problem.sites().get(a.site()).roadNode());
            List<Integer> nodes = path.getVertexList();
            for (int v = 1; v < nodes.size(); v++) {
                kwh[fastestLink(roads, nodes.get(v - 1), nodes.get(v))] += a.share()
                        * problem.demand().get(a.demand()).energyKwhPerDay();
            }
        }
        return kwh;
    }

    private static int fastestLink(RoadNetwork roads, int from, int to) {
        int best = -1;
        for (int l = 0; l < roads.links().size(); l++) {
            RoadLink link = roads.links().get(l);
            if (link.from() == from && link.to() == to
                    && (best < 0 || link.travelMinutes() < roads.links().get(best).travelMinutes())) {
                best = l;
            }
        }
        return best;
    }

    private static void assertFlows(double[] expected, Path file, String context) throws IOException {
        JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
        assertEquals(expected.length, features.size(), context);
        for (int l = 0; l < expected.length; l++) {
            assertEquals(expected[l], features.get(l).get("properties").get("served_kwh_per_day").asDouble(),
                    1e-3, context + ", link " + l);
        }
    }
}
