package org.chargeplan.scenario;

/**
 * How to solve the model.
 *
 * @param name             the backend, e.g. {@code ojalgo}
 * @param timeLimitSeconds wall-clock limit for the solve, seconds
 * @param relativeGap      stop once the incumbent is proven within this relative gap of the bound
 * @param threads          threads the backend may use
 */
public record SolverSettings(String name, double timeLimitSeconds, double relativeGap, int threads) {

    public SolverSettings {
        if (!(timeLimitSeconds > 0) || !(relativeGap >= 0 && relativeGap < 1) || threads < 1) {
            throw new IllegalArgumentException("invalid solver settings");
        }
    }

    /** The same settings with other values where the command line overrides them. */
    public SolverSettings with(String newName, Double newTimeLimit, Double newGap) {
        return new SolverSettings(newName != null ? newName : name,
                newTimeLimit != null ? newTimeLimit : timeLimitSeconds,
                newGap != null ? newGap : relativeGap, threads);
    }
}
