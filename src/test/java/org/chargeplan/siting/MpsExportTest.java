package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.chargeplan.scenario.Objective;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.IndependentSolvers;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.MpsWriter;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.study.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported MPS file means the model the backend solved: CBC and GLPK, which share no code with
 * chargeplan or HiGHS, read it and prove the same optimum (negated for maximisation models, which
 * the file writes as minimisation).
 */
class MpsExportTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);

    @TempDir
    Path folder;

    static Stream<Arguments> cases() {
        return Stream.of("cbc", "glpsol").flatMap(solver -> java.util.stream.LongStream.rangeClosed(1, 12)
                .mapToObj(seed -> Arguments.of(solver, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void randomSitingModelsHaveTheSameOptimum(String solver, long seed) throws Exception {
        assumeTrue(IndependentSolvers.installed(solver), solver + " not installed (.ci/run installs it); skipping");
        Objective.Kind kind = seed % 2 == 0 ? Objective.Kind.MIN_COST : Objective.Kind.MAX_COVERAGE;
        SitingProblem problem = RandomInstances.generate(seed, kind);
        SitingModel.Goal goal = kind == Objective.Kind.MIN_COST ? SitingModel.Goal.MIN_COST : SitingModel.Goal.MAX_SERVED;
        double floor = kind == Objective.Kind.MIN_COST ? problem.objective().coverageTarget() * problem.totalDemandKwh() : 0;
        LinearModel model = SitingModel.build(problem, goal, floor).linearModel();
        compare(model, solver, "seed " + seed);
    }

    @Test
    void siouxFallsSampleHasTheSameOptimumInCbc() throws Exception {
        assumeTrue(IndependentSolvers.installed("cbc"), "cbc not installed (.ci/run installs it); skipping");
        SitingProblem problem = StudyLoader.load(ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml"))).problem();
        compare(SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0).linearModel(), "cbc", "Sioux Falls");
    }

    private void compare(LinearModel model, String solver, String label) throws IOException, InterruptedException {
        SolveResult reference = new HighsBackend().solve(model, EXACT);
        Path mps = folder.resolve("model.mps");
        try (Writer out = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
            MpsWriter.write(model, "test", List.of(label), out);
        }
        OptionalDouble optimum = solver.equals("cbc") ? IndependentSolvers.cbc(mps) : IndependentSolvers.glpk(mps);
        if (reference.status() == SolveStatus.INFEASIBLE) {
            assertTrue(optimum.isEmpty(), solver + " found an optimum of an infeasible model, " + label);
            return;
        }
        assertEquals(SolveStatus.OPTIMAL, reference.status(), label);
        assertTrue(optimum.isPresent(), solver + " proved no optimum, " + label);
        double expected = model.sense() == LinearModel.Sense.MAXIMISE ? -reference.objective() : reference.objective();
        assertEquals(expected, optimum.getAsDouble(), 1e-6 * Math.max(1, Math.abs(expected)), solver + ", " + label);
    }
}
