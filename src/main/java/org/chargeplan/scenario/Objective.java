package org.chargeplan.scenario;

/**
 * What the plan optimises.
 *
 * <ul>
 *   <li>{@link Kind#MAX_COVERAGE}: serve as much charging energy as possible with capital cost at
 *       most {@code budget}; among plans serving the same energy, the cheapest is chosen.</li>
 *   <li>{@link Kind#MIN_COST}: the cheapest plan serving at least {@code coverageTarget} of all
 *       demand energy (and within {@code budget} when one is given).</li>
 * </ul>
 *
 * @param kind           the objective
 * @param budget         capital budget in currency units; {@code Double.POSITIVE_INFINITY} when none
 * @param coverageTarget share of demand energy to serve, in [0, 1]; 0 for max-coverage
 * @param maxNewStations the most sites to open beyond the existing ones (the {@code p} of the
 *                       p-median family); {@link Integer#MAX_VALUE} when there is no such limit
 */
public record Objective(Kind kind, double budget, double coverageTarget, int maxNewStations) {

    /** An objective without a limit on the number of new stations. */
    public Objective(Kind kind, double budget, double coverageTarget) {
        this(kind, budget, coverageTarget, Integer.MAX_VALUE);
    }

    /** Whether the number of new stations is limited. */
    public boolean limitsStations() {
        return maxNewStations != Integer.MAX_VALUE;
    }

    /** The objectives chargeplan offers. */
    public enum Kind {
        MAX_COVERAGE("max-coverage"), MIN_COST("min-cost");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name used in scenario files. */
        public String label() {
            return label;
        }
    }

    public Objective {
        if (!(budget >= 0) || !(coverageTarget >= 0 && coverageTarget <= 1) || maxNewStations < 0) {
            throw new IllegalArgumentException("invalid objective");
        }
    }
}
