package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.siting.Plan;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.Site;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code assignments.geojson}: one straight line per (demand point, station) pair with served
 * energy, from the demand point to the station. Fields: {@code id} ({@code demand->station}),
 * {@code demand}, {@code station}, {@code share} (of the point's daily energy), {@code kwh_per_day},
 * {@code travel_minutes}.
 */
final class AssignmentLayer {

    private AssignmentLayer() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Path file) {
        try (GeoJsonWriter out = new GeoJsonWriter(file, "assignments")) {
            for (Plan.Assignment a : metrics.plan().assignments()) {
                DemandPoint point = problem.demand().get(a.demand());
                Site site = problem.sites().get(a.site());
                double minutes = problem.reach().get(a.demand()).stream().filter(r -> r.target() == a.site())
                        .findFirst().orElseThrow().minutes();
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", point.id() + "->" + site.id());
                properties.put("demand", point.id());
                properties.put("station", site.id());
                properties.put("share", a.share());
                properties.put("kwh_per_day", a.share() * point.energyKwhPerDay());
                properties.put("travel_minutes", minutes);
                out.lineString(List.of(point.position(), site.position()), properties);
            }
        }
    }
}
