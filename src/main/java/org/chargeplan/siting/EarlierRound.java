package org.chargeplan.siting;

import java.util.Optional;

/**
 * What one round of {@link AcCheckedPlanner} leaves for the next, so that a re-plan after the AC
 * check does not start from scratch: the round's plan, and, when the {@link KernelSearch} solved
 * its max-coverage phase with the {@link LagrangianBound}, the relaxation's bound and its ranking
 * of the sites.
 *
 * <p>A later round only raises the grid margins ({@link GridMargins#atLeast}), so its model is a
 * restriction of this round's: this round's bound holds for it too, and this round's plan, its
 * demand allocated again by the LP under the tighter rows (serving less where a voltage limit now
 * binds), is a plan of it. Both are used only for a problem whose margins are at least those this
 * round had; the ranking only for a model with as many sites. One instance serves the rounds of
 * one {@link AcCheckedPlanner#plan} call, which change nothing but the margins.
 */
final class EarlierRound {

    /**
     * The relaxation's outcome: a bound on the served energy (kWh/day) and a score per site, for
     * the model with these margins.
     */
    record Relaxation(double bound, double[] siteScore, GridMargins margins) {
    }

    private Plan plan;
    private GridMargins margins;
    private Relaxation relaxation;

    /** Nothing known yet (the first round). */
    EarlierRound() {
    }

    /**
     * Records the relaxation of this round's max-coverage model (its reduced form), whose problem
     * has {@code margins}.
     */
    void recordRelaxation(double bound, double[] siteScore, GridMargins margins) {
        if (Double.isFinite(bound) && siteScore != null) {
            relaxation = new Relaxation(bound, siteScore.clone(), margins);
        }
    }

    /** Records this round's plan and the margins of the problem it was planned for. */
    void recordPlan(Plan plan, GridMargins margins) {
        this.plan = plan;
        this.margins = margins;
    }

    /** This round's plan, when {@code problem} restricts this round's (its margins are no lower). */
    Optional<Plan> planFor(SitingProblem problem) {
        return restricts(problem) && plan.sites().size() == problem.sites().size() ? Optional.of(plan)
                : Optional.empty();
    }

    /**
     * The relaxation's bound and ranking, when {@code problem} restricts this round's and its
     * reduced model has {@code siteCount} sites, as this round's had.
     */
    Optional<Relaxation> relaxationFor(SitingProblem problem, int siteCount) {
        return relaxation != null && restricts(problem) && problem.margins().atLeast(relaxation.margins())
                && relaxation.siteScore().length == siteCount
                ? Optional.of(new Relaxation(relaxation.bound(), relaxation.siteScore().clone(), relaxation.margins()))
                : Optional.empty();
    }

    private boolean restricts(SitingProblem problem) {
        return plan != null && problem.margins().atLeast(margins);
    }
}
