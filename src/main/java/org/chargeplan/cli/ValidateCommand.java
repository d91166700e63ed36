package org.chargeplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chargeplan validate SCENARIO}: reads and connects every input without solving. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario and all its input files without solving; exit 0 when valid, 2 when not.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenarioFile;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.applyLogging();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        Study study = StudyLoader.load(scenario);
        System.out.printf(java.util.Locale.ROOT, "%s is valid: %d road nodes, %d demand points, %d sites, %d charger types%s%n",
                scenarioFile, study.roads().nodeCount(), study.problem().demand().size(),
                study.problem().sites().size(), study.problem().chargerTypes().size(),
                study.feeder().map(f -> ", " + f.buses().size() + " buses").orElse(""));
        return ExitCode.OK;
    }
}
