package org.chargeplan.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The front's repair ({@link PlanPool}): a point whose own solve came out costlier than a plan found
 * for a higher target takes that plan; AC-rejected plans come last; ties go to the plan serving
 * more, then to the point's own. On random pools the choices rise in cost and served value with the
 * floor, checked against a plain scan over every pair. Seeds are fixed and named on failure.
 */
class PlanPoolTest {

    @Test
    void aCheaperPlanServingMoreReplacesACostlierOwnPlan() {
        PlanPool<String> pool = new PlanPool<>();
        pool.add("upper", "point-3", true, 80, 500);
        pool.add("own of point 2", "point-2", true, 61, 520); // stopped at a gap: costs more than point 3's
        assertEquals("upper", pool.best(60, "point-2").orElseThrow().item());
        assertEquals("upper", pool.best(80, "point-3").orElseThrow().item());
        assertTrue(pool.best(80.01, "").isEmpty(), "nothing serves more than 80");
    }

    @Test
    void acRejectedPlansComeAfterEveryAcFeasiblePlan() {
        PlanPool<String> pool = new PlanPool<>();
        pool.add("cheap but rejected", "point-1", false, 70, 100);
        pool.add("dear", "point-2", true, 70, 900);
        assertEquals("dear", pool.best(50, "point-1").orElseThrow().item());
    }

    @Test
    void equalCostGoesToTheMoreServedThenToTheOwnPlan() {
        PlanPool<String> pool = new PlanPool<>();
        pool.add("less served", "point-1", true, 50, 300);
        pool.add("more served", "point-2", true, 55, 300 * (1 + 1e-12)); // round-off counts as a tie
        pool.add("same as point 2", "point-3", true, 55, 300);
        assertEquals("more served", pool.best(40, "point-1").orElseThrow().item());
        assertEquals("same as point 2", pool.best(40, "point-3").orElseThrow().item());
        assertEquals("more served", pool.best(40, "point-9").orElseThrow().item(), "then the earliest");
    }

    @Test
    void aFloorIsMetWithinTheCheckersTolerance() {
        PlanPool<String> pool = new PlanPool<>();
        pool.add("just under", "point-1", true, 1000 * (1 - 5e-7), 10);
        pool.add("well over", "point-2", true, 2000, 20);
        assertEquals("just under", pool.best(1000, "").orElseThrow().item());
        assertEquals("well over", pool.best(1000 * (1 + 2e-6), "").orElseThrow().item());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void choicesRiseWithTheFloorOnRandomPools(long seed) {
        Random random = new Random(seed);
        PlanPool<Integer> pool = new PlanPool<>();
        int size = 3 + random.nextInt(10);
        double[] served = new double[size];
        double[] cost = new double[size];
        for (int i = 0; i < size; i++) {
            served[i] = random.nextInt(6) * 10; // repeats on purpose: ties in served value
            cost[i] = random.nextInt(5) * 100; // and in cost
            pool.add(i, "point-" + (i % 4), true, served[i], cost[i]);
        }
        double[] floors = {0, 5, 10, 20, 25, 30, 40, 50};
        Integer[] chosen = new Integer[floors.length];
        for (int f = 0; f < floors.length; f++) {
            chosen[f] = pool.best(floors[f], "point-" + (f % 4)).map(PlanPool.Entry::item).orElse(null);
            double expected = Double.POSITIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                if (served[i] >= floors[f]) {
                    expected = Math.min(expected, cost[i]);
                }
            }
            if (chosen[f] == null) {
                assertTrue(Double.isInfinite(expected), "seed " + seed + ": a plan meets floor " + floors[f]);
                continue;
            }
            assertEquals(expected, cost[chosen[f]], "least cost at floor " + floors[f] + ", seed " + seed);
        }
        for (int f = 1; f < floors.length; f++) {
            if (chosen[f] == null) {
                continue;
            }
            int lower = chosen[f - 1];
            int upper = chosen[f];
            assertTrue(cost[lower] <= cost[upper] && served[lower] <= served[upper], "seed " + seed + ": floor "
                    + floors[f - 1] + " takes plan " + lower + " (" + served[lower] + ", " + cost[lower] + "), floor "
                    + floors[f] + " plan " + upper + " (" + served[upper] + ", " + cost[upper] + ")");
        }
    }
}
