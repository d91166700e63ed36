package org.chargeplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.Objective;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.SitingModel;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingReduction;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.MpsWriter;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.study.Stopwatch;
import org.chargeplan.study.StudyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chargeplan export-model SCENARIO --format mps -o model.mps}: writes the siting MILP that
 * {@code plan} solves first, so that any MILP solver can be run on it.
 */
@Command(name = "export-model", mixinStandardHelpOptions = true,
        description = "Write the scenario's siting MILP (as plan builds it, after its reductions) as a file any MILP solver reads.")
final class ExportModelCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExportModelCommand.class);

    /** Which of plan's solves to export. */
    enum Phase {
        /** The scenario's primary objective: most served energy, or least cost at the coverage target. */
        primary,
        /** For max-coverage scenarios, plan's second solve: the cheapest plan serving the first solve's optimum. */
        cheapest
    }

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenarioFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The model file to write.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mps",
            description = "File format; mps (free MPS, minimising; maximisation is written negated). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--phase", paramLabel = "PHASE", defaultValue = "primary",
            description = "primary (the scenario's objective) or cheapest (max-coverage scenarios: solves the first phase "
                    + "with --solver, then writes the cheapest-plan model at that coverage). Default: ${DEFAULT-VALUE}.")
    Phase phase;

    @Option(names = "--no-grid-limits", description = "Export the model without transformer and voltage limits.")
    boolean noGridLimits;

    @Option(names = "--solver", paramLabel = "NAME", description = "Backend for the first phase of --phase cheapest.")
    String solver;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        if (!format.equals("mps")) {
            throw new InputException(Path.of("command line"), "", "--format", format, "mps");
        }
        Stopwatch clock = new Stopwatch();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        SitingProblem full = StudyLoader.load(scenario).problem();
        SitingProblem problem = SitingReduction.of(noGridLimits ? full.withGridLimits(false) : full).reduced();
        List<String> comments = new ArrayList<>();
        comments.add("chargeplan siting model of " + scenarioFile.getFileName() + " (" + scenario.name() + ")");
        SitingModel model = model(scenario, problem, comments);
        if (model.objectiveConstant() != 0) {
            comments.add(String.format(Locale.ROOT, "objective constant %s not in the file: chargeplan reports "
                    + "objective + constant (the value of chargers that exist already)", model.objectiveConstant()));
        }
        LinearModel linear = model.linearModel();
        LOG.info("model: {} ({})", linear.sizeSummary(), clock.lap());
        writeAtomically(linear, scenario.name(), comments);
        LOG.info("write: {} ({})", output, clock.lap());
        System.out.println("wrote " + output + ": " + linear.sizeSummary());
        return ExitCode.OK;
    }

    private SitingModel model(Scenario scenario, SitingProblem problem, List<String> comments) {
        boolean minCost = problem.objective().kind() == Objective.Kind.MIN_COST;
        if (minCost) {
            double floor = problem.objective().coverageTarget() * problem.totalDemandValue();
            if (phase == Phase.cheapest) {
                throw new InputException(scenarioFile, "", "objective.type", "min-cost",
                        "max-coverage for --phase cheapest (a min-cost scenario has one phase: use --phase primary)");
            }
            comments.add(String.format(Locale.ROOT, "objective: least %s serving at least %.6f "
                    + "(kWh/day of point demand plus weighted trips/day of range-limited flows)", costName(problem), floor));
            return SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
        }
        SitingModel served = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        if (phase == Phase.primary) {
            comments.add("objective: most served energy, kWh/day (negated below)");
            return served;
        }
        SolverChoice choice = SolverChoice.of(scenario, solver, null, null);
        SolveResult first = choice.backend().solve(served.linearModel(), choice.options());
        if (!first.status().hasSolution()) {
            throw new IllegalStateException("the max-coverage phase ended " + first.status() + "; no cheapest-plan model to export");
        }
        double floor = SitingModel.cheapestPhaseFloor(first.objective());
        comments.add(String.format(Locale.ROOT,
                "objective: least %s serving at least %.6f kWh/day (max coverage %s by %s, %s)",
                costName(problem), floor, first.objective(), first.solver(), first.status()));
        return SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
    }

    /** What the cost objective counts: capital (less any subsidy), or the equivalent annual cost. */
    private static String costName(SitingProblem problem) {
        return problem.investment().economics().annual()
                ? "equivalent annual cost (annualised capital, energy and demand charges)" : "capital cost";
    }

    private void writeAtomically(LinearModel linear, String name, List<String> comments) {
        Path target = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its default permissions
            }
            try {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    MpsWriter.write(linear, name, comments, out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }
}
