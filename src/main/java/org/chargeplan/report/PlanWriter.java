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
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.study.Study;

/**
 * Writes every output of {@code plan} into an {@link OutputFolder}: {@code stations.geojson},
 * {@code assignments.geojson}, {@code grid.geojson} (when there is a feeder), {@code stations.csv},
 * {@code hourly_load.csv}, {@code summary.json}, {@code od_coverage.geojson} (with range-limited OD flows), and with a feeder that has line sections the AC
 * power flow's {@code grid_impact.csv} and {@code violations.csv} ({@link GridCheckWriter}). Output is deterministic: same plan, same bytes.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    /**
     * @param outcome the solve with its AC check
     * @param metrics figures of the outcome's plan
     */
    public static void write(OutputFolder out, Study study, AcCheckedPlanner.Outcome outcome, PlanMetrics metrics) {
        Optional<GridImpact> impact = outcome.impact();
        StationLayer.write(study, metrics, out.file("stations.geojson"), out.file("stations.csv"));
        AssignmentLayer.write(study.problem(), metrics, out.file("assignments.geojson"));
        if (impact.isPresent()) {
            GridCheckWriter.write(out, FeederLoading.ofDay(study.feeder().orElseThrow(), impact.get(),
                    metrics.chargingKwByBus()));
        } else if (study.feeder().isPresent()) {
            GridLayer.write(study.problem(), metrics, out.file("grid.geojson"));
        }
        HourlyLoadTable.write(study.problem(), metrics, out.file("hourly_load.csv"));
        if (study.problem().flows().isPresent()) {
            OdCoverageLayer.write(study.problem(), metrics, out.file("od_coverage.geojson"));
        }
        writeJson(out.file("summary.json"), Summary.of(study, outcome, metrics));
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
