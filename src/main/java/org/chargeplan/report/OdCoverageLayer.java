package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code od_coverage.geojson}: one LineString per OD path of the range-limited flows, along its
 * outbound route (origin to destination; a round trip comes back the same way), in path order.
 * Fields: {@code id} ({@code origin->destination}), {@code origin}, {@code destination},
 * {@code ev_trips_per_day}, {@code length_km} (distance driven, both ways for a round trip),
 * {@code round_trip}, {@code served}, {@code stations} (ids of the stations that charge its
 * vehicles, comma-separated in the order first passed; empty when not served) and
 * {@code charged_kwh_per_day} (capacitated model: energy its vehicles charge; otherwise null).
 */
final class OdCoverageLayer {

    private OdCoverageLayer() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Path file) {
        FlowDemand flows = problem.flows().orElseThrow();
        Map<Integer, Plan.ServedPath> served = new LinkedHashMap<>();
        for (Plan.ServedPath s : metrics.plan().servedPaths()) {
            served.put(s.path(), s);
        }
        try (GeoJsonWriter out = new GeoJsonWriter(file, "od_coverage")) {
            for (int q = 0; q < flows.paths().size(); q++) {
                FlowPath path = flows.paths().get(q);
                Plan.ServedPath s = served.get(q);
                String[] ends = path.id().split("->", 2);
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", path.id());
                properties.put("origin", ends[0]);
                properties.put("destination", ends.length > 1 ? ends[1] : "");
                properties.put("ev_trips_per_day", path.evTripsPerDay());
                properties.put("length_km", path.lengthKm());
                properties.put("round_trip", path.roundTrip());
                properties.put("served", s != null);
                properties.put("stations", s == null ? "" : String.join(",", stations(problem, metrics.plan(), path, s)));
                properties.put("charged_kwh_per_day", flows.kwhPerKm().map(kwhPerKm -> (Object) (s == null ? 0.0
                        : s.charges().stream().mapToDouble(Plan.Charge::km).sum() * kwhPerKm * path.evTripsPerDay()))
                        .orElse(null));
                out.lineString(path.line(), properties);
            }
        }
    }

    /** Station ids in the order the vehicle first reaches them: where it charges. */
    private static Set<String> stations(SitingProblem problem, Plan plan, FlowPath path, Plan.ServedPath served) {
        Set<String> ids = new LinkedHashSet<>();
        if (!served.charges().isEmpty()) {
            served.charges().stream().sorted((a, b) -> Integer.compare(a.position(), b.position()))
                    .forEach(c -> ids.add(problem.sites().get(c.site()).id()));
            return ids;
        }
        for (int node : path.nodes()) {
            for (int i = 0; i < problem.sites().size(); i++) {
                if (plan.sites().get(i).open() && problem.sites().get(i).roadNode() == node) {
                    ids.add(problem.sites().get(i).id());
                }
            }
        }
        return ids;
    }
}
