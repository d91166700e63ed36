package org.chargeplan.solve;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The solver backends this build offers, by name: {@code highs} (HiGHS, native, the default),
 * {@code ojalgo} (pure Java) and {@code auto} (by model size: ojAlgo for tiny models, HiGHS for the
 * rest, ojAlgo for everything where HiGHS's native library does not load; {@link AutoBackend}).
 */
public final class Solvers {

    private static final Logger LOG = LoggerFactory.getLogger(Solvers.class);
    private static final List<String> NAMES = List.of("auto", "highs", "ojalgo");

    private Solvers() {
    }

    /** The backend called {@code name}, or empty when there is none. */
    public static Optional<SolverBackend> byName(String name) {
        return switch (name) {
            case "auto" -> Optional.of(automatic());
            case "highs" -> Optional.of(new HighsBackend());
            case "ojalgo" -> Optional.of(new OjAlgoBackend());
            default -> Optional.empty();
        };
    }

    /** Names accepted by {@link #byName}. */
    public static List<String> names() {
        return NAMES;
    }

    private static SolverBackend automatic() {
        Optional<String> problem = HighsBackend.unavailableReason();
        problem.ifPresent(reason -> LOG.warn("{}; using the pure-Java ojalgo backend", reason));
        return new AutoBackend(problem.isPresent() ? Optional.empty() : Optional.of(new HighsBackend()));
    }
}
