package org.chargeplan.solve;

import java.util.List;
import java.util.Optional;

/** The solver backends this build offers, by name. */
public final class Solvers {

    private static final List<String> NAMES = List.of("ojalgo");

    private Solvers() {
    }

    /** The backend called {@code name}, or empty when there is none. */
    public static Optional<SolverBackend> byName(String name) {
        return switch (name) {
            case "ojalgo" -> Optional.of(new OjAlgoBackend());
            default -> Optional.empty();
        };
    }

    /** Names of all available backends. */
    public static List<String> names() {
        return NAMES;
    }
}
