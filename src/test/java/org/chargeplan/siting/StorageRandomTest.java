package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.chargeplan.scenario.CostPart;
import org.chargeplan.scenario.Economics;
import org.chargeplan.scenario.Investment;
import org.chargeplan.scenario.Objective;
import org.chargeplan.scenario.StorageOption;
import org.chargeplan.scenario.UpgradeOption;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.IndependentSolvers;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.MpsWriter;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random instances ({@link RandomInstances}) with batteries, transformer upgrades and annual costs
 * drawn from the seed. For each: the plan HiGHS finds passes the {@link PlanChecker} (its battery
 * schedules replayed with losses, upgraded limits, grid draw); its cost, recomputed from the plan
 * by {@link PlanMetrics}, equals the optimum CBC proves on the exported MPS of the same model (CBC
 * shares no code with chargeplan or HiGHS); and offering storage and upgrades never makes the
 * optimum worse than the same instance without them. Seeds are fixed and named on failure.
 */
class StorageRandomTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void minCostPlansAreFeasibleOptimalAndNoWorseThanWithout(long seed) throws Exception {
        SitingProblem plain = RandomInstances.generate(seed, Objective.Kind.MIN_COST);
        SitingProblem problem = plain.withInvestment(investment(seed));
        String label = "seed " + seed + " (" + problem.investment() + ")";
        SitingResult result = SitingSolver.solve(problem, new HighsBackend(), EXACT);
        SitingResult without = SitingSolver.solve(plain, new HighsBackend(), EXACT);
        if (result.status() == SolveStatus.INFEASIBLE) {
            assertEquals(SolveStatus.INFEASIBLE, without.status(), "storage and upgrades can only help, " + label);
            return;
        }
        assertEquals(SolveStatus.OPTIMAL, result.status(), label);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), label + ": " + PlanChecker.check(problem, plan));
        double cost = PlanMetrics.of(problem, plan).totalCost();
        if (without.status() == SolveStatus.OPTIMAL) {
            double before = PlanMetrics.of(plain, without.plan().orElseThrow()).totalCost();
            double same = PlanMetrics.of(problem, without.plan().orElseThrow()).totalCost();
            assertTrue(cost <= same + 1e-6 * Math.max(1, same), "the plan without storage is a candidate too, " + label
                    + ": " + cost + " > " + same + " (plain cost " + before + ")");
        }
        assumeTrue(IndependentSolvers.installed("cbc"), "cbc not installed (.ci/run installs it); skipping the CBC part");
        double floor = problem.objective().coverageTarget() * problem.totalDemandValue();
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MIN_COST, floor);
        Path mps = folder.resolve("model.mps");
        try (Writer out = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
            MpsWriter.write(model.linearModel(), "storage", List.of("seed " + seed), out);
        }
        OptionalDouble optimum = IndependentSolvers.cbc(mps);
        assertTrue(optimum.isPresent(), "CBC proved no optimum, " + label);
        assertEquals(optimum.getAsDouble() + model.objectiveConstant(), cost, 1e-6 * Math.max(1, Math.abs(cost)),
                "CBC's optimum against the plan's cost, " + label);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void maxCoveragePlansServeAtLeastAsMuchWithStorage(long seed) {
        SitingProblem plain = RandomInstances.generate(seed, Objective.Kind.MAX_COVERAGE);
        SitingProblem problem = plain.withInvestment(investment(seed));
        String label = "seed " + seed;
        SitingResult result = SitingSolver.solve(problem, new HighsBackend(), EXACT);
        SitingResult without = SitingSolver.solve(plain, new HighsBackend(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, result.status(), label);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), label + ": " + PlanChecker.check(problem, plan));
        double served = PlanMetrics.of(problem, plan).totalServedKwh();
        double before = PlanMetrics.of(plain, without.plan().orElseThrow()).totalServedKwh();
        assertTrue(served >= before - 1e-6 * Math.max(1, before), label + ": " + served + " < " + before);
    }

    /** The instances are not vacuous: some optimal plans buy batteries, some buy upgrades. */
    @org.junit.jupiter.api.Test
    void theInstancesExerciseStorageAndUpgrades() {
        int withStorage = 0;
        int withUpgrades = 0;
        for (long seed = 1; seed <= 12; seed++) {
            SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MIN_COST).withInvestment(investment(seed));
            var plan = SitingSolver.solve(problem, new HighsBackend(), EXACT).plan();
            withStorage += plan.filter(p -> !p.storage().isEmpty()).isPresent() ? 1 : 0;
            withUpgrades += plan.filter(p -> !p.upgrades().isEmpty()).isPresent() ? 1 : 0;
        }
        assertTrue(withStorage >= 2 && withUpgrades >= 2, "plans with storage " + withStorage + ", with upgrades "
                + withUpgrades + " of 12");
    }

    /** Cheap enough to matter: batteries, upgrades, and on odd seeds the annual basis with a subsidy. */
    static Investment investment(long seed) {
        Random random = new Random(seed * 7919);
        StorageOption storage = new StorageOption(20 + random.nextInt(200), random.nextInt(100),
                0.7 + 0.3 * random.nextDouble(), 0.1 * random.nextDouble(), 0.9 + 0.1 * random.nextDouble(),
                50 + random.nextInt(300), 20 + random.nextInt(100));
        UpgradeOption upgrades = new UpgradeOption(20 + random.nextInt(80), 2000 + random.nextInt(20000),
                1 + random.nextInt(2));
        Economics economics = Economics.CAPITAL_ONLY;
        if (seed % 2 == 1) {
            List<Double> prices = new ArrayList<>();
            for (int t = 0; t < 24; t++) {
                prices.add(0.05 + 0.3 * random.nextDouble());
            }
            economics = new Economics(0.03 + 0.05 * random.nextDouble(), Economics.lifetimes(15,
                    Map.of(CostPart.STORAGE, 10.0, CostPart.UPGRADES, 40.0)), 0.3 * random.nextDouble(), prices,
                    10 * random.nextDouble(), 1000 * random.nextDouble(), 365);
        }
        return new Investment(Optional.of(storage), Optional.of(upgrades), economics);
    }
}
