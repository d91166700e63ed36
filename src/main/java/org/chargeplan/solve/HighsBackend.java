package org.chargeplan.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Optional;

/**
 * The HiGHS MILP solver (Huangfu and Hall, "Parallelizing the dual revised simplex method",
 * Math. Prog. Comp. 10, 2018; branch-and-cut by Galabova et al.), reached through the OR-Tools
 * MPSolver wrapper, whose jar carries HiGHS as a native library for Linux, macOS and Windows on
 * x86-64 and Linux and macOS on aarch64.
 *
 * <p>Status, objective and best bound are HiGHS's own. As with every backend, the solution is
 * checked against the model's rows and integrality before it is reported. Instances hold no state;
 * each call builds its own solver.
 */
public final class HighsBackend implements SolverBackend {

    private static final double FEASIBILITY_TOLERANCE = 1e-6;
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
        MPSolver solver = MPSolver.createSolver("HIGHS");
        try {
            solver.suppressOutput();
            solver.setTimeLimit(Math.max(1, (long) (options.timeLimitSeconds() * 1000)));
            solver.setNumThreads(options.threads());
            MPVariable[] variables = translate(model, solver);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
            MPSolver.ResultStatus status = NativeOutput.silenced(() -> solver.solve(parameters));
            double seconds = (System.nanoTime() - start) / 1e9;
            return result(model, solver, variables, status, seconds, options);
        } finally {
            solver.delete();
        }
    }

    private SolveResult result(LinearModel model, MPSolver solver, MPVariable[] variables, MPSolver.ResultStatus status,
            double seconds, SolveOptions options) {
        boolean isMip = model.integerCount() > 0;
        double bound = isMip && (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE)
                ? solver.objective().bestBound() : Double.NaN;
        switch (status) {
            case OPTIMAL, FEASIBLE -> {
                double[] values = new double[variables.length];
                for (int j = 0; j < values.length; j++) {
                    double v = variables[j].solutionValue();
                    values[j] = model.type(j) == VariableType.CONTINUOUS ? v : Math.rint(v);
                }
                if (!model.satisfies(values, FEASIBILITY_TOLERANCE)) {
                    return SolveResult.withoutSolution(SolveStatus.ERROR, bound, name(), seconds);
                }
                double objective = model.objectiveValue(values);
                if (!isMip) {
                    bound = objective;
                }
                double gap = SolveResult.relativeGap(objective, bound);
                boolean proven = status == MPSolver.ResultStatus.OPTIMAL
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
            case NOT_SOLVED -> {
                return SolveResult.withoutSolution(seconds >= 0.95 * options.timeLimitSeconds()
                        ? SolveStatus.TIME_LIMIT : SolveStatus.ERROR, Double.NaN, name(), seconds);
            }
            default -> {
                return SolveResult.withoutSolution(SolveStatus.ERROR, Double.NaN, name(), seconds);
            }
        }
    }

    private static MPVariable[] translate(LinearModel model, MPSolver solver) {
        double infinity = MPSolver.infinity();
        MPVariable[] variables = new MPVariable[model.columnCount()];
        MPObjective objective = solver.objective();
        for (int j = 0; j < variables.length; j++) {
            variables[j] = solver.makeVar(finite(model.lower(j), infinity), finite(model.upper(j), infinity),
                    model.type(j) != VariableType.CONTINUOUS, model.columnName(j));
            if (model.objective(j) != 0) {
                objective.setCoefficient(variables[j], model.objective(j));
            }
        }
        if (model.sense() == LinearModel.Sense.MAXIMISE) {
            objective.setMaximization();
        } else {
            objective.setMinimization();
        }
        for (int r = 0; r < model.rowCount(); r++) {
            MPConstraint row = solver.makeConstraint(finite(model.rowLower(r), infinity),
                    finite(model.rowUpper(r), infinity), model.rowName(r));
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                row.setCoefficient(variables[model.entryColumn(k)], model.entryValue(k));
            }
        }
        return variables;
    }

    private static double finite(double value, double infinity) {
        if (value == Double.POSITIVE_INFINITY) {
            return infinity;
        }
        return value == Double.NEGATIVE_INFINITY ? -infinity : value;
    }
}
