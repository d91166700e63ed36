package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chargeplan.pareto.ParetoFront;
import org.chargeplan.pareto.ParetoPoint;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.study.Study;

/**
 * Writes a cost-versus-coverage front into an {@link OutputFolder}, whole or not at all:
 * {@code pareto.csv} (one row per point, {@link #COLUMNS}) and, per point, a folder
 * {@code point-k/} with the point's full plan as {@link PlanWriter} writes it for {@code plan}, plus
 * a copy of {@code pareto.csv}, so that the point's {@code report.html} draws the front
 * ({@link LoadCharts#pareto}). Each point folder is staged inside the front's staging folder and
 * moved into it when complete. Same front, same bytes (except {@code solve_seconds} in each
 * {@code summary.json}, as with {@code plan}).
 */
public final class ParetoWriter {

    /**
     * Columns of {@code pareto.csv}: point number; served-value target and served value as shares of
     * the total demand value (0–1); served point-demand energy (kWh/day); the plan's cost (currency);
     * status and relative gap of the point (against the bound of its own solve); whether it is a
     * knee; its folder; which solve found the plan; the earlier point with the identical plan;
     * whether the AC check passed; extra cost per extra kWh/day served since the previous distinct
     * plan (currency per kWh/day).
     */
    public static final List<String> COLUMNS = List.of("point", "target_share", "served_share", "served_kwh_per_day",
            "total_cost", "status", "gap", "knee", "folder", "plan_source", "same_plan_as", "ac_feasible",
            "marginal_cost_per_kwh_per_day");

    private static final int SHARE_DECIMALS = 6;

    private ParetoWriter() {
    }

    /**
     * @param study   the scenario's inputs (its problem is replaced by each point's)
     * @param front   the front, with at least one point
     * @param options extra formats of each point's plan
     */
    public static void write(OutputFolder out, Study study, ParetoFront front, ReportOptions options) {
        Path table = out.file("pareto.csv");
        writeTable(front, table);
        for (ParetoPoint point : front.points()) {
            try (OutputFolder folder = new OutputFolder(out.file(point.folder()))) {
                copy(table, folder.file("pareto.csv"));
                Study checked = new Study(study.scenario(), study.roads(), study.demand(), study.feeder(),
                        point.outcome().problem());
                PlanWriter.write(folder, checked, point.outcome(), PlanMetrics.of(point.outcome().problem(),
                        point.plan()), options);
                folder.commit();
            }
        }
    }

    static void writeTable(ParetoFront front, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS));
        ParetoPoint previous = null;
        for (ParetoPoint p : front.points()) {
            String marginal = "";
            if (p.samePlanAs().isEmpty()) {
                if (previous != null && p.servedKwhPerDay() > previous.servedKwhPerDay() + 1e-9) {
                    marginal = Numbers.text((p.totalCost() - previous.totalCost())
                            / (p.servedKwhPerDay() - previous.servedKwhPerDay()));
                }
                previous = p;
            }
            lines.add(String.join(",", List.of(String.valueOf(p.point()),
                    Numbers.text(p.targetShare(), SHARE_DECIMALS), Numbers.text(p.servedShare(), SHARE_DECIMALS),
                    Numbers.text(p.servedKwhPerDay()), Numbers.text(p.totalCost()),
                    p.outcome().result().status().name(), number(p.outcome().result().gap()),
                    String.valueOf(p.knee()), p.folder(), Csv.cell(p.source()),
                    p.samePlanAs().isPresent() ? String.valueOf(p.samePlanAs().getAsInt()) : "",
                    String.valueOf(p.outcome().acFeasible()), marginal)));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Numbers.text(value, SHARE_DECIMALS) : "";
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
