package org.chargeplan.solve;

import org.ojalgo.function.multiary.MultiaryFunction;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.integer.ModelStrategy;
import org.ojalgo.optimisation.integer.NodeKey;
import org.ojalgo.structure.Access1D;

/**
 * A plain branch-and-bound strategy for ojAlgo's integer solver: branch on binary variables
 * before general integers (deciding which sites open before how many chargers they get), the most
 * fractional first, and never add cutting planes.
 *
 * <p>Why: with ojAlgo 56.2's default strategy (pseudo-cost branching with Gomory mixed-integer
 * cuts) our exhaustive-enumeration test found instances where it reported a suboptimal solution
 * as optimal and a feasible model as infeasible, while the same models with the integers fixed
 * solved correctly as LPs. Without cuts, every node bound is an LP bound of the original rows,
 * which is what branch and bound needs to be exact.
 */
final class PlainBranchingStrategy extends ModelStrategy {

    private final boolean[] binary;

    PlainBranchingStrategy(ExpressionsBasedModel model, IntegerStrategy strategy) {
        super(model, strategy);
        cutting = false;
        binary = new boolean[countIntegerVariables()];
        var variables = model.getVariables();
        for (int i = 0; i < binary.length; i++) {
            var v = variables.get(getIndex(i));
            binary[i] = v.isLowerLimitSet() && v.isUpperLimitSet() && v.getLowerLimit(false, 0) >= 0
                    && v.getUpperLimit(false, 0) <= 1;
        }
    }

    @Override
    protected ModelStrategy initialise(MultiaryFunction.TwiceDifferentiable<Double> function, Access1D<?> point) {
        return this;
    }

    @Override
    protected boolean isCutRatherThanBranch(NodeKey node, int index, double value, double bound,
            Optimisation.Result result) {
        return false;
    }

    @Override
    protected void markInfeasible(NodeKey key, boolean found, double value) {
        // no pseudo-costs to update
    }

    @Override
    protected void markInteger(NodeKey key, Optimisation.Result result) {
        // no pseudo-costs to update
    }

    @Override
    protected void onCutFailure() {
        // cuts are never tried
    }

    @Override
    protected void onCutSuccess(NodeKey key) {
        // cuts are never tried
    }

    @Override
    protected void onNodeSolved(NodeKey key, Optimisation.Result result, double value, boolean integer) {
        // no pseudo-costs to update
    }

    /**
     * Binary variables first, then the most fractional: the score is the distance to the nearest
     * integer, plus 1 for a binary variable.
     *
     * @param index        position among the integer variables
     * @param fractionDown distance to the value rounded down
     * @param fractionUp   distance to the value rounded up
     */
    @Override
    protected double scoreBranch(int index, double fractionDown, double fractionUp, boolean hasIncumbent) {
        return Math.min(fractionDown, fractionUp) + (binary[index] ? 1 : 0);
    }

    @Override
    protected double scoreBranchDown(int index, double fraction, boolean integer) {
        return fraction;
    }

    @Override
    protected double scoreBranchUp(int index, double fraction, boolean integer) {
        return 1 - fraction;
    }
}
