package org.chargeplan.solve;

import java.util.Locale;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The built-in pure-Java backend, ojAlgo's {@link ExpressionsBasedModel} with its branch-and-bound
 * integer solver. Suited to small and medium models (a few thousand columns).
 *
 * <p>ojAlgo does not report its best bound, so when it stops without proving optimality the bound
 * given is the LP relaxation's optimum (a valid but possibly loose bound). When it reports optimal,
 * the bound and gap stated are the requested tolerance, which is what its stopping rule proved.
 * Every solution is checked against the model's rows and integrality before it is reported; a
 * solution that violates them becomes {@link SolveStatus#ERROR} rather than a wrong plan.
 * Not thread-safe per call, but instances hold no state.
 */
public final class OjAlgoBackend implements SolverBackend {

    private static final double FEASIBILITY_TOLERANCE = 1e-6;

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public SolveResult solve(LinearModel model, SolveOptions options) {
        long start = System.nanoTime();
        ExpressionsBasedModel ojModel = translate(model, options);
        Optimisation.Result result = model.sense() == LinearModel.Sense.MAXIMISE ? ojModel.maximise()
                : ojModel.minimise();
        double seconds = (System.nanoTime() - start) / 1e9;
        Optimisation.State state = result.getState();
        boolean timedOut = seconds >= options.timeLimitSeconds() * 0.95;

        if (state.isFeasible() && result.count() == model.columnCount()) {
            double[] values = new double[model.columnCount()];
            for (int j = 0; j < values.length; j++) {
                values[j] = model.type(j) == VariableType.CONTINUOUS ? result.doubleValue(j)
                        : Math.rint(result.doubleValue(j));
            }
            if (!model.satisfies(values, FEASIBILITY_TOLERANCE)) {
                return SolveResult.withoutSolution(SolveStatus.ERROR, Double.NaN, name(), seconds);
            }
            double objective = model.objectiveValue(values);
            if (state.isOptimal() && !timedOut) {
                double bound = objective + direction(model) * options.relativeGap() * Math.max(1, Math.abs(objective));
                return new SolveResult(SolveStatus.OPTIMAL, objective, bound, options.relativeGap(), values, name(),
                        seconds);
            }
            double bound = relaxationBound(model, options);
            return new SolveResult(SolveStatus.FEASIBLE, objective, bound, SolveResult.relativeGap(objective, bound),
                    values, name(), seconds);
        }
        if (timedOut) {
            return SolveResult.withoutSolution(SolveStatus.TIME_LIMIT, relaxationBound(model, options), name(), seconds);
        }
        return switch (state) {
            case INFEASIBLE -> SolveResult.withoutSolution(SolveStatus.INFEASIBLE, Double.NaN, name(), seconds);
            case UNBOUNDED -> SolveResult.withoutSolution(SolveStatus.UNBOUNDED, Double.NaN, name(), seconds);
            default -> SolveResult.withoutSolution(SolveStatus.ERROR, Double.NaN, name(), seconds);
        };
    }

    private static ExpressionsBasedModel translate(LinearModel model, SolveOptions options) {
        Optimisation.Options ojOptions = new Optimisation.Options();
        ojOptions.time_abort = Math.max(1, (long) (options.timeLimitSeconds() * 1000));
        int digits = (int) Math.max(1, Math.min(12, Math.ceil(-Math.log10(Math.max(options.relativeGap(), 1e-12)))));
        ojOptions.integer(IntegerStrategy.newConfigurable().withGapTolerance(NumberContext.of(digits))
                .withParallelism(options::threads).withModelStrategyFactory(PlainBranchingStrategy::new));
        ExpressionsBasedModel ojModel = new ExpressionsBasedModel(ojOptions);
        Variable[] variables = new Variable[model.columnCount()];
        for (int j = 0; j < variables.length; j++) {
            Variable v = ojModel.addVariable(model.columnName(j));
            if (Double.isFinite(model.lower(j))) {
                v.lower(model.lower(j));
            }
            if (Double.isFinite(model.upper(j))) {
                v.upper(model.upper(j));
            }
            if (model.type(j) != VariableType.CONTINUOUS) {
                v.integer(true);
            }
            if (model.objective(j) != 0) {
                v.weight(model.objective(j));
            }
            variables[j] = v;
        }
        for (int r = 0; r < model.rowCount(); r++) {
            Expression row = ojModel.addExpression(model.rowName(r));
            for (int k = model.rowStart(r); k < model.rowEnd(r); k++) {
                row.set(variables[model.entryColumn(k)], model.entryValue(k));
            }
            if (Double.isFinite(model.rowLower(r))) {
                row.lower(model.rowLower(r));
            }
            if (Double.isFinite(model.rowUpper(r))) {
                row.upper(model.rowUpper(r));
            }
        }
        return ojModel;
    }

    /** The LP relaxation's optimum, a valid bound on the MILP optimum; NaN when it fails. */
    private static double relaxationBound(LinearModel model, SolveOptions options) {
        LinearModel relaxed = model.relaxation();
        ExpressionsBasedModel ojModel = translate(relaxed, options);
        Optimisation.Result result = relaxed.sense() == LinearModel.Sense.MAXIMISE ? ojModel.maximise()
                : ojModel.minimise();
        if (!result.getState().isOptimal() || result.count() != relaxed.columnCount()) {
            return Double.NaN;
        }
        double[] values = new double[relaxed.columnCount()];
        for (int j = 0; j < values.length; j++) {
            values[j] = result.doubleValue(j);
        }
        return relaxed.objectiveValue(values);
    }

    private static double direction(LinearModel model) {
        return model.sense() == LinearModel.Sense.MAXIMISE ? 1 : -1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s backend", name());
    }
}
