package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.RadialTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Branch thermal limits by LinDistFlow flows (losses ignored, so a branch carries the loads below
 * it): for each rated, in-service branch {@code l} and hour {@code t},
 *
 * <pre>
 *   Σ_{i below l} Σ_c h_ct·A_ic ≤ √((S_l·(1 − margin))² − Q_lt²) − P_lt
 * </pre>
 *
 * with {@code S_l} the rating (kVA), {@code P_lt}, {@code Q_lt} the base load below the branch
 * (kW, kvar) and charging at unity power factor. When base load alone fills the branch, charging
 * below it is held at zero in that hour and a warning names the branch.
 */
final class BranchFlowFamily {

    private static final Logger LOG = LoggerFactory.getLogger(BranchFlowFamily.class);

    private BranchFlowFamily() {
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        if (problem.feeder().isEmpty() || !problem.gridLimits() || !problem.feeder().get().hasNetwork()) {
            return;
        }
        Feeder feeder = problem.feeder().get();
        if (feeder.branches().stream().noneMatch(b -> b.inService() && b.ratingKva().isPresent())) {
            return;
        }
        RadialTopology tree = RadialTopology.of(feeder).topology().orElseThrow(
                () -> new IllegalStateException("branch thermal rows need a radial feeder"));
        List<List<Integer>> sitesBelow = sitesBelowEachBranch(m, feeder, tree);
        double[][] pBelow = new double[SitingProblem.HOURS][];
        double[][] qBelow = new double[SitingProblem.HOURS][];
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            pBelow[t] = loadBelow(feeder, tree, t, true);
            qBelow[t] = loadBelow(feeder, tree, t, false);
        }
        double keep = 1 - problem.margins().thermalShare();
        for (int l = 0; l < feeder.branches().size(); l++) {
            Branch branch = feeder.branches().get(l);
            if (!branch.inService() || branch.ratingKva().isEmpty() || sitesBelow.get(l).isEmpty()) {
                continue;
            }
            double rating = branch.ratingKva().getAsDouble() * keep;
            int child = childOf(tree, feeder, l);
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double q = qBelow[t][child];
                double headroom = Math.sqrt(Math.max(0, rating * rating - q * q)) - pBelow[t][child];
                if (headroom < 0) {
                    LOG.warn("branch {} is over its rating with base load alone at hour {}; no charging below it then",
                            branch.id(), t);
                }
                m.builder.startRow("branch_" + branch.id() + "_h" + t);
                for (int i : sitesBelow.get(l)) {
                    GridDraw.addToRow(m, i, t, 1);
                }
                m.builder.endRow(Double.NEGATIVE_INFINITY, Math.max(0, headroom));
            }
        }
    }

    /** For each branch, the sites (with demand) whose bus lies below it. */
    private static List<List<Integer>> sitesBelowEachBranch(SitingModel m, Feeder feeder, RadialTopology tree) {
        List<List<Integer>> below = new ArrayList<>();
        for (int l = 0; l < feeder.branches().size(); l++) {
            below.add(new ArrayList<>());
        }
        for (int i = 0; i < m.problem.sites().size(); i++) {
            var bus = m.problem.sites().get(i).bus();
            if (bus.isEmpty() || !ChargerCapacityFamily.hasDemand(m, i)) {
                continue;
            }
            for (int b = bus.getAsInt(); tree.parent(b) >= 0; b = tree.parent(b)) {
                below.get(tree.parentBranch(b)).add(i);
            }
        }
        return below;
    }

    /** Design-day base load (active or reactive) of each bus's subtree in an hour, kW or kvar. */
    private static double[] loadBelow(Feeder feeder, RadialTopology tree, int hour, boolean active) {
        int n = feeder.buses().size();
        double[] sum = new double[n];
        for (int b = 0; b < n; b++) {
            sum[b] = active ? feeder.designBaseKw(b, hour) : feeder.designBaseKvar(b, hour);
        }
        int[] order = tree.order();
        for (int k = n - 1; k > 0; k--) {
            sum[tree.parent(order[k])] += sum[order[k]];
        }
        return sum;
    }

    /** The bus at the far end of a branch (the one whose parent branch it is). */
    private static int childOf(RadialTopology tree, Feeder feeder, int branch) {
        Branch b = feeder.branches().get(branch);
        return tree.parentBranch(b.toBus()) == branch ? b.toBus() : b.fromBus();
    }
}
