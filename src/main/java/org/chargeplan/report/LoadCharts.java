package org.chargeplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's charts from {@code hourly_load.csv} and {@code pareto.csv}: each transformer's
 * 24-hour load (base and total, kW) against its limit (rating × power factor), the transformers
 * with charging first; each station's charging load against its usable charger capacity, plus any
 * further {@code *_kw} columns the table has for sites (such as storage charge and discharge) as
 * extra lines; and, when the folder has a {@code pareto.csv} with {@code total_cost} and
 * {@code served_share} (or {@code served_kwh_per_day}) columns, the cost-coverage front. With a
 * second plan, its transformer totals are drawn dashed on the same charts.
 */
final class LoadCharts {

    private static final Set<String> KNOWN = Set.of("element_type", "element_id", "hour", "charging_kw", "base_kw",
            "total_kw", "limit_kw", "loading_pct");
    private static final String[] EXTRA_COLORS = {"#6a1b9a", "#00897b", "#8d6e63", "#3949ab"};

    private LoadCharts() {
    }

    /** Charts of every transformer, the ones carrying charging first. */
    static String transformers(PlanFolder plan, Optional<PlanFolder> other, String otherTitle) {
        Map<String, double[][]> mine = series(plan.hourly(), "transformer", "base_kw", "total_kw", "limit_kw",
                "charging_kw");
        Map<String, double[][]> theirs = other.map(o -> series(o.hourly(), "transformer", "total_kw"))
                .orElse(Map.of());
        List<String> order = new ArrayList<>();
        mine.forEach((id, s) -> {
            if (max(s[3]) > 0) {
                order.add(id);
            }
        });
        mine.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        StringBuilder html = new StringBuilder();
        for (String id : order) {
            double[][] s = mine.get(id);
            SvgChart chart = new SvgChart("Transformer " + id + (max(s[3]) > 0 ? " (with charging)" : ""),
                    "hour of day", "kW")
                    .add(SvgChart.hourly("limit", "#c62828", true, s[2]))
                    .add(SvgChart.hourly("base", "#8a8f98", false, s[0]))
                    .add(SvgChart.hourly("base + charging", "#1e88e5", false, s[1]));
            if (theirs.containsKey(id)) {
                chart.add(SvgChart.hourly(otherTitle, "#ef6c00", true, theirs.get(id)[0]));
            }
            html.append(chart.svg());
        }
        return html.toString();
    }

    /** Charts of every station's load, with storage or other hourly columns when the table has them. */
    static String sites(PlanFolder plan) {
        CsvTable table = plan.hourly();
        List<String> extra = table.header().stream().filter(c -> !KNOWN.contains(c) && c.endsWith("_kw")).toList();
        List<String> columns = new ArrayList<>(List.of("charging_kw", "limit_kw"));
        columns.addAll(extra);
        Map<String, double[][]> sites = series(table, "site", columns.toArray(String[]::new));
        StringBuilder html = new StringBuilder();
        sites.forEach((id, s) -> {
            SvgChart chart = new SvgChart("Station " + id, "hour of day", "kW")
                    .add(SvgChart.hourly("charger capacity", "#c62828", true, s[1]))
                    .add(SvgChart.hourly("site load", "#1e88e5", false, s[0]));
            for (int e = 0; e < extra.size(); e++) {
                if (max(s[2 + e]) > 0 || min(s[2 + e]) < 0) {
                    chart.add(SvgChart.hourly(extra.get(e).replace("_kw", ""), EXTRA_COLORS[e % EXTRA_COLORS.length],
                            false, s[2 + e]));
                }
            }
            html.append(chart.svg());
        });
        return html.toString();
    }

    /**
     * The cost-coverage front, or empty when the folder has no usable {@code pareto.csv}: every
     * point as a dot on the line, the rows with {@code knee} = true as red dots, and the row whose
     * {@code served_kwh_per_day} and {@code total_cost} are this plan's (from {@code summary.json},
     * to 0.01) as an orange dot.
     */
    static Optional<String> pareto(PlanFolder plan) {
        if (plan.pareto().isEmpty()) {
            return Optional.empty();
        }
        CsvTable table = plan.pareto().get();
        String x = table.has("served_share") ? "served_share" : "served_kwh_per_day";
        if (!table.has("total_cost") || !table.has(x)) {
            return Optional.empty();
        }
        List<double[]> points = new ArrayList<>();
        List<double[]> knees = new ArrayList<>();
        List<double[]> here = new ArrayList<>();
        for (List<String> row : table.rows()) {
            double cost = table.number(row, "total_cost");
            double served = table.number(row, x);
            if (Double.isFinite(cost) && Double.isFinite(served)) {
                double[] point = {x.equals("served_share") ? 100 * served : served, cost};
                points.add(point);
                if (table.cell(row, "knee").equals("true")) {
                    knees.add(point);
                }
                if (Math.abs(cost - plan.number("total_cost")) <= 0.01 && Math.abs(table.number(row,
                        "served_kwh_per_day") - plan.number("served_kwh_per_day")) <= 0.01) {
                    here.add(point);
                }
            }
        }
        Comparator<double[]> byX = (p, q) -> Double.compare(p[0], q[0]);
        points.sort(byX);
        SvgChart chart = new SvgChart("Cost against coverage (" + points.size() + " plans)",
                x.equals("served_share") ? "served share, %" : "served kWh/day",
                plan.figure("cost_basis").equals("annual") ? "cost per year" : "cost")
                .add(series("Pareto front", "#1e88e5", points, SvgChart.Mark.LINE_AND_DOTS));
        if (!knees.isEmpty()) {
            chart.add(series("knee", "#c62828", knees, SvgChart.Mark.DOTS));
        }
        if (!here.isEmpty()) {
            chart.add(series("this plan", "#ef6c00", here.subList(0, 1), SvgChart.Mark.DOTS));
        }
        return Optional.of(chart.svg());
    }

    private static SvgChart.Series series(String label, String color, List<double[]> points, SvgChart.Mark mark) {
        return new SvgChart.Series(label, color, false, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), mark);
    }

    /**
     * Hourly values of each element of one type, by element id in file order.
     *
     * @return per element, one 24-value array per requested column (NaN where a cell is empty)
     */
    private static Map<String, double[][]> series(CsvTable table, String type, String... columns) {
        Map<String, double[][]> byElement = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            if (!table.cell(row, "element_type").equals(type)) {
                continue;
            }
            double[][] values = byElement.computeIfAbsent(table.cell(row, "element_id"), id -> {
                double[][] empty = new double[columns.length][24];
                for (double[] column : empty) {
                    java.util.Arrays.fill(column, Double.NaN);
                }
                return empty;
            });
            int hour = (int) table.number(row, "hour");
            for (int c = 0; c < columns.length; c++) {
                values[c][hour] = table.number(row, columns[c]);
            }
        }
        return byElement;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Double.isFinite(v) ? Math.max(max, v) : max;
        }
        return max;
    }

    private static double min(double[] values) {
        double min = 0;
        for (double v : values) {
            min = Double.isFinite(v) ? Math.min(min, v) : min;
        }
        return min;
    }
}
