package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code grid.geojson} of {@code plan} for a feeder without line sections (buses and transformers
 * only), where there is no power flow: the same layout as {@link FeederLoadingLayer} with the
 * voltage fields null. Every feature has {@code kind}:
 * <ul>
 *   <li>{@code bus}: {@code id}, {@code base_kw}, {@code charging_peak_kw}, {@code min_voltage_pu}
 *       and {@code min_voltage_hour} (null);</li>
 *   <li>{@code transformer}: {@code id}, {@code bus}, {@code rating_kva}, {@code limit_kw},
 *       {@code peak_load_kw}, {@code peak_loading_pct} (% of limit_kw), {@code peak_hour}.</li>
 * </ul>
 */
final class GridLayer {

    private GridLayer() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Path file) {
        Feeder feeder = metrics.feederAfterPlan();
        double[][] charging = metrics.chargingKwByBus();
        try (GeoJsonWriter out = new GeoJsonWriter(file, "grid")) {
            for (int b = 0; b < feeder.buses().size(); b++) {
                Bus bus = feeder.buses().get(b);
                double peak = 0;
                for (double kw : charging[b]) {
                    peak = Math.max(peak, kw);
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", bus.id());
                p.put("kind", "bus");
                p.put("base_kw", bus.baseKw());
                p.put("charging_peak_kw", peak);
                p.put("min_voltage_pu", null);
                p.put("min_voltage_hour", null);
                bus.position().ifPresent(position -> out.point(position, p));
            }
            List<Transformer> transformers = feeder.transformers();
            for (int m = 0; m < transformers.size(); m++) {
                Transformer t = transformers.get(m);
                int peakHour = 0;
                for (int h = 1; h < SitingProblem.HOURS; h++) {
                    if (metrics.transformerLoadKw(m, h) > metrics.transformerLoadKw(m, peakHour)) {
                        peakHour = h;
                    }
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", t.id());
                p.put("kind", "transformer");
                p.put("bus", feeder.buses().get(t.bus()).id());
                p.put("rating_kva", t.ratingKva());
                p.put("limit_kw", t.limitKw());
                p.put("peak_load_kw", metrics.transformerLoadKw(m, peakHour));
                p.put("peak_loading_pct", metrics.transformerLoadingPct(m, peakHour));
                p.put("peak_hour", peakHour);
                feeder.buses().get(t.bus()).position().ifPresent(position -> out.point(position, p));
            }
        }
    }
}
