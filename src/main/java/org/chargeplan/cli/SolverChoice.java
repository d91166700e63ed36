package org.chargeplan.cli;

import java.nio.file.Path;
import org.chargeplan.scenario.InputException;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.scenario.SolverSettings;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolverBackend;
import org.chargeplan.solve.Solvers;

/**
 * The solver settings of a run: the scenario's {@code solver:} section overridden by the command
 * line's {@code --solver}, {@code --time-limit} and {@code --gap}, checked, with the backend they name.
 *
 * @param settings the merged settings
 * @param backend  the backend named by them
 */
record SolverChoice(SolverSettings settings, SolverBackend backend) {

    static SolverChoice of(Scenario scenario, String solver, Double timeLimit, Double gap) {
        if (gap != null && !(gap >= 0 && gap < 1)) {
            throw new InputException(Path.of("command line"), "", "--gap", String.valueOf(gap), "a relative gap in [0, 1)");
        }
        SolverSettings settings = scenario.solver().with(solver, timeLimit, gap);
        SolverBackend backend = Solvers.byName(settings.name()).orElseThrow(() -> new InputException(
                solver != null ? Path.of("command line") : scenario.file(), "", solver != null ? "--solver" : "solver.name",
                settings.name(), "one of " + String.join(", ", Solvers.names())));
        return new SolverChoice(settings, backend);
    }

    SolveOptions options() {
        return new SolveOptions(settings.timeLimitSeconds(), settings.relativeGap(), settings.threads());
    }
}
