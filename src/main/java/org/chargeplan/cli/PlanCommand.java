package org.chargeplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridImpact;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chargeplan.report.OutputFolder;
import org.chargeplan.report.PlanWriter;
import org.chargeplan.report.ReportOptions;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.InfeasibilityExplainer;
import org.chargeplan.siting.PlanChecker;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingResult;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.solve.SolverBackend;
import org.chargeplan.study.Stopwatch;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chargeplan plan SCENARIO}: solves the siting model and writes the plan's files. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan charging stations for a scenario and write stations, assignments, grid loading and a summary.")
final class PlanCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PlanCommand.class);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenarioFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Folder for the results (replaced as a whole when the run succeeds). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver backend: auto, highs or ojalgo. Default: the scenario's (auto).")
    String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Solve time limit in seconds, e.g. 60 or 60s.",
            converter = DurationSeconds.class)
    Double timeLimit;

    @Option(names = "--gap", paramLabel = "GAP", description = "Relative optimality gap at which to stop, e.g. 0.01.")
    Double gap;

    @Option(names = "--no-grid-limits", description = "Plan without transformer limits (loadings are still reported).")
    boolean noGridLimits;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Extra output formats besides GeoJSON and CSV: gpkg (all layers in plan.gpkg).")
    List<String> formats = List.of();

    @Option(names = "--compare", paramLabel = "OTHER_OUT",
            description = "Another plan's output folder, drawn beside this plan in report.html.")
    Path compare;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Stopwatch clock = new Stopwatch();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        SolverChoice choice = SolverChoice.of(scenario, solver, timeLimit, gap);
        SolverBackend backend = choice.backend();
        ReportOptions reportOptions = reportOptions();
        LOG.info("scenario: {} ({})", scenario.name(), clock.lap());

        Study study = StudyLoader.load(scenario);
        SitingProblem problem = noGridLimits ? study.problem().withGridLimits(false) : study.problem();
        AcCheckedPlanner.Outcome outcome = AcCheckedPlanner.plan(problem, backend, choice.options());
        SitingResult result = outcome.result();
        problem = outcome.problem();
        LOG.info("solve: {}, objective {}, gap {} ({})", result.status(), format(result.objective()),
                format(result.gap()), clock.lap());
        if (result.plan().isEmpty()) {
            System.err.println("chargeplan: no plan: " + result.status() + ": "
                    + InfeasibilityExplainer.explain(problem, backend, result));
            return ExitCode.NO_PLAN;
        }
        PlanMetrics metrics = PlanMetrics.of(problem, result.plan().get());
        List<PlanChecker.Violation> violations = PlanChecker.check(problem, result.plan().get());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the solver's plan fails the independent check: "
                    + violations.stream().limit(5).map(Object::toString).collect(Collectors.joining("; ")));
        }
        LOG.info("check: plan passes every constraint family ({})", clock.lap());
        outcome.impact().ifPresent(i -> logPowerFlow(study.feeder().get(), i, outcome, clock));

        Study checked = new Study(study.scenario(), study.roads(), study.demand(), study.feeder(), problem);
        try (OutputFolder out = new OutputFolder(output)) {
            PlanWriter.write(out, checked, outcome, metrics, reportOptions);
            out.commit();
        }
        LOG.info("write: {} ({})", output, clock.lap());
        System.out.println(headline(problem, result, metrics));
        return ExitCode.OK;
    }

    private ReportOptions reportOptions() {
        for (String format : formats) {
            if (!format.equals("gpkg")) {
                throw new InputException(Path.of("command line"), "", "--format", format, "gpkg");
            }
        }
        if (compare != null && !Files.isRegularFile(compare.resolve("summary.json"))) {
            throw new InputException(Path.of("command line"), "", "--compare", compare.toString(),
                    "an output folder of plan (one that holds summary.json)");
        }
        if (compare != null) {
            org.chargeplan.report.PlanExports.checkComparable(compare);
        }
        return new ReportOptions(formats.contains("gpkg"), Optional.ofNullable(compare));
    }

    private static void logPowerFlow(Feeder feeder, GridImpact impact, AcCheckedPlanner.Outcome outcome,
            Stopwatch clock) {
        int bus = impact.minVoltageBus();
        LOG.info("AC power flow: lowest voltage {} p.u. at bus {}, hour {}, after {} round(s){} ({})",
                String.format(Locale.ROOT, "%.4f", impact.minVoltagePu(bus)), feeder.buses().get(bus).id(),
                impact.minVoltageHour(bus), outcome.rounds(), impact.converged() ? "" : "; NOT converged in some hour",
                clock.lap());
        if (!outcome.acFeasible()) {
            LOG.warn("bus {} falls to {} p.u. at hour {}, below the minimum {} p.u.{}", feeder.buses().get(bus).id(),
                    String.format(Locale.ROOT, "%.4f", impact.minVoltagePu(bus)), impact.minVoltageHour(bus),
                    feeder.minVoltagePu(), outcome.problem().gridLimits() ? "" : " (grid limits are off)");
        }
    }

    private String headline(SitingProblem problem, SitingResult result, PlanMetrics metrics) {
        StringBuilder chargers = new StringBuilder();
        for (int k = 0; k < problem.chargerTypes().size(); k++) {
            chargers.append(k == 0 ? "" : ", ").append(metrics.chargerCount(k)).append(' ')
                    .append(problem.chargerTypes().get(k).id());
        }
        String points = problem.demand().isEmpty() && problem.flows().isPresent() ? ""
                : String.format(Locale.ROOT, "; serves %.1f%% of %.0f kWh/day", 100 * metrics.servedShare(),
                        problem.totalDemandKwh());
        String flows = problem.flows().map(f -> String.format(Locale.ROOT,
                "; serves %.1f%% of %.0f electric trips/day within %.0f km range", 100 * metrics.servedTripShare(),
                f.totalTripsPerDay(), f.range().rangeKm())).orElse("");
        String storage = metrics.plan().storage().isEmpty() ? "" : String.format(Locale.ROOT,
                "; storage %.0f kWh at %d sites", metrics.plan().storage().stream().mapToDouble(b -> b.energyKwh()).sum(),
                metrics.plan().storage().size());
        int steps = metrics.plan().upgrades().stream().mapToInt(Integer::intValue).sum();
        String upgrades = steps == 0 ? "" : String.format(Locale.ROOT, "; %d transformer upgrade step(s)", steps);
        String cost = problem.investment().economics().annual()
                ? String.format(Locale.ROOT, "cost %.0f per year (capital %.0f)", metrics.totalCost(), metrics.costs().capitalCost())
                : String.format(Locale.ROOT, "capital cost %.0f", metrics.totalCost());
        return String.format(Locale.ROOT, "%s: %d sites, chargers %s%s%s%s%s; %s; results in %s",
                result.status(), metrics.plan().openSiteCount(), chargers, storage, upgrades, points, flows, cost, output);
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "n/a";
    }
}
