package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chargeplan.grid.Transformer;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;

/**
 * {@code hourly_load.csv}, long format, one row per element and hour:
 * {@code element_type,element_id,hour,charging_kw,base_kw,total_kw,limit_kw,loading_pct}, and when
 * the plan has batteries {@code storage_charge_kw,storage_discharge_kw,grid_kw,storage_soc_kwh}.
 * Rows for each open site ({@code site}: charging load at the chargers against their capacity;
 * what its battery charges from the grid, what it delivers to the chargers, the site's resulting
 * grid draw and the stored energy at the start of the hour, empty without a battery) and each
 * transformer ({@code transformer}: the grid draw
 * of its sites as {@code charging_kw}, base plus that against rating × power factor after any
 * upgrade; the storage columns empty). Hour 0 is 00:00-01:00.
 */
final class HourlyLoadTable {

    private HourlyLoadTable() {
    }

    static void write(SitingProblem problem, PlanMetrics metrics, Path file) {
        List<String> lines = new ArrayList<>();
        boolean storage = !metrics.plan().storage().isEmpty();
        lines.add("element_type,element_id,hour,charging_kw,base_kw,total_kw,limit_kw,loading_pct"
                + (storage ? ",storage_charge_kw,storage_discharge_kw,grid_kw,storage_soc_kwh" : ""));
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!metrics.plan().sites().get(i).open()) {
                continue;
            }
            double capacity = metrics.siteCapacityKw(i);
            double[] level = metrics.storageLevelKwh(i);
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double load = metrics.siteLoadKw(i, t);
                String row = String.join(",", "site", Csv.cell(problem.sites().get(i).id()), String.valueOf(t),
                        Numbers.text(load), "0", Numbers.text(load), Numbers.text(capacity),
                        capacity > 0 ? Numbers.text(100 * load / capacity) : "");
                if (storage) {
                    row += level.length == 0 ? ",,,," : "," + String.join(",", Numbers.text(metrics.storageChargeKw(i, t)),
                            Numbers.text(metrics.storageDischargeKw(i, t)), Numbers.text(metrics.gridDrawKw(i, t)),
                            Numbers.text(level[t]));
                }
                lines.add(row);
            }
        }
        if (problem.feeder().isPresent()) {
            List<Transformer> transformers = problem.feeder().get().transformers();
            for (int m = 0; m < transformers.size(); m++) {
                Transformer tr = transformers.get(m);
                for (int t = 0; t < SitingProblem.HOURS; t++) {
                    double charging = metrics.transformerChargingKw(m, t);
                    double total = metrics.transformerLoadKw(m, t);
                    lines.add(String.join(",", "transformer", Csv.cell(tr.id()), String.valueOf(t),
                            Numbers.text(charging), Numbers.text(total - charging), Numbers.text(total),
                            Numbers.text(metrics.transformerLimitKw(m)), Numbers.text(metrics.transformerLoadingPct(m, t)))
                            + (storage ? ",,,," : ""));
                }
            }
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
