package org.chargeplan.solve;

import java.util.Optional;

/**
 * {@code --solver auto}: picks a backend per model by its size. Tiny models (at most
 * {@value #SMALL_INTEGERS} integer columns and {@value #SMALL_COLUMNS} columns) go to the pure-Java
 * ojAlgo, which solves them in milliseconds without loading a native library and passes the
 * brute-force tests at that size; everything larger goes to HiGHS, which is one to two orders of
 * magnitude faster there ({@code benchmarks/}). Without a loadable HiGHS, everything goes to ojAlgo.
 * The backend that solved a model is named in its {@link SolveResult#solver()} (and so in
 * {@code summary.json}).
 */
final class AutoBackend implements SolverBackend {

    static final int SMALL_INTEGERS = 20;
    static final int SMALL_COLUMNS = 500;

    private final SolverBackend small = new OjAlgoBackend();
    private final Optional<SolverBackend> large;

    AutoBackend(Optional<SolverBackend> highs) {
        this.large = highs;
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public SolveResult solve(LinearModel model, SolveOptions options) {
        return choose(model).solve(model, options);
    }

    /** The backend this model goes to. */
    SolverBackend choose(LinearModel model) {
        boolean tiny = model.integerCount() <= SMALL_INTEGERS && model.columnCount() <= SMALL_COLUMNS;
        return tiny || large.isEmpty() ? small : large.get();
    }
}
