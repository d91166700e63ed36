package org.chargeplan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.study.Study;

/**
 * The key figures of a plan, as written to {@code summary.json} (field order as listed here):
 * {@code scenario}, {@code status}, {@code objective_type}, {@code objective} (kWh/day for
 * max-coverage, currency for min-cost), {@code bound}, {@code gap}, {@code solver},
 * {@code solve_seconds}, {@code sites_opened}, {@code chargers} (by type), {@code chargers_total},
 * {@code demand_kwh_per_day}, {@code served_kwh_per_day}, {@code served_share}, {@code total_cost},
 * {@code budget}, {@code grid_limits}, {@code peak_transformer_loading} (% of limit, highest over
 * transformers and hours), {@code binding_transformers} (transformers at ≥ 99.9 % of their limit
 * with charging on them, with the first such hour), {@code min_voltage_pu}, {@code min_voltage_bus}
 * and {@code min_voltage_hour} (lowest bus voltage of the day by AC power flow with the plan's
 * charging; null without a feeder), {@code power_flow_converged}, {@code ac_feasible} (the AC
 * voltages meet the minimum), {@code ac_rounds} (solves made by the AC re-check),
 * {@code voltage_margin_pu} (the largest voltage margin, at any bus and hour, the last round used) and
 * {@code thermal_margin_share} (the branch ratings' share it held back), {@code min_voltage_limit_pu},
 * {@code plan_check} ("passed"); with range-limited OD flows also {@code range_km},
 * {@code od_paths}, {@code served_paths}, {@code ev_trips_per_day}, {@code served_trips_per_day} and
 * {@code served_flow_share}.
 */
public final class Summary {

    /** Loading at or above which a transformer counts as binding, % of its limit. */
    static final double BINDING_PCT = 99.9;

    private Summary() {
    }

    /** The summary as an ordered map of JSON values. */
    public static Map<String, Object> of(Study study, AcCheckedPlanner.Outcome outcome, PlanMetrics metrics) {
        SitingProblem problem = outcome.problem();
        SitingResult result = outcome.result();
        Optional<GridImpact> impact = outcome.impact();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scenario", study.scenario().name());
        s.put("status", result.status().name());
        s.put("objective_type", problem.objective().kind().label());
        s.put("objective", finiteOrNull(result.objective()));
        s.put("bound", finiteOrNull(result.bound()));
        s.put("gap", finiteOrNull(result.gap()));
        s.put("solver", result.solver());
        s.put("solve_seconds", result.solveSeconds());
        s.put("sites_opened", metrics.plan().openSiteCount());
        Map<String, Object> chargers = new LinkedHashMap<>();
        int total = 0;
        for (int k = 0; k < problem.chargerTypes().size(); k++) {
            chargers.put(problem.chargerTypes().get(k).id(), metrics.chargerCount(k));
            total += metrics.chargerCount(k);
        }
        s.put("chargers", chargers);
        s.put("chargers_total", total);
        s.put("demand_kwh_per_day", problem.totalDemandKwh());
        s.put("served_kwh_per_day", metrics.totalServedKwh());
        s.put("served_share", metrics.servedShare());
        s.put("total_cost", metrics.totalCost());
        s.put("budget", finiteOrNull(problem.objective().budget()));
        addCostFigures(problem, metrics, s);
        s.put("grid_limits", problem.feeder().isPresent() && problem.gridLimits());
        addTransformerFigures(problem, metrics, s);
        s.put("min_voltage_pu", impact.map(i -> (Object) i.minVoltagePu(i.minVoltageBus())).orElse(null));
        s.put("min_voltage_bus", impact.map(i -> (Object) problem.feeder().orElseThrow().buses()
                .get(i.minVoltageBus()).id()).orElse(null));
        s.put("min_voltage_hour", impact.map(i -> (Object) i.minVoltageHour(i.minVoltageBus())).orElse(null));
        s.put("power_flow_converged", impact.map(i -> (Object) i.converged()).orElse(null));
        s.put("ac_feasible", outcome.acFeasible());
        s.put("ac_rounds", outcome.rounds());
        s.put("voltage_margin_pu", problem.margins().largestVoltagePu());
        s.put("thermal_margin_share", problem.margins().thermalShare());
        s.put("min_voltage_limit_pu", problem.feeder().map(f -> (Object) f.minVoltagePu()).orElse(null));
        s.put("plan_check", "passed");
        problem.flows().ifPresent(flows -> addFlowFigures(flows, metrics, s));
        return s;
    }

    /**
     * {@code cost_basis} ({@code capital}, or {@code annual}: total_cost per year),
     * {@code cost_parts} (total_cost by part), {@code capital_cost} (gross), {@code capital_paid}
     * (after the subsidy; what the budget bounds), {@code subsidy_share}, {@code storage_sites},
     * {@code storage_kwh}, {@code storage_kw}, and {@code upgrades} (transformers with steps bought:
     * id, steps, rating_kva after).
     */
    private static void addCostFigures(SitingProblem problem, PlanMetrics metrics, Map<String, Object> s) {
        s.put("cost_basis", problem.investment().economics().annual() ? "annual" : "capital");
        s.put("cost_parts", new LinkedHashMap<>(metrics.costs().costParts()));
        s.put("capital_cost", metrics.costs().capitalCost());
        s.put("capital_paid", metrics.costs().capitalPaid());
        s.put("subsidy_share", problem.investment().economics().subsidyShare());
        s.put("storage_sites", metrics.plan().storage().size());
        s.put("storage_kwh", metrics.plan().storage().stream().mapToDouble(b -> b.energyKwh()).sum());
        s.put("storage_kw", metrics.plan().storage().stream().mapToDouble(b -> b.powerKw()).sum());
        List<Object> upgrades = new ArrayList<>();
        for (int m = 0; m < metrics.plan().upgrades().size(); m++) {
            int steps = metrics.plan().upgrades().get(m);
            if (steps > 0) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", problem.feeder().orElseThrow().transformers().get(m).id());
                entry.put("steps", steps);
                entry.put("rating_kva", metrics.feederAfterPlan().transformers().get(m).ratingKva());
                upgrades.add(entry);
            }
        }
        s.put("upgrades", upgrades);
    }

    /**
     * With range-limited OD flows: {@code range_km}, {@code od_paths}, {@code served_paths},
     * {@code ev_trips_per_day}, {@code served_trips_per_day}, {@code served_flow_share}.
     */
    private static void addFlowFigures(org.chargeplan.demand.FlowDemand flows, PlanMetrics metrics,
            Map<String, Object> s) {
        s.put("range_km", flows.range().rangeKm());
        s.put("od_paths", flows.paths().size());
        s.put("served_paths", metrics.plan().servedPaths().size());
        s.put("ev_trips_per_day", flows.totalTripsPerDay());
        s.put("served_trips_per_day", metrics.servedTrips());
        s.put("served_flow_share", metrics.servedTripShare());
    }

    private static void addTransformerFigures(SitingProblem problem, PlanMetrics metrics, Map<String, Object> s) {
        if (problem.feeder().isEmpty()) {
            s.put("peak_transformer_loading", null);
            s.put("binding_transformers", List.of());
            return;
        }
        var transformers = problem.feeder().get().transformers();
        double peak = 0;
        List<Object> binding = new ArrayList<>();
        for (int m = 0; m < transformers.size(); m++) {
            peak = Math.max(peak, metrics.transformerPeakLoadingPct(m));
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                if (metrics.transformerChargingKw(m, t) > 1e-6 && metrics.transformerLoadingPct(m, t) >= BINDING_PCT) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", transformers.get(m).id());
                    entry.put("hour", t);
                    entry.put("loading_pct", metrics.transformerLoadingPct(m, t));
                    binding.add(entry);
                    break;
                }
            }
        }
        s.put("peak_transformer_loading", peak);
        s.put("binding_transformers", binding);
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
