package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chargeplan.pareto.FrontAssertions;
import org.chargeplan.pareto.ParetoFront;
import org.chargeplan.pareto.ParetoPoint;
import org.chargeplan.pareto.ParetoSweep;
import org.chargeplan.scenario.Objective;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cost-versus-coverage front ({@link ParetoSweep}) on random tiny instances against exhaustive
 * enumeration ({@link BruteForceSiting#designs()}: every site subset and charger count within the
 * budget, each scored by max flow): the front's ends are the most that can be served within the
 * budget and with nothing new, and each point's cost is the least cost of any design serving its
 * target. With a loose gap the points are not optimal, and the front must still be monotone (more
 * served never costs less) with every plan passing the checker. Lives beside the brute-force
 * reference it uses (package-private here). Seeds are fixed; a failure names its seed.
 */
class ParetoBruteForceTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);
    private static final SolveOptions LOOSE = new SolveOptions(60, 0.3, 1);

    static Stream<Arguments> cases() {
        return Stream.of("highs", "ojalgo").flatMap(solver -> LongStream.rangeClosed(1, 12)
                .mapToObj(seed -> Arguments.of(solver, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void pointsCostTheEnumeratedMinimumForTheirTargets(String solver, long seed) {
        SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MAX_COVERAGE);
        int count = 2 + (int) (seed % 4);
        String name = solver + " seed " + seed + ", " + count + " points";
        List<double[]> designs = new BruteForceSiting(problem).designs();
        double total = problem.totalDemandValue();
        double high = designs.stream().mapToDouble(d -> d[0]).max().orElseThrow();
        double low = designs.stream().filter(d -> d[1] <= 1e-9).mapToDouble(d -> d[0]).max().orElse(0);

        ParetoFront front = ParetoSweep.run(problem, count, Solvers.byName(solver).orElseThrow(), EXACT);

        List<ParetoPoint> points = front.points();
        assertEquals(count, points.size(), name);
        assertEquals(low / total, points.get(0).servedShare(), 1e-6, "lower end (nothing new), " + name);
        assertEquals(high / total, points.get(count - 1).servedShare(), 1e-6, "upper end (max coverage), " + name);
        for (ParetoPoint p : points) {
            double floor = p.targetShare() * total;
            double expected = designs.stream().filter(d -> d[0] >= floor - 1e-9 * Math.max(1, floor))
                    .mapToDouble(d -> d[1]).min().orElseThrow();
            assertEquals(expected, p.totalCost(), 1e-6 * Math.max(1, expected),
                    "least cost at target " + p.targetShare() + " (point " + p.point() + "), " + name);
        }
        FrontAssertions.assertCheckedAndMonotone(problem, front, name);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void looseGapFrontIsStillMonotoneAndChecked(String solver, long seed) {
        SitingProblem problem = RandomInstances.generate(100 + seed, Objective.Kind.MAX_COVERAGE);
        ParetoFront front = ParetoSweep.run(problem, 6, Solvers.byName(solver).orElseThrow(), LOOSE);
        FrontAssertions.assertCheckedAndMonotone(problem, front, solver + " seed " + (100 + seed) + ", gap 0.3");
    }
}
