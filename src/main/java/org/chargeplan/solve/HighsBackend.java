package org.chargeplan.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The HiGHS MILP solver (Huangfu and Hall, "Parallelizing the dual revised simplex method",
 * Math. Prog. Comp. 10, 2018; branch-and-cut by Galabova et al.), reached through OR-Tools'
 * model builder, whose jar carries HiGHS as a native library for Linux, macOS and Windows on
 * x86-64 and Linux and macOS on aarch64. The model goes to HiGHS as the same free MPS text that
 * {@code export-model} writes ({@link MpsWriter}), so what HiGHS solves is what users can export.
 * The model builder, not OR-Tools' MPSolver, because MPSolver's HiGHS path ignores the time limit
 * inside HiGHS's MIP loop (a 20 s limit ran 94 s on a generated city) and accepts no HiGHS options.
 *
 * <p>Status, objective and best bound are HiGHS's own. As with every backend, the solution is
 * checked against the model's rows and integrality before it is reported. Instances hold no state;
 * each call builds its own solver.
 */
public final class HighsBackend implements SolverBackend {

    private static final double FEASIBILITY_TOLERANCE = 1e-6;
    /**
     * Relaxations with more columns are estimated by HiGHS's interior point method without
     * crossover ({@link #relaxationEstimate}): on the LP relaxation of the 10,000-point generated
     * city (352,466 columns, 360,488 rows, one thread) the dual simplex had not finished in 200 s,
     * nor the interior point method with crossover in 300 s; without crossover it stops in about
     * 60 s ("no progress", primal and dual objectives 14 % apart), enough for a safe bound.
     */
    static final int INTERIOR_POINT_COLUMNS = 50_000;
    private static volatile Optional<String> loadProblem;

    /** Why HiGHS cannot run on this machine (its native library did not load), if so. */
    public static synchronized Optional<String> unavailableReason() {
        if (loadProblem == null) {
            try {
                Loader.loadNativeLibraries();
                MPSolver probe = MPSolver.createSolver("HIGHS");
                loadProblem = probe == null ? Optional.of("this OR-Tools build has no HiGHS") : Optional.empty();
                if (probe != null) {
                    probe.delete();
                }
            } catch (LinkageError | RuntimeException e) {
                loadProblem = Optional.of("the HiGHS native library did not load: " + e.getMessage());
            }
        }
        return loadProblem;
    }

    @Override
    public String name() {
        return "highs";
    }

    @Override
    public SolveResult solve(LinearModel model, SolveOptions options) {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        long start = System.nanoTime();
        ModelBuilder builder = new ModelBuilder();
        if (!builder.importFromMpsString(mps(model))) {
            return SolveResult.withoutSolution(SolveStatus.ERROR, Double.NaN, name(), seconds(start));
        }
        try (HighsReport report = new HighsReport()) {
            ModelSolver solver = new ModelSolver("highs");
            // Output on (HiGHS writes no log file without it), but not to the console.
            solver.enableOutput(true);
            solver.setTimeLimit(Duration.ofMillis(Math.max(1, (long) (options.timeLimitSeconds() * 1000))));
            solver.setSolverSpecificParameters(String.format(Locale.ROOT, "mip_rel_gap=%s%nthreads=%d%nlog_to_console=false%n",
                    options.relativeGap(), options.threads()) + report.options());
            long solveStart = System.nanoTime();
            var status = NativeOutput.silenced(() -> solver.solve(builder));
            boolean ranOut = seconds(solveStart) >= 0.95 * options.timeLimitSeconds();
            SolveResult result = result(model, builder, solver, status, seconds(start), ranOut, report.dualBound(),
                    options);
            // At the time limit OR-Tools says TIME_LIMIT-like UNKNOWN, or FEASIBLE with zeros for values and
            // bound; HiGHS's own files then hold the real incumbent and bound.
            boolean trustOrTools = result.status() == SolveStatus.OPTIMAL || result.status() == SolveStatus.INFEASIBLE
                    || result.status() == SolveStatus.UNBOUNDED || !model.isMip();
            return trustOrTools ? result : fromReport(model, report, result, options);
        }
    }

    /**
     * An estimate of the LP relaxation of {@code model}, to rank columns by and to make a
     * {@link SafeBound} from: above {@value #INTERIOR_POINT_COLUMNS} columns HiGHS's interior point
     * method without crossover (the step that turns its point into a vertex, by far the slowest on
     * large siting models and not needed for a bound), else its simplex (exact duals),
     * with the column values and row duals read from HiGHS's own solution file whatever status it
     * ends with (optimal, a time limit, or "no progress" on badly scaled models). Empty when HiGHS
     * wrote neither.
     */
    public Optional<LpEstimate> relaxationEstimate(LinearModel model, SolveOptions options) {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        long start = System.nanoTime();
        LinearModel lp = model.relaxation();
        ModelBuilder builder = new ModelBuilder();
        if (!builder.importFromMpsString(mps(lp))) {
            return Optional.empty();
        }
        try (HighsReport report = new HighsReport()) {
            ModelSolver solver = new ModelSolver("highs");
            solver.enableOutput(true);
            solver.setTimeLimit(Duration.ofMillis(Math.max(1, (long) (options.timeLimitSeconds() * 1000))));
            String method = lp.columnCount() > INTERIOR_POINT_COLUMNS ? "solver=ipm\nrun_crossover=off\n" : "";
            solver.setSolverSpecificParameters(String.format(Locale.ROOT, "threads=%d%nlog_to_console=false%n",
                    options.threads()) + method + report.options());
            var status = NativeOutput.silenced(() -> solver.solve(builder));
            Optional<double[]> values = report.values("# Primal solution values", "# Columns ", lp.columnCount());
            Optional<double[]> duals = report.values("# Dual solution values", "# Rows ", lp.rowCount());
            if (values.isEmpty() || duals.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LpEstimate(values.get(), duals.get(), status.name(), seconds(start)));
        }
    }

    /**
     * A time-limited run from HiGHS's own files: its incumbent (checked like any solution) with its
     * dual bound, or no solution with the bound.
     */
    private SolveResult fromReport(LinearModel model, HighsReport report, SolveResult timedOut, SolveOptions options) {
        double sign = model.sense() == LinearModel.Sense.MAXIMISE ? -1 : 1;
        double bound = report.dualBound().stream().map(b -> sign * b).findFirst().orElse(Double.NaN);
        Optional<double[]> values = report.feasibleValues(model.columnCount());
        if (values.isEmpty()) {
            return timedOut.status().hasSolution() ? timedOut
                    : SolveResult.withoutSolution(timedOut.status(), bound, name(), timedOut.seconds());
        }
        double[] x = values.get();
        for (int j = 0; j < x.length; j++) {
            x[j] = model.type(j) == VariableType.CONTINUOUS ? x[j] : Math.rint(x[j]);
        }
        if (!model.satisfies(x, FEASIBILITY_TOLERANCE)) {
            return SolveResult.withoutSolution(timedOut.status() == SolveStatus.TIME_LIMIT ? SolveStatus.TIME_LIMIT
                    : SolveStatus.ERROR, bound, name(), timedOut.seconds());
        }
        double objective = model.objectiveValue(x);
        double gap = SolveResult.relativeGap(objective, bound);
        return new SolveResult(gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, objective,
                bound, gap, x, name(), timedOut.seconds());
    }

    /** The model as free MPS text: the one translation both this backend and export-model use. */
    private static String mps(LinearModel model) {
        StringWriter text = new StringWriter(Math.max(1024, 40 * model.nonZeroCount()));
        try {
            MpsWriter.write(model, "chargeplan", List.of(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private SolveResult result(LinearModel model, ModelBuilder builder, ModelSolver solver,
            com.google.ortools.modelbuilder.SolveStatus status, double seconds, boolean ranOut, OptionalDouble loggedBound,
            SolveOptions options) {
        boolean isMip = model.integerCount() > 0;
        // The MPS file minimises; a maximisation model was written negated.
        double sign = model.sense() == LinearModel.Sense.MAXIMISE ? -1 : 1;
        switch (status) {
            case OPTIMAL, FEASIBLE -> {
                double[] values = new double[model.columnCount()];
                for (int j = 0; j < values.length; j++) {
                    double v = solver.getValue(builder.varFromIndex(j));
                    values[j] = model.type(j) == VariableType.CONTINUOUS ? v : Math.rint(v);
                }
                // HiGHS's own report has the bound; OR-Tools leaves it at 0 when the time limit stops HiGHS.
                double bound = isMip ? sign * loggedBound.orElse(solver.getBestObjectiveBound()) : Double.NaN;
                if (!model.satisfies(values, FEASIBILITY_TOLERANCE)) {
                    return SolveResult.withoutSolution(SolveStatus.ERROR, bound, name(), seconds);
                }
                double objective = model.objectiveValue(values);
                if (!isMip) {
                    bound = objective;
                }
                double gap = SolveResult.relativeGap(objective, bound);
                boolean proven = status == com.google.ortools.modelbuilder.SolveStatus.OPTIMAL
                        && !(gap > options.relativeGap() + 1e-9);
                return new SolveResult(proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, objective, bound, gap,
                        values, name(), seconds);
            }
            case INFEASIBLE -> {
                return SolveResult.withoutSolution(SolveStatus.INFEASIBLE, Double.NaN, name(), seconds);
            }
            case UNBOUNDED -> {
                return SolveResult.withoutSolution(SolveStatus.UNBOUNDED, Double.NaN, name(), seconds);
            }
            default -> {
                // OR-Tools 9.14 reports a HiGHS run stopped by its time limit as UNKNOWN_STATUS and drops
                // the incumbent and the bound (its log callback stays silent for HiGHS), so the clock tells;
                // solve() then reads both back from HiGHS's own files (HighsReport).
                boolean unknown = status == com.google.ortools.modelbuilder.SolveStatus.UNKNOWN_STATUS
                        || status == com.google.ortools.modelbuilder.SolveStatus.NOT_SOLVED;
                return SolveResult.withoutSolution(unknown && ranOut ? SolveStatus.TIME_LIMIT : SolveStatus.ERROR,
                        Double.NaN, name(), seconds);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
