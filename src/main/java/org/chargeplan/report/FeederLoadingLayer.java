package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;

/**
 * {@code grid.geojson} of {@code plan} and {@code grid-check} when the feeder has line sections:
 * the feeder with the AC power flow of its loading on it. Every feature has {@code kind}:
 * <ul>
 *   <li>{@code bus}: {@code id}, {@code base_kw} (peak base load), {@code charging_peak_kw},
 *       {@code min_voltage_pu}, {@code min_voltage_hour};</li>
 *   <li>{@code branch}: {@code id}, {@code from}, {@code to}, {@code r_ohm}, {@code x_ohm},
 *       {@code in_service}, {@code rating_kva} (null when unrated), {@code peak_flow_kva},
 *       {@code peak_loading_pct} (% of the rating; null when unrated);</li>
 *   <li>{@code transformer}: {@code id}, {@code bus}, {@code rating_kva}, {@code limit_kw},
 *       {@code peak_load_kw}, {@code peak_loading_pct} (% of limit_kw), {@code peak_hour}.</li>
 * </ul>
 * Features whose bus or line has no position are left out (a MATPOWER case has none).
 */
final class FeederLoadingLayer {

    private FeederLoadingLayer() {
    }

    static void write(FeederLoading loading, Path file) {
        Feeder feeder = loading.feeder();
        try (GeoJsonWriter out = new GeoJsonWriter(file, "grid")) {
            for (int b = 0; b < feeder.buses().size(); b++) {
                Bus bus = feeder.buses().get(b);
                FeederLoading.Extreme lowest = loading.minVoltage(b);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", bus.id());
                p.put("kind", "bus");
                p.put("base_kw", bus.baseKw());
                p.put("charging_peak_kw", loading.chargingPeakKw(b));
                p.put("min_voltage_pu", lowest.value());
                p.put("min_voltage_hour", lowest.hour());
                bus.position().ifPresent(position -> out.point(position, p));
            }
            for (int l = 0; l < feeder.branches().size(); l++) {
                Branch branch = feeder.branches().get(l);
                FeederLoading.Extreme peak = loading.peakFlow(l);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", branch.id());
                p.put("kind", "branch");
                p.put("from", feeder.buses().get(branch.fromBus()).id());
                p.put("to", feeder.buses().get(branch.toBus()).id());
                p.put("r_ohm", branch.rOhm());
                p.put("x_ohm", branch.xOhm());
                p.put("in_service", branch.inService());
                p.put("rating_kva", branch.ratingKva().isPresent() ? branch.ratingKva().getAsDouble() : null);
                p.put("peak_flow_kva", peak.value());
                p.put("peak_loading_pct", loading.branchLoadingPct(l, peak.hour()).orElse(null));
                if (branch.geometry().size() >= 2) {
                    out.lineString(branch.geometry(), p);
                }
            }
            for (int m = 0; m < feeder.transformers().size(); m++) {
                Transformer t = feeder.transformers().get(m);
                FeederLoading.Extreme peak = loading.peakLoad(m);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", t.id());
                p.put("kind", "transformer");
                p.put("bus", feeder.buses().get(t.bus()).id());
                p.put("rating_kva", t.ratingKva());
                p.put("limit_kw", t.limitKw());
                p.put("peak_load_kw", peak.value());
                p.put("peak_loading_pct", loading.transformerLoadingPct(m, peak.hour()));
                p.put("peak_hour", peak.hour());
                feeder.buses().get(t.bus()).position().ifPresent(position -> out.point(position, p));
            }
        }
    }
}
