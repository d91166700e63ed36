package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.Transformer;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code grid.geojson}: the feeder with the plan's effect on it. Every feature has {@code kind}:
 * <ul>
 *   <li>{@code bus}: {@code id}, {@code base_kw} (peak base load), {@code charging_peak_kw}
 *       (highest hourly charging load of the sites at the bus), {@code min_voltage_pu} and
 *       {@code min_voltage_hour} (lowest voltage of the day by AC power flow, and its hour);</li>
 *   <li>{@code branch}: {@code id}, {@code from}, {@code to}, {@code r_ohm}, {@code x_ohm},
 *       {@code in_service}, {@code rating_kva} (null when unrated), {@code peak_flow_kva} (highest
 *       hourly apparent power at the sending end), {@code peak_loading_pct} (% of the rating; null
 *       when unrated);</li>
 *   <li>{@code transformer}: {@code id}, {@code bus}, {@code rating_kva}, {@code limit_kw}
 *       (rating × power factor), {@code peak_load_kw}, {@code peak_loading_pct} (% of limit_kw),
 *       {@code peak_hour} (0-23, start of the hour).</li>
 * </ul>
 */
final class GridLayer {

    private GridLayer() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Optional<GridImpact> impact, Path file) {
        Feeder feeder = problem.feeder().orElseThrow();
        double[] chargingPeakByBus = new double[feeder.buses().size()];
        for (int i = 0; i < problem.sites().size(); i++) {
            int site = i;
            problem.sites().get(i).bus().ifPresent(b -> chargingPeakByBus[b] += metrics.sitePeakKw(site));
        }
        try (GeoJsonWriter out = new GeoJsonWriter(file, "grid")) {
            for (int b = 0; b < feeder.buses().size(); b++) {
                Bus bus = feeder.buses().get(b);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", bus.id());
                p.put("kind", "bus");
                p.put("base_kw", bus.baseKw());
                p.put("charging_peak_kw", chargingPeakByBus[b]);
                int busIndex = b;
                p.put("min_voltage_pu", impact.map(i -> (Object) i.minVoltagePu(busIndex)).orElse(null));
                p.put("min_voltage_hour", impact.map(i -> (Object) i.minVoltageHour(busIndex)).orElse(null));
                if (bus.position().isPresent()) {
                    out.point(bus.position().get(), p);
                }
            }
            for (int l = 0; l < feeder.branches().size(); l++) {
                Branch branch = feeder.branches().get(l);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", branch.id());
                p.put("kind", "branch");
                p.put("from", feeder.buses().get(branch.fromBus()).id());
                p.put("to", feeder.buses().get(branch.toBus()).id());
                p.put("r_ohm", branch.rOhm());
                p.put("x_ohm", branch.xOhm());
                p.put("in_service", branch.inService());
                int branchIndex = l;
                Optional<Double> peakFlow = impact.map(i -> i.peakFlowKva(branchIndex));
                p.put("rating_kva", branch.ratingKva().isPresent() ? branch.ratingKva().getAsDouble() : null);
                p.put("peak_flow_kva", peakFlow.orElse(null));
                p.put("peak_loading_pct", branch.ratingKva().isPresent() && peakFlow.isPresent()
                        ? 100 * peakFlow.get() / branch.ratingKva().getAsDouble() : null);
                if (branch.geometry().size() >= 2) {
                    out.lineString(branch.geometry(), p);
                }
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
