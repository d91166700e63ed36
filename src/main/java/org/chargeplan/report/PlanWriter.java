package org.chargeplan.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.HostingCapacity;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.study.Study;

/**
 * Writes every output of {@code plan} into an {@link OutputFolder}: {@code stations.geojson},
 * {@code assignments.geojson}, {@code grid.geojson} (when there is a feeder), {@code stations.csv},
 * {@code hourly_load.csv}, {@code summary.json}, {@code od_coverage.geojson} (with range-limited OD
 * flows), and with a feeder that has line sections the AC power flow's {@code grid_impact.csv} and
 * {@code violations.csv} ({@link GridCheckWriter}) and the base-case
 * {@code hosting_capacity.geojson}/{@code .csv} ({@link HostingWriter}); then
 * {@code demand.geojson}, {@code roads.geojson}, the layers' CSV tables, {@code report.html},
 * {@code report.png} and optionally {@code plan.gpkg} ({@link PlanExports}). Output is
 * deterministic: same plan, same bytes.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    /**
     * @param outcome the solve with its AC check
     * @param metrics figures of the outcome's plan
     */
    public static void write(OutputFolder out, Study study, AcCheckedPlanner.Outcome outcome, PlanMetrics metrics) {
        write(out, study, outcome, metrics, ReportOptions.DEFAULT);
    }

    /**
     * Writes the plan's files, then the layers' CSV tables, {@code report.html}, {@code report.png}
     * and, when asked, {@code plan.gpkg}, all made from the written files ({@link PlanExports}).
     */
    public static void write(OutputFolder out, Study study, AcCheckedPlanner.Outcome outcome, PlanMetrics metrics,
            ReportOptions options) {
        Optional<GridImpact> impact = outcome.impact();
        StationLayer.write(study, metrics, out.file("stations.geojson"), out.file("stations.csv"));
        AssignmentLayer.write(study.problem(), metrics, out.file("assignments.geojson"));
        if (impact.isPresent()) {
            GridCheckWriter.write(out, FeederLoading.ofDay(metrics.feederAfterPlan(), impact.get(),
                    metrics.chargingKwByBus()));
        } else if (study.feeder().isPresent()) {
            GridLayer.write(study.problem(), metrics, out.file("grid.geojson"));
        }
        HourlyLoadTable.write(study.problem(), metrics, out.file("hourly_load.csv"));
        if (study.problem().flows().isPresent()) {
            OdCoverageLayer.write(study.problem(), metrics, out.file("od_coverage.geojson"));
        }
        writeJson(out.file("summary.json"), Summary.of(study, outcome, metrics));
        DemandLayer.write(study.problem(), metrics, out.file("demand.geojson"));
        RoadFlowLayer.write(study.roads(), study.problem(), metrics, out.file("roads.geojson"));
        // Hosting capacity over a day only: over 8,760 hours it takes minutes, which `hosting` is for.
        study.feeder().filter(feeder -> feeder.hasNetwork() && feeder.hours() <= SitingProblem.HOURS)
                .ifPresent(feeder -> HostingWriter.write(out, feeder, HostingCapacity.compute(feeder,
                        study.scenario().profiles().get(study.scenario().demand().demandClass()))));
        PlanExports.write(out.file("summary.json").getParent(), options);
    }

    /** Writes an ordered map as indented JSON, numbers rounded as in the other outputs. */
    static void writeJson(Path file, Map<String, Object> content) {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            JsonValues.write(json, content);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
