package org.chargeplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.PlanLoads;
import org.chargeplan.grid.PowerFlowResult;

/**
 * The one-paragraph verdict of {@code grid-check} for stdout: where the feeder is weakest and
 * which limits break. The worst violation is the one furthest beyond its limit relative to the
 * limit (a voltage's shortfall below the minimum, a flow's or load's excess over its rating).
 */
public final class GridVerdict {

    private GridVerdict() {
    }

    /**
     * E.g. "Feeder feeder.geojson with plan stations.geojson (9 stations, 1,234 kW peak charging):
     * lowest voltage 0.9005 p.u. at bus 18 at 18:00 (minimum 0.9); highest transformer loading
     * 100.0 % (T2 at 18:00); no violations."
     */
    public static String forPlan(String feederName, String planName, PlanLoads loads, FeederLoading loading) {
        Feeder feeder = loading.feeder();
        FeederLoading.Extreme lowest = loading.minVoltage();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "lowest voltage %.4f p.u. at bus %s at %s (minimum %s)", lowest.value(),
                feeder.buses().get(lowest.element()).id(), clock(lowest.hour()), Numbers.text(feeder.minVoltagePu())));
        loading.peakBranchLoading().ifPresent(peak -> parts.add(String.format(Locale.ROOT,
                "highest branch loading %.1f %% (%s at %s)", peak.value(), feeder.branches().get(peak.element()).id(),
                clock(peak.hour()))));
        loading.peakTransformerLoading().ifPresent(peak -> parts.add(String.format(Locale.ROOT,
                "highest transformer loading %.1f %% (%s at %s)", peak.value(),
                feeder.transformers().get(peak.element()).id(), clock(peak.hour()))));
        parts.add(violations(loading, true));
        return String.format(Locale.ROOT, "Feeder %s with plan %s (%d station%s, %,.0f kW peak charging): %s.%s",
                feederName, planName, loads.stations().size(), loads.stations().size() == 1 ? "" : "s",
                loads.peakTotalKw(), String.join("; ", parts), convergence(loading));
    }

    /**
     * E.g. "Feeder case33bw.m: 33 buses, 32 branches in service (radial); losses 202.68 kW /
     * 135.14 kvar; lowest voltage 0.91309 p.u. at bus 18; no branch ratings; no violations."
     */
    public static String forFeeder(String feederName, boolean radial, PowerFlowResult baseCase,
            FeederLoading loading) {
        Feeder feeder = loading.feeder();
        FeederLoading.Extreme lowest = loading.minVoltage();
        long inService = feeder.branches().stream().filter(org.chargeplan.grid.Branch::inService).count();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "losses %.2f kW / %.2f kvar", baseCase.lossesKw(), baseCase.lossesKvar()));
        parts.add(String.format(Locale.ROOT, "lowest voltage %.5f p.u. at bus %s", lowest.value(),
                feeder.buses().get(lowest.element()).id()));
        parts.add(loading.peakBranchLoading().map(peak -> String.format(Locale.ROOT, "highest branch loading %.1f %% (%s)",
                peak.value(), feeder.branches().get(peak.element()).id())).orElse("no branch ratings"));
        loading.peakTransformerLoading().ifPresent(peak -> parts.add(String.format(Locale.ROOT,
                "highest transformer loading %.1f %% (%s)", peak.value(), feeder.transformers().get(peak.element()).id())));
        parts.add(violations(loading, false));
        return String.format(Locale.ROOT, "Feeder %s: %d buses, %d branches in service (%s); %s.%s", feederName,
                feeder.buses().size(), inService, radial ? "radial" : "meshed", String.join("; ", parts),
                convergence(loading));
    }

    private static String violations(FeederLoading loading, boolean withHours) {
        List<GridViolation> found = loading.violations();
        if (found.isEmpty()) {
            return "no violations";
        }
        Map<GridViolation.Kind, Integer> byKind = new TreeMap<>();
        GridViolation worst = found.get(0);
        for (GridViolation v : found) {
            byKind.merge(v.kind(), 1, Integer::sum);
            if (excess(v) > excess(worst)) {
                worst = v;
            }
        }
        List<String> counts = new ArrayList<>();
        byKind.forEach((kind, count) -> counts.add(count + " " + kind.label()));
        long hours = found.stream().mapToInt(GridViolation::hour).distinct().count();
        return String.format(Locale.ROOT, "%d violation%s%s: %s; worst: %s", found.size(), found.size() == 1 ? "" : "s",
                withHours ? " in " + hours + (hours == 1 ? " hour" : " hours") : "", String.join(", ", counts),
                describe(worst, withHours));
    }

    private static double excess(GridViolation v) {
        double beyond = v.kind() == GridViolation.Kind.VOLTAGE ? v.limit() - v.value() : v.value() - v.limit();
        return beyond / v.limit();
    }

    private static String describe(GridViolation v, boolean withHour) {
        String at = withHour ? " at " + clock(v.hour()) : "";
        return switch (v.kind()) {
            case VOLTAGE -> String.format(Locale.ROOT, "bus %s at %.4f p.u.%s", v.element(), v.value(), at);
            case BRANCH -> String.format(Locale.ROOT, "branch %s at %.1f kVA (rating %s kVA)%s", v.element(), v.value(),
                    Numbers.text(v.limit(), 1), at);
            case TRANSFORMER -> String.format(Locale.ROOT, "transformer %s at %.1f kW (limit %s kW)%s", v.element(),
                    v.value(), Numbers.text(v.limit(), 1), at);
        };
    }

    private static String convergence(FeederLoading loading) {
        return loading.converged() ? ""
                : " WARNING: the power flow did not converge" + (loading.hours() > 1 ? " in some hour" : "")
                        + ", so these figures are not a solution.";
    }

    private static String clock(int hour) {
        return HourLabel.of(hour);
    }
}
