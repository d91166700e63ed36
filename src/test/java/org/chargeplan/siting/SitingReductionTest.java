package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reductions keep the optimum: random instances with injected co-located demand (copies of
 * each point with other energies) and a site nobody reaches give the same optimum solved whole
 * (the unreduced model) and through the reductions, and the mapped-back plan passes the
 * independent checker on the whole problem.
 */
class SitingReductionTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void reducedAndWholeModelsHaveTheSameOptimum(long seed) {
        Objective.Kind kind = seed % 2 == 0 ? Objective.Kind.MIN_COST : Objective.Kind.MAX_COVERAGE;
        SitingProblem problem = withDuplicates(RandomInstances.generate(seed, kind), seed);
        SitingReduction reduction = SitingReduction.of(problem);
        assertTrue(reduction.reduced().demand().size() <= problem.demand().size() / 2, "seed " + seed + ": " + reduction.summary());
        assertTrue(reduction.reduced().sites().size() < problem.sites().size(), "seed " + seed + ": " + reduction.summary());
        assertEquals(problem.totalDemandKwh(), reduction.reduced().totalDemandKwh(), 1e-9, "seed " + seed);

        SitingModel.Goal goal = kind == Objective.Kind.MIN_COST ? SitingModel.Goal.MIN_COST : SitingModel.Goal.MAX_SERVED;
        double floor = kind == Objective.Kind.MIN_COST ? problem.objective().coverageTarget() * problem.totalDemandKwh() : 0;
        SitingModel whole = SitingModel.build(problem, goal, floor);
        SolveResult direct = new HighsBackend().solve(whole.linearModel(), EXACT);
        SitingResult reduced = SitingSolver.solve(problem, new HighsBackend(), EXACT);

        assertEquals(direct.status(), reduced.status(), "seed " + seed);
        if (direct.status() != SolveStatus.OPTIMAL) {
            return;
        }
        assertEquals(direct.objective() + whole.objectiveConstant(), reduced.objective(),
                1e-6 * Math.max(1, Math.abs(direct.objective())), "seed " + seed);
        Plan plan = reduced.plan().orElseThrow();
        assertEquals(problem.sites().size(), plan.sites().size(), "seed " + seed);
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), "seed " + seed + ": " + PlanChecker.check(problem, plan));
        if (kind == Objective.Kind.MAX_COVERAGE) {
            assertEquals(direct.objective(), PlanMetrics.of(problem, plan).totalServedKwh(),
                    1e-6 * Math.max(1, direct.objective()), "seed " + seed);
        }
    }

    /** Each demand point twice more (other energies, same class and reach), plus an unreachable site. */
    private static SitingProblem withDuplicates(SitingProblem p, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<DemandPoint> demand = new ArrayList<>();
        List<List<ReachSets.Reach>> reach = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (int d = 0; d < p.demand().size(); d++) {
                DemandPoint point = p.demand().get(d);
                double energy = copy == 0 ? point.energyKwhPerDay() : 50 + random.nextInt(400);
                demand.add(new DemandPoint(point.id() + "_" + copy, point.position(), point.roadNode(), energy,
                        point.demandClass()));
                reach.add(p.reach().get(d));
            }
        }
        List<Site> sites = new ArrayList<>(p.sites());
        int types = p.chargerTypes().size();
        sites.add(new Site("nobody", new LonLat(0.5, 0.5), 0, OptionalInt.empty(), OptionalInt.empty(), 1,
                Collections.nCopies(types, 2), Collections.nCopies(types, 0)));
        return new SitingProblem(sites, demand, reach, p.chargerTypes(), p.profiles(), p.feeder(), p.objective(),
                p.gridLimits());
    }
}
