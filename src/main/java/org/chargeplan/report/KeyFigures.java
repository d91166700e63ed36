package org.chargeplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's key figures, from {@code summary.json} and {@code stations.geojson}: status and gap,
 * sites, chargers by type, served share, cost (with its breakdown by part when the stations carry
 * {@code cost_*} fields), storage when any station has some, grid figures. One plan gives cards;
 * two give a table with both columns and their difference.
 */
final class KeyFigures {

    /** One figure: its label, display text and numeric value (NaN when not a number). */
    record Figure(String label, String text, double value) {
    }

    private KeyFigures() {
    }

    static List<Figure> of(PlanFolder plan) {
        List<Figure> figures = new ArrayList<>();
        String gap = plan.figure("gap").isEmpty() ? "" : String.format(Locale.ROOT, ", gap %.2g", plan.number("gap"));
        figures.add(new Figure("Status", plan.figure("status") + gap + " (" + plan.figure("solver") + ")", Double.NaN));
        figures.add(number("Sites opened", plan.number("sites_opened"), "%.0f"));
        JsonNode chargers = plan.summary().path("chargers");
        List<String> byType = new ArrayList<>();
        chargers.fieldNames().forEachRemaining(k -> byType.add(chargers.get(k).asText() + " × " + k));
        figures.add(new Figure("Chargers", plan.figure("chargers_total") + " (" + String.join(", ", byType) + ")",
                plan.number("chargers_total")));
        figures.add(new Figure("Served share", String.format(Locale.ROOT, "%.1f %% of %,.0f kWh/day",
                100 * plan.number("served_share"), plan.number("demand_kwh_per_day")), 100 * plan.number("served_share")));
        figures.add(number("Served, kWh/day", plan.number("served_kwh_per_day"), "%,.0f"));
        String budget = Double.isNaN(plan.number("budget")) ? ""
                : String.format(Locale.ROOT, " of budget %,.0f", plan.number("budget"));
        boolean annual = plan.figure("cost_basis").equals("annual");
        figures.add(new Figure(annual ? "Total cost per year" : "Capital cost",
                String.format(Locale.ROOT, "%,.0f", plan.number("total_cost")) + (annual ? "" : budget),
                plan.number("total_cost")));
        if (annual) {
            figures.add(new Figure("Capital paid", String.format(Locale.ROOT, "%,.0f", plan.number("capital_paid"))
                    + budget, plan.number("capital_paid")));
        }
        costParts(plan).forEach((part, value) -> figures.add(number("  cost: " + part, value, "%,.0f")));
        double storageKwh = sum(plan, "storage_kwh");
        if (storageKwh > 0) {
            figures.add(new Figure("Storage", String.format(Locale.ROOT, "%,.0f kWh / %,.0f kW", storageKwh,
                    sum(plan, "storage_kw")), storageKwh));
        }
        JsonNode upgrades = plan.summary().path("upgrades");
        if (upgrades.isArray() && upgrades.size() > 0) {
            List<String> steps = new ArrayList<>();
            int total = 0;
            for (JsonNode u : upgrades) {
                steps.add(String.format(Locale.ROOT, "%s +%d (%,.0f kVA)", u.path("id").asText(), u.path("steps").asInt(),
                        u.path("rating_kva").asDouble()));
                total += u.path("steps").asInt();
            }
            figures.add(new Figure("Transformer upgrades", String.join(", ", steps), total));
        }
        figures.add(new Figure("Grid limits", plan.figure("grid_limits").equals("true") ? "enforced" : "not enforced",
                Double.NaN));
        if (!plan.figure("peak_transformer_loading").isEmpty()) {
            figures.add(number("Peak transformer loading, %", plan.number("peak_transformer_loading"), "%.1f"));
            figures.add(number("Transformers at or over limit", plan.summary().path("binding_transformers").size(), "%.0f"));
        }
        if (!plan.figure("min_voltage_pu").isEmpty()) {
            figures.add(new Figure("Lowest voltage", String.format(Locale.ROOT, "%.4f p.u. at bus %s, %s (limit %s)",
                    plan.number("min_voltage_pu"), plan.figure("min_voltage_bus"),
                    HourLabel.of((int) plan.number("min_voltage_hour")), plan.figure("min_voltage_limit_pu")),
                    plan.number("min_voltage_pu")));
            figures.add(new Figure("AC power flow", plan.figure("ac_feasible").equals("true")
                    ? "meets the voltage limit" : "BREAKS the voltage limit", Double.NaN));
        }
        return figures;
    }

    /** Cards for one plan. */
    static String cards(PlanFolder plan) {
        StringBuilder html = new StringBuilder("<div class=\"cards\">");
        for (Figure f : of(plan)) {
            html.append("<div class=\"card\"><div class=\"label\">").append(Html.escape(f.label().trim()))
                    .append("</div><div class=\"value\">").append(Html.escape(f.text())).append("</div></div>");
        }
        return html.append("</div>").toString();
    }

    /** A table of two plans' figures side by side, with the difference where both are numbers. */
    static String comparison(PlanFolder a, PlanFolder b, String titleA, String titleB) {
        Map<String, Figure> other = new TreeMap<>();
        of(b).forEach(f -> other.put(f.label(), f));
        List<Figure> mine = of(a);
        StringBuilder html = new StringBuilder("<table class=\"figures\"><thead><tr><th></th><th>")
                .append(Html.escape(titleA)).append("</th><th>").append(Html.escape(titleB))
                .append("</th><th>difference</th></tr></thead><tbody>");
        List<String> seen = new ArrayList<>();
        for (Figure f : mine) {
            seen.add(f.label());
            html.append(row(f.label(), f, other.get(f.label())));
        }
        for (Figure f : of(b)) {
            if (!seen.contains(f.label())) {
                html.append(row(f.label(), null, f));
            }
        }
        return html.append("</tbody></table>").toString();
    }

    private static String row(String label, Figure a, Figure b) {
        String difference = a != null && b != null && Double.isFinite(a.value()) && Double.isFinite(b.value())
                ? signed(a.value() - b.value()) : "";
        return "<tr><th>" + Html.escape(label.trim()) + "</th><td>" + (a == null ? "–" : Html.escape(a.text()))
                + "</td><td>" + (b == null ? "–" : Html.escape(b.text())) + "</td><td>" + difference + "</td></tr>";
    }

    /** A difference to 4 significant digits with its sign, e.g. "+18.28", "-4". */
    private static String signed(double difference) {
        String digits = new java.math.BigDecimal(difference).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return difference > 0 ? "+" + digits : digits;
    }

    private static Figure number(String label, double value, String format) {
        return new Figure(label, Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value), value);
    }

    private static double sum(PlanFolder plan, String field) {
        return plan.layer("stations").features().stream().mapToDouble(f -> f.number(field, 0)).sum();
    }

    /**
     * The summary's {@code cost_parts} (non-zero ones, in its order), or else sums of the stations'
     * {@code cost_<part>} fields, by part in name order.
     */
    private static Map<String, Double> costParts(PlanFolder plan) {
        JsonNode fromSummary = plan.summary().path("cost_parts");
        if (fromSummary.isObject()) {
            Map<String, Double> parts = new java.util.LinkedHashMap<>();
            fromSummary.fieldNames().forEachRemaining(name -> {
                if (fromSummary.get(name).asDouble() != 0) {
                    parts.put(name, fromSummary.get(name).asDouble());
                }
            });
            return parts;
        }
        Map<String, Double> parts = new TreeMap<>();
        for (LayerFeature f : plan.layer("stations").features()) {
            f.properties().fieldNames().forEachRemaining(name -> {
                if (name.startsWith("cost_")) {
                    parts.merge(name.substring(5), f.number(name, 0), Double::sum);
                }
            });
        }
        return parts;
    }
}
