package org.chargeplan.solve;

/**
 * A MILP solver that can solve a {@link LinearModel}. Implementations report every outcome as a
 * {@link SolveResult} with a status; they do not throw for infeasible or unbounded models, or when
 * time runs out.
 */
public interface SolverBackend {

    /** The name used on the command line and in {@code summary.json}. */
    String name();

    /** Solves the model within the options' limits. */
    SolveResult solve(LinearModel model, SolveOptions options);
}
