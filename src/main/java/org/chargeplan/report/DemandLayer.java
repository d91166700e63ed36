package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code demand.geojson}: one Point per demand point, in the problem's order. Fields: {@code id},
 * {@code class} (demand class), {@code kwh_per_day} (charging demand), {@code served_kwh_per_day}
 * and {@code served_share} (0-1) under the plan.
 */
final class DemandLayer {

    private DemandLayer() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Path file) {
        try (GeoJsonWriter out = new GeoJsonWriter(file, "demand")) {
            for (int d = 0; d < problem.demand().size(); d++) {
                DemandPoint point = problem.demand().get(d);
                double share = metrics.servedShare(d);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", point.id());
                p.put("class", point.demandClass());
                p.put("kwh_per_day", point.energyKwhPerDay());
                p.put("served_kwh_per_day", share * point.energyKwhPerDay());
                p.put("served_share", share);
                out.point(point.position(), p);
            }
        }
    }
}
