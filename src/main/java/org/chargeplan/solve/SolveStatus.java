package org.chargeplan.solve;

/** How a solve ended. Never an exception, never null. */
public enum SolveStatus {
    /** Proven optimal within the requested relative gap. */
    OPTIMAL,
    /** A feasible solution whose optimality is not proven (its gap is reported). */
    FEASIBLE,
    /** Proven to have no feasible solution. */
    INFEASIBLE,
    /** The objective can improve without limit. */
    UNBOUNDED,
    /** The time limit ran out before any feasible solution was found. */
    TIME_LIMIT,
    /** The backend failed (numerical trouble, internal error). */
    ERROR;

    /** Whether a solution is available. */
    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
