package org.chargeplan.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.FeederReader;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.MatpowerReader;
import org.chargeplan.grid.NewtonRaphsonPowerFlow;
import org.chargeplan.grid.PlanLoads;
import org.chargeplan.grid.PowerFlowResult;
import org.chargeplan.grid.RadialPowerFlow;
import org.chargeplan.grid.RadialTopology;
import org.chargeplan.report.FeederLoading;
import org.chargeplan.report.GridCheckWriter;
import org.chargeplan.report.GridVerdict;
import org.chargeplan.report.OutputFolder;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.study.Stopwatch;
import org.chargeplan.study.StudyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chargeplan grid-check}: the AC power flow of a given plan on a scenario's feeder, hour by
 * hour ({@code SCENARIO --plan STATIONS}), or of a feeder file's base case alone
 * ({@code --feeder FEEDER}). Writes the tables and map of {@link GridCheckWriter} and prints a
 * one-paragraph verdict.
 */
@Command(name = "grid-check", mixinStandardHelpOptions = true,
        description = {"Check the grid impact of a plan (SCENARIO --plan STATIONS.geojson), or the base-case power"
                + " flow of a feeder file (--feeder FEEDER.m|FEEDER.geojson).",
                "Writes grid_impact.csv, violations.csv, grid.geojson (and grid_summary.json for --feeder)."})
final class GridCheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(GridCheckCommand.class);
    private static final Path COMMAND_LINE = Path.of("command line");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "The scenario YAML file whose feeder and charging profile apply (with --plan).")
    Path scenarioFile;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "Stations GeoJSON: Points with peak_kw (highest hourly charging load, kW) or kw (installed kW).")
    Path planFile;

    @Option(names = "--feeder", paramLabel = "FILE",
            description = "A feeder to check alone: a MATPOWER case (.m) or the project's feeder GeoJSON.")
    Path feederFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out-grid",
            description = "Folder for the results (replaced as a whole when the run succeeds). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        if (feederFile != null) {
            if (scenarioFile != null || planFile != null) {
                throw new InputException(COMMAND_LINE, "", "--feeder", feederFile.toString(),
                        "checks a feeder alone; give either --feeder FEEDER, or SCENARIO with --plan STATIONS.geojson");
            }
            return checkFeeder();
        }
        if (planFile == null) {
            throw new InputException(COMMAND_LINE, "", "--plan", "", scenarioFile == null
                    ? "grid-check needs SCENARIO with --plan STATIONS.geojson, or --feeder FEEDER"
                    : "grid-check of a scenario needs the plan to check: --plan STATIONS.geojson");
        }
        if (scenarioFile == null) {
            throw new InputException(COMMAND_LINE, "", "SCENARIO", "",
                    "--plan needs the scenario whose feeder and charging profile apply: grid-check SCENARIO --plan "
                            + planFile);
        }
        return checkPlan();
    }

    private int checkPlan() {
        Stopwatch clock = new Stopwatch();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        if (scenario.grid().isEmpty()) {
            throw new InputException(scenario.file(), "", "grid.feeder", "", "grid-check needs a scenario with a feeder");
        }
        Path feederPath = scenario.grid().get().feeder();
        Feeder feeder = StudyLoader.feeder(scenario.grid().get());
        if (!feeder.hasNetwork()) {
            throw new InputException(feederPath, "", "", "",
                    "has no branches; grid-check needs line sections to run a power flow");
        }
        String demandClass = scenario.demand().demandClass();
        PlanLoads loads = PlanLoads.read(planFile, feeder, scenario.profiles().get(demandClass),
                scenario.candidates().maxSnapMeters());
        LOG.info("plan: {} stations on {} buses, {} kW peak charging, shaped by the '{}' profile ({})",
                loads.stations().size(), loads.stations().stream().mapToInt(PlanLoads.Station::bus).distinct().count(),
                String.format(Locale.ROOT, "%.1f", loads.peakTotalKw()), demandClass, clock.lap());
        loads.stations().forEach(s -> LOG.debug("station {}: bus {} at {} m, peak {} kW", s.id(),
                feeder.buses().get(s.bus()).id(), String.format(Locale.ROOT, "%.0f", s.distanceMeters()),
                String.format(Locale.ROOT, "%.1f", s.peakKw())));

        double[][] chargingKw = loads.chargingKw();
        GridImpact impact = GridImpact.of(feeder, chargingKw);
        FeederLoading loading = FeederLoading.ofDay(feeder, impact, chargingKw);
        LOG.info("AC power flow: {} hours, {} violations ({})", impact.hours(), loading.violations().size(), clock.lap());
        try (OutputFolder out = new OutputFolder(output)) {
            GridCheckWriter.write(out, loading);
            out.commit();
        }
        System.out.println(GridVerdict.forPlan(feederPath.getFileName().toString(), planFile.getFileName().toString(),
                loads, loading) + " Results in " + output + ".");
        return ExitCode.OK;
    }

    private int checkFeeder() {
        Stopwatch clock = new Stopwatch();
        Feeder feeder = readFeeder(feederFile);
        LOG.info("feeder: {} buses, {} branches, {} transformers ({})", feeder.buses().size(),
                feeder.branches().size(), feeder.transformers().size(), clock.lap());
        if (!feeder.hasNetwork()) {
            throw new InputException(feederFile, "", "", "",
                    "has no branches; grid-check needs line sections to run a power flow");
        }
        RadialTopology.Result topology = RadialTopology.of(feeder);
        boolean radial = topology.topology().isPresent();
        double[] loadKw = new double[feeder.buses().size()];
        double[] loadKvar = new double[feeder.buses().size()];
        for (int b = 0; b < loadKw.length; b++) {
            loadKw[b] = feeder.baseKw(b, 0);
            loadKvar[b] = feeder.baseKvar(b, 0);
        }
        PowerFlowResult baseCase = radial ? new RadialPowerFlow(feeder).solve(loadKw, loadKvar)
                : newtonRaphson(feeder, topology).solve(loadKw, loadKvar);
        LOG.info("AC power flow ({}): {} in {} iterations ({})", radial ? "backward/forward sweep" : "Newton-Raphson",
                baseCase.converged() ? "converged" : "NOT converged", baseCase.iterations(), clock.lap());
        FeederLoading loading = FeederLoading.ofBaseCase(feeder, baseCase);
        String name = feederFile.getFileName().toString();
        try (OutputFolder out = new OutputFolder(output)) {
            GridCheckWriter.write(out, loading);
            GridCheckWriter.writeSummary(out, name, baseCase, loading);
            out.commit();
        }
        System.out.println(GridVerdict.forFeeder(name, radial, baseCase, loading) + " Results in " + output + ".");
        return ExitCode.OK;
    }

    /** A MATPOWER case or a feeder GeoJSON, with every bus at its given load in every hour. */
    private static Feeder readFeeder(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Double> asGiven = Collections.nCopies(GridImpact.HOURS_PER_DAY, 1.0);
        if (name.endsWith(".m")) {
            return MatpowerReader.read(file, asGiven);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return FeederReader.read(file, asGiven);
        }
        throw new InputException(COMMAND_LINE, "", "--feeder", file.toString(),
                "a MATPOWER case (.m) or a feeder GeoJSON (.geojson)");
    }

    /** Newton-Raphson for a feeder with loops; a bus cut off from the slack bus is bad input. */
    private NewtonRaphsonPowerFlow newtonRaphson(Feeder feeder, RadialTopology.Result topology) {
        RadialTopology.Problem problem = topology.problem().orElseThrow();
        if (problem.kind().equals("bus")) {
            throw new InputException(feederFile, "bus " + problem.element(), "", "", problem.message());
        }
        LOG.info("feeder is meshed (branch {} closes a loop), so Newton-Raphson solves it", problem.element());
        try {
            return new NewtonRaphsonPowerFlow(feeder);
        } catch (IllegalArgumentException e) {
            throw new InputException(feederFile, "", "", "", e.getMessage(), e);
        }
    }
}
