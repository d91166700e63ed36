package org.chargeplan.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * {@code roads.geojson}: every road link (LineString, tail to head) with the charging energy whose
 * drive to its station runs over it. Each served (demand point, station) pair sends its
 * {@code kwh_per_day} along the fastest free-flow path from the demand point's road node to the
 * station's (Dijkstra on travel minutes, the same metric as the reach sets); between parallel links
 * the fastest, then the first in file order, carries it. Fields: {@code id}, {@code from},
 * {@code to} (node ids), {@code travel_minutes}, {@code length_m}, {@code served_kwh_per_day}
 * (kWh/day of served charging energy driven over the link), {@code routes} (served pairs whose path
 * uses the link). Links keep the road network's order, so the file is the same for the same plan.
 */
final class RoadFlowLayer {

    private RoadFlowLayer() {
    }

    static void write(RoadNetwork roads, SitingProblem problem, PlanMetrics metrics, Path file) {
        double[] kwh = new double[roads.links().size()];
        int[] routes = new int[roads.links().size()];
        Map<Long, Integer> linkByEnds = fastestLinks(roads);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> whole = new DijkstraShortestPath<>(roads.graph());
        // Every served pair lies within its reach (travel minutes): searches stop a little beyond
        // the farthest, which visits the same nodes in the same order up to there (so the same
        // paths), in a fraction of the time on a city's network.
        DijkstraShortestPath<Integer, DefaultWeightedEdge> near = new DijkstraShortestPath<>(roads.graph(),
                farthestServedMinutes(problem, metrics.plan()) * (1 + 1e-6) + 1e-6);
        // One shortest-path tree per demand node, visited in a fixed order.
        Map<Integer, DijkstraShortestPath.SingleSourcePaths<Integer, DefaultWeightedEdge>> trees = new TreeMap<>();
        Map<Integer, DijkstraShortestPath.SingleSourcePaths<Integer, DefaultWeightedEdge>> wholeTrees = new TreeMap<>();
        for (Plan.Assignment a : metrics.plan().assignments()) {
            int from = problem.demand().get(a.demand()).roadNode();
            int to = problem.sites().get(a.site()).roadNode();
            double energy = a.share() * problem.demand().get(a.demand()).energyKwhPerDay();
            GraphPath<Integer, DefaultWeightedEdge> path = trees.computeIfAbsent(from, near::getPaths).getPath(to);
            if (path == null) {
                // beyond the radius: a reach computed otherwise
                path = wholeTrees.computeIfAbsent(from, whole::getPaths).getPath(to);
            }
            if (path == null) {
                continue;
            }
            List<Integer> nodes = path.getVertexList();
            for (int v = 1; v < nodes.size(); v++) {
                int link = linkByEnds.get(key(nodes.get(v - 1), nodes.get(v)));
                kwh[link] += energy;
                routes[link]++;
            }
        }
        try (GeoJsonWriter out = new GeoJsonWriter(file, "roads")) {
            for (int l = 0; l < roads.links().size(); l++) {
                RoadLink link = roads.links().get(l);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", link.id());
                p.put("from", roads.node(link.from()).id());
                p.put("to", roads.node(link.to()).id());
                p.put("travel_minutes", link.travelMinutes());
                p.put("length_m", link.lengthMeters());
                p.put("served_kwh_per_day", kwh[l]);
                p.put("routes", routes[l]);
                out.lineString(link.geometry(), p);
            }
        }
    }

    /** The longest reach, in travel minutes, of any pair the plan serves (0 when none). */
    private static double farthestServedMinutes(SitingProblem problem, Plan plan) {
        double farthest = 0;
        for (Plan.Assignment a : plan.assignments()) {
            for (var reach : problem.reach().get(a.demand())) {
                if (reach.target() == a.site()) {
                    farthest = Math.max(farthest, reach.minutes());
                }
            }
        }
        return farthest;
    }

    /** For each (tail, head) pair, the fastest link between them, the first in file order on ties. */
    private static Map<Long, Integer> fastestLinks(RoadNetwork roads) {
        Map<Long, Integer> best = new HashMap<>();
        for (int l = 0; l < roads.links().size(); l++) {
            RoadLink link = roads.links().get(l);
            best.merge(key(link.from(), link.to()), l, (old, now) ->
                    roads.links().get(now).travelMinutes() < roads.links().get(old).travelMinutes() ? now : old);
        }
        return best;
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }
}
