package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.scenario.CostPart;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.Site;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.study.Study;

/**
 * The stations of a plan (open sites) as {@code stations.geojson} (points) and
 * {@code stations.csv}. Fields, in order: {@code id}, {@code existing}, {@code chargers} (total),
 * {@code chargers_<type>} per charger type, {@code kw} (installed kW), {@code storage_kwh} and
 * {@code storage_kw} (battery energy and power, 0 without one), {@code cost} (the station's cost in
 * the plan's cost basis: capital less any subsidy, or per year on the annual basis),
 * {@code cost_<part>} (that cost by part: sites, chargers, storage, connection, and on the annual
 * basis energy and demand_charge), {@code capital_cost} (gross capital of the site, its connection,
 * new chargers and battery), {@code served_kwh_per_day}, {@code peak_kw} (highest hourly charging
 * load), {@code peak_grid_kw} (highest hourly grid draw, after the battery), {@code bus},
 * {@code transformer}. The CSV adds {@code lon}, {@code lat}.
 */
final class StationLayer {

    private StationLayer() {
    }

    static void write(Study study, PlanMetrics metrics, Path geojson, Path csv) {
        List<Map<String, Object>> rows = rows(study, metrics);
        try (GeoJsonWriter out = new GeoJsonWriter(geojson, "stations")) {
            int r = 0;
            for (int i = 0; i < study.problem().sites().size(); i++) {
                if (metrics.plan().sites().get(i).open()) {
                    out.point(study.problem().sites().get(i).position(), rows.get(r++));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("id", "lon", "lat"));
        if (!rows.isEmpty()) {
            rows.get(0).keySet().stream().filter(k -> !k.equals("id")).forEach(header::add);
        }
        lines.add(String.join(",", header));
        int r = 0;
        for (int i = 0; i < study.problem().sites().size(); i++) {
            if (!metrics.plan().sites().get(i).open()) {
                continue;
            }
            Site site = study.problem().sites().get(i);
            Map<String, Object> row = rows.get(r++);
            List<String> cells = new ArrayList<>();
            cells.add(Csv.cell(site.id()));
            cells.add(Numbers.text(site.position().lon(), Numbers.COORDINATE_DECIMALS));
            cells.add(Numbers.text(site.position().lat(), Numbers.COORDINATE_DECIMALS));
            for (String key : header.subList(3, header.size())) {
                cells.add(Csv.cell(row.get(key)));
            }
            lines.add(String.join(",", cells));
        }
        try {
            Files.write(csv, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        }
    }

    private static List<Map<String, Object>> rows(Study study, PlanMetrics metrics) {
        SitingProblem problem = study.problem();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < problem.sites().size(); i++) {
            var decision = metrics.plan().sites().get(i);
            if (!decision.open()) {
                continue;
            }
            Site site = problem.sites().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", site.id());
            row.put("existing", site.existing());
            row.put("chargers", decision.totalChargers());
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                row.put("chargers_" + problem.chargerTypes().get(k).id(), decision.chargers().get(k));
            }
            row.put("kw", metrics.siteInstalledKw(i));
            var battery = metrics.battery(i);
            row.put("storage_kwh", battery.map(b -> b.energyKwh()).orElse(0.0));
            row.put("storage_kw", battery.map(b -> b.powerKw()).orElse(0.0));
            row.put("cost", metrics.costs().siteCost(i));
            metrics.costs().siteCostParts(i).forEach((part, value) -> row.put("cost_" + part, value));
            double capital = 0;
            for (CostPart part : CostPart.values()) {
                capital += metrics.costs().siteCapital(i, part);
            }
            row.put("capital_cost", capital);
            row.put("served_kwh_per_day", metrics.servedKwh(i));
            row.put("peak_kw", metrics.sitePeakKw(i));
            row.put("peak_grid_kw", metrics.sitePeakDrawKw(i));
            row.put("bus", site.bus().isPresent() ? study.feeder().orElseThrow().buses()
                    .get(site.bus().getAsInt()).id() : null);
            row.put("transformer", site.transformer().isPresent() ? study.feeder().orElseThrow().transformers()
                    .get(site.transformer().getAsInt()).id() : null);
            rows.add(row);
        }
        return rows;
    }
}
