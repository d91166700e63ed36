package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.road.ReachSets;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;

/**
 * A siting model over a subset of the sites, and the way back: a solution of the restricted model,
 * with every column of a left-out site at zero, is a point of the full model. Built from the
 * problem restricted to the kept sites (pairs to other sites dropped), so its size is a fraction
 * of the full model's; its columns carry the full model's names, by which a solution is mapped
 * back and then checked against every row of the full model. Used by the {@link WarmStart} (the
 * LP of a design over its open sites) and by the {@link KernelSearch} (a MIP over a kernel of
 * promising sites). Not with range-limited flows, whose paths may need any site.
 */
final class RestrictedModel {

    private final SitingModel full;
    private final SitingModel small;
    private final int[] newIndex;

    private RestrictedModel(SitingModel full, SitingModel small, int[] newIndex) {
        this.full = full;
        this.small = small;
        this.newIndex = newIndex;
    }

    /**
     * The model of {@code full}'s goal and served floor over the sites with {@code keep[i]} (by
     * the full problem's site index; existing sites should be kept, since their plan is fixed).
     */
    static RestrictedModel of(SitingModel full, boolean[] keep) {
        SitingProblem problem = full.problem;
        List<Site> kept = new ArrayList<>();
        int[] newIndex = new int[problem.sites().size()];
        for (int i = 0; i < newIndex.length; i++) {
            newIndex[i] = keep[i] ? kept.size() : -1;
            if (keep[i]) {
                kept.add(problem.sites().get(i));
            }
        }
        List<List<ReachSets.Reach>> reach = new ArrayList<>();
        for (List<ReachSets.Reach> list : problem.reach()) {
            List<ReachSets.Reach> within = new ArrayList<>();
            for (ReachSets.Reach r : list) {
                if (newIndex[r.target()] >= 0) {
                    within.add(new ReachSets.Reach(newIndex[r.target()], r.minutes()));
                }
            }
            reach.add(within);
        }
        SitingProblem restricted = new SitingProblem(kept, problem.demand(), reach, problem.chargerTypes(),
                problem.profiles(), problem.feeder(), problem.objective(), problem.gridLimits(), problem.margins(),
                Optional.empty(), problem.investment());
        return new RestrictedModel(full, SitingModel.build(restricted, full.goal, full.minimumServedKwh), newIndex);
    }

    /** The restricted siting model. */
    SitingModel model() {
        return small;
    }

    /** Index of full-problem site {@code i} in the restricted model, or -1 when left out. */
    int siteIndex(int i) {
        return newIndex[i];
    }

    /** Number of kept sites. */
    int siteCount() {
        return small.problem.sites().size();
    }

    /**
     * A solution of {@code solved} (the restricted linear model, or one derived from it with the
     * same columns, such as with some columns fixed) as a point of the full model: FEASIBLE with
     * the full model's objective, or empty when it has no solution, the names cannot be mapped
     * (ids whose column names repeat) or the point fails a row of the full model.
     */
    Optional<SolveResult> lift(LinearModel solved, SolveResult result) {
        if (!result.status().hasSolution()) {
            return Optional.empty();
        }
        Optional<Map<String, Integer>> names = full.columnsByName();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> byName = names.get();
        LinearModel whole = full.linearModel();
        double[] point = new double[whole.columnCount()];
        for (int j = 0; j < solved.columnCount(); j++) {
            point[byName.get(solved.columnName(j))] = result.value(j);
        }
        if (!whole.satisfies(point, 1e-6)) {
            return Optional.empty();
        }
        return Optional.of(new SolveResult(SolveStatus.FEASIBLE, whole.objectiveValue(point), Double.NaN, Double.NaN,
                point, result.solver(), result.seconds()));
    }
}
