package org.chargeplan.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.HostingCapacity;
import org.chargeplan.grid.HostingCapacity.BusHosting;
import org.chargeplan.report.HostingWriter;
import org.chargeplan.report.HourLabel;
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
 * {@code chargeplan hosting SCENARIO}: the hosting capacity of every feeder bus for charging with
 * the scenario's charging profile (see {@link HostingCapacity}), written as
 * {@code hosting_capacity.csv} and {@code hosting_capacity.geojson}.
 */
@Command(name = "hosting", mixinStandardHelpOptions = true,
        description = "Compute each feeder bus's hosting capacity for charging load (the largest extra peak kW, "
                + "shaped by the scenario's charging profile, that breaks no voltage or thermal limit in any hour).")
final class HostingCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(HostingCommand.class);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenarioFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out-hosting",
            description = "Folder for the results (replaced as a whole when the run succeeds). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Stopwatch clock = new Stopwatch();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        Feeder feeder = scenario.grid().map(StudyLoader::feeder).filter(Feeder::hasNetwork).orElseThrow(() -> new InputException(
                scenario.file(), "", "grid.feeder", scenario.grid().map(g -> g.feeder().toString()).orElse(""),
                "hosting capacity needs a feeder with line sections (branch features)"));
        List<Double> profile = scenario.profiles().get(scenario.demand().demandClass());
        clock.lap();

        List<BusHosting> hosting = HostingCapacity.compute(feeder, profile);
        LOG.info("hosting capacity: {} buses, charging profile '{}' ({})", hosting.size(),
                scenario.demand().demandClass(), clock.lap());

        try (OutputFolder out = new OutputFolder(output)) {
            HostingWriter.write(out, feeder, hosting);
            out.commit();
        }
        LOG.info("write: {} ({})", output, clock.lap());
        System.out.println(headline(feeder, hosting));
        return ExitCode.OK;
    }

    private String headline(Feeder feeder, List<BusHosting> hosting) {
        if (hosting.isEmpty()) {
            return "hosting capacity of 0 buses (the feeder has only its slack bus); results in " + output;
        }
        // min/max keep the first of equal elements, i.e. the first bus in feeder order.
        BusHosting lowest = hosting.stream().min(Comparator.comparingDouble(BusHosting::hostingKw)).orElseThrow();
        BusHosting highest = hosting.stream().max(Comparator.comparingDouble(BusHosting::hostingKw)).orElseThrow();
        return String.format(Locale.ROOT, "hosting capacity of %d buses: lowest %s, highest %s; results in %s",
                hosting.size(), describe(feeder, lowest), describe(feeder, highest), output);
    }

    private static String describe(Feeder feeder, BusHosting bus) {
        String binding = bus.binding().map(v -> String.format(Locale.ROOT, "%s %s at %s",
                v.kind() == GridViolation.Kind.VOLTAGE ? "voltage at bus" : v.kind().label(), v.element(),
                HourLabel.of(v.hour())))
                .orElse(String.format(Locale.ROOT, "no limit up to %.0f kW", HostingCapacity.UPPER_BOUND_KW));
        return String.format(Locale.ROOT, "%.1f kW at bus %s (%s)", bus.hostingKw(),
                feeder.buses().get(bus.bus()).id(), binding);
    }
}
