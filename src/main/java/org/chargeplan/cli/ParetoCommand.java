package org.chargeplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chargeplan.pareto.ParetoFront;
import org.chargeplan.pareto.ParetoPoint;
import org.chargeplan.pareto.ParetoSweep;
import org.chargeplan.report.OutputFolder;
import org.chargeplan.report.ParetoWriter;
import org.chargeplan.report.ReportOptions;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.InfeasibilityExplainer;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.study.Stopwatch;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chargeplan pareto SCENARIO}: the cost-versus-coverage front, one plan folder per point. */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = "Trace the cost-versus-coverage front: the cheapest plan for evenly spaced coverage targets.")
final class ParetoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ParetoCommand.class);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenarioFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out-pareto",
            description = "Folder for the results (replaced as a whole when the run succeeds). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--points", paramLabel = "N", defaultValue = "10",
            description = "Points on the front, ends included (a whole number ≥ 2). Default: ${DEFAULT-VALUE}.")
    String points;

    @Option(names = "--knee-sensitivity", paramLabel = "S", defaultValue = "1",
            description = "Kneedle's sensitivity S ≥ 0 for marking knees; smaller marks gentler bends. Default: ${DEFAULT-VALUE}.")
    String kneeSensitivity;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver backend: auto, highs or ojalgo. Default: the scenario's (auto).")
    String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Time limit of each solve in seconds, e.g. 60 or 60s.",
            converter = DurationSeconds.class)
    Double timeLimit;

    @Option(names = "--gap", paramLabel = "GAP", description = "Relative optimality gap at which each solve stops, e.g. 0.01.")
    Double gap;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Stopwatch clock = new Stopwatch();
        int count = pointCount();
        double sensitivity = sensitivity();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        SolverChoice choice = SolverChoice.of(scenario, solver, timeLimit, gap);
        LOG.info("scenario: {} ({})", scenario.name(), clock.lap());
        Study study = StudyLoader.load(scenario);
        SitingProblem problem = study.problem();
        ParetoFront front = ParetoSweep.run(problem, count, sensitivity, choice.backend(), choice.options());
        LOG.info("front: {} points ({})", front.points().size(), clock.lap());
        if (!front.found()) {
            System.err.println("chargeplan: no plan: " + front.upperEnd().result().status() + ": "
                    + InfeasibilityExplainer.explain(front.upperEnd().problem(), choice.backend(),
                            front.upperEnd().result()));
            return ExitCode.NO_PLAN;
        }
        try (OutputFolder out = new OutputFolder(output)) {
            ParetoWriter.write(out, study, front, ReportOptions.DEFAULT);
            out.commit();
        }
        LOG.info("write: {} ({})", output, clock.lap());
        System.out.println(headline(problem, front));
        return ExitCode.OK;
    }

    private int pointCount() {
        try {
            int n = Integer.parseInt(points.trim());
            if (n >= 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(Path.of("command line"), "", "--points", points,
                "a whole number ≥ 2 (the front's two ends count as points)");
    }

    private double sensitivity() {
        try {
            double s = Double.parseDouble(kneeSensitivity.trim());
            if (s >= 0 && Double.isFinite(s)) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(Path.of("command line"), "", "--knee-sensitivity", kneeSensitivity,
                "a number ≥ 0 (Kneedle's S; 1 is the method's default)");
    }

    private String headline(SitingProblem problem, ParetoFront front) {
        List<ParetoPoint> points = front.points();
        ParetoPoint first = points.get(0);
        ParetoPoint last = points.get(points.size() - 1);
        String knees = front.knees().isEmpty() ? "no knee"
                : "knee at " + front.knees().stream().map(k -> String.format(Locale.ROOT, "point %d (%.1f%%, cost %.0f)",
                        k.point(), 100 * k.servedShare(), k.totalCost())).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "pareto: %d points, serving %.1f%% to %.1f%% of %.0f %s for cost %.0f to %.0f;"
                + " %s; results in %s", points.size(), 100 * first.servedShare(), 100 * last.servedShare(),
                problem.totalDemandValue(), problem.flows().isPresent() ? "(kWh/day plus weighted trips/day)" : "kWh/day",
                first.totalCost(), last.totalCost(), knees, output);
    }
}
