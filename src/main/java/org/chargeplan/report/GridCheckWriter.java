package org.chargeplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.PowerFlowResult;
import org.chargeplan.grid.Transformer;

/**
 * Writes the hour-by-hour grid tables of {@code grid-check} (and of {@code plan}, when its feeder
 * has line sections) into an {@link OutputFolder}:
 * <ul>
 *   <li>{@code grid_impact.csv}: {@code hour,element_type,element_id,value,unit,limit,loading_pct},
 *       one row per hour and element, by hour, then buses, branches, transformers, each in file
 *       order: {@code bus} (voltage, {@code pu}, limit the feeder's minimum voltage, no loading),
 *       {@code branch} (in service only: flow at the sending end, {@code kVA}, limit and loading
 *       when the branch has a rating), {@code transformer} (base plus charging load, {@code kW},
 *       limit rating × power factor), and a {@code feeder,losses} row with the hour's active
 *       losses in {@code kW};</li>
 *   <li>{@code violations.csv}: {@code hour,kind,element_id,value,limit}, one row per broken limit
 *       ({@code kind} voltage, branch or transformer; units as above), header only when none;</li>
 *   <li>{@code grid.geojson} ({@link FeederLoadingLayer}) when the feeder's buses have positions;</li>
 *   <li>{@code grid_summary.json} for a feeder's base case ({@link #writeSummary}).</li>
 * </ul>
 * Output is deterministic: same inputs, same bytes.
 */
public final class GridCheckWriter {

    private GridCheckWriter() {
    }

    /** Writes the tables and, when the buses have positions, the map layer. */
    public static void write(OutputFolder out, FeederLoading loading) {
        writeLines(out.file("grid_impact.csv"), impactRows(loading));
        writeLines(out.file("violations.csv"), violationRows(loading.violations()));
        if (loading.feeder().buses().stream().anyMatch(bus -> bus.position().isPresent())) {
            FeederLoadingLayer.write(loading, out.file("grid.geojson"));
        }
    }

    /**
     * Writes {@code grid_summary.json} of a base case: {@code feeder} (file name),
     * {@code power_flow_converged}, {@code losses_kw}, {@code losses_kvar}, {@code min_voltage_pu},
     * {@code min_voltage_bus}, {@code min_voltage_limit_pu}, {@code max_loading_pct} (highest branch
     * or transformer loading, %; null when nothing has a rating), {@code violations} (count).
     */
    public static void writeSummary(OutputFolder out, String feederName, PowerFlowResult baseCase,
            FeederLoading loading) {
        FeederLoading.Extreme lowest = loading.minVoltage();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("feeder", feederName);
        summary.put("power_flow_converged", baseCase.converged());
        summary.put("losses_kw", baseCase.lossesKw());
        summary.put("losses_kvar", baseCase.lossesKvar());
        summary.put("min_voltage_pu", lowest.value());
        summary.put("min_voltage_bus", loading.feeder().buses().get(lowest.element()).id());
        summary.put("min_voltage_limit_pu", loading.feeder().minVoltagePu());
        summary.put("max_loading_pct", loading.maxLoadingPct().orElse(null));
        summary.put("violations", loading.violations().size());
        PlanWriter.writeJson(out.file("grid_summary.json"), summary);
    }

    private static List<String> impactRows(FeederLoading loading) {
        Feeder feeder = loading.feeder();
        List<String> lines = new ArrayList<>();
        lines.add("hour,element_type,element_id,value,unit,limit,loading_pct");
        for (int t = 0; t < loading.hours(); t++) {
            String hour = String.valueOf(t);
            for (int b = 0; b < feeder.buses().size(); b++) {
                lines.add(String.join(",", hour, "bus", Csv.cell(feeder.buses().get(b).id()),
                        Numbers.text(loading.voltagePu(b, t)), "pu", Numbers.text(feeder.minVoltagePu()), ""));
            }
            for (int l = 0; l < feeder.branches().size(); l++) {
                Branch branch = feeder.branches().get(l);
                if (!branch.inService()) {
                    continue;
                }
                String rating = branch.ratingKva().isPresent() ? Numbers.text(branch.ratingKva().getAsDouble()) : "";
                lines.add(String.join(",", hour, "branch", Csv.cell(branch.id()), Numbers.text(loading.flowKva(l, t)),
                        "kVA", rating, loading.branchLoadingPct(l, t).map(Numbers::text).orElse("")));
            }
            for (int m = 0; m < feeder.transformers().size(); m++) {
                Transformer transformer = feeder.transformers().get(m);
                lines.add(String.join(",", hour, "transformer", Csv.cell(transformer.id()),
                        Numbers.text(loading.transformerLoadKw(m, t)), "kW", Numbers.text(transformer.limitKw()),
                        Numbers.text(loading.transformerLoadingPct(m, t))));
            }
            lines.add(String.join(",", hour, "feeder", "losses", Numbers.text(loading.lossesKw(t)), "kW", "", ""));
        }
        return lines;
    }

    private static List<String> violationRows(List<GridViolation> violations) {
        List<String> lines = new ArrayList<>();
        lines.add("hour,kind,element_id,value,limit");
        for (GridViolation v : violations) {
            lines.add(String.join(",", String.valueOf(v.hour()), v.kind().label(), Csv.cell(v.element()),
                    Numbers.text(v.value()), Numbers.text(v.limit())));
        }
        return lines;
    }

    private static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
