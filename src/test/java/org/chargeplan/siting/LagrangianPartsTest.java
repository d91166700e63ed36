package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two exact pieces of the Lagrangian bound against HiGHS solving the same problems written
 * out as LPs: the multiple-choice knapsack relaxation ({@link ChoiceKnapsack}) and one site's
 * best value over two class curves under hourly rows ({@link SiteEnergyValue}), on seeded random
 * data. Also the index sort against the JDK's sort.
 */
class LagrangianPartsTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void choiceKnapsackEqualsItsLp(long seed) {
        Random random = new Random(seed);
        int groups = 3 + random.nextInt(8);
        double[][] cost = new double[groups][];
        double[][] value = new double[groups][];
        double cheapest = 0;
        double dearest = 0;
        for (int g = 0; g < groups; g++) {
            int options = 1 + random.nextInt(6);
            cost[g] = new double[options];
            value[g] = new double[options];
            double least = Double.POSITIVE_INFINITY;
            double most = 0;
            for (int q = 0; q < options; q++) {
                cost[g][q] = random.nextInt(4) == 0 ? 0 : random.nextInt(50); // ties and free options too
                value[g][q] = random.nextInt(5) == 0 ? -random.nextInt(10) : random.nextInt(60);
                least = Math.min(least, cost[g][q]);
                most = Math.max(most, cost[g][q]);
            }
            cheapest += least;
            dearest += most;
        }
        double capacity = cheapest + random.nextDouble() * (dearest - cheapest);
        ChoiceKnapsack.Choice choice = ChoiceKnapsack.relaxed(cost, value, capacity);

        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int[][] x = new int[groups][];
        for (int g = 0; g < groups; g++) {
            x[g] = new int[cost[g].length];
            for (int q = 0; q < cost[g].length; q++) {
                x[g][q] = b.addColumn("x" + g + "_" + q, 0, 1, VariableType.CONTINUOUS, value[g][q]);
            }
            b.startRow("one_" + g);
            for (int column : x[g]) {
                b.addEntry(column, 1);
            }
            b.endRow(1, 1);
        }
        b.startRow("capacity");
        for (int g = 0; g < groups; g++) {
            for (int q = 0; q < cost[g].length; q++) {
                b.addEntry(x[g][q], cost[g][q]);
            }
        }
        b.endRow(Double.NEGATIVE_INFINITY, capacity);
        SolveResult lp = new HighsBackend().solve(b.build(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, lp.status(), "seed " + seed);
        assertEquals(lp.objective(), choice.value(), 1e-7 * Math.max(1, Math.abs(lp.objective())), "seed " + seed);

        // The choice itself is feasible and worth what it says.
        double used = 0;
        double worth = 0;
        for (int g = 0; g < groups; g++) {
            double part = choice.next()[g] >= 0 ? choice.fraction() : 0;
            used += (1 - part) * cost[g][choice.option()[g]] + (part > 0 ? part * cost[g][choice.next()[g]] : 0);
            worth += (1 - part) * value[g][choice.option()[g]] + (part > 0 ? part * value[g][choice.next()[g]] : 0);
        }
        assertTrue(used <= capacity + 1e-9, "seed " + seed + ": uses " + used + " of " + capacity);
        assertEquals(choice.value(), worth, 1e-9 * Math.max(1, Math.abs(worth)), "seed " + seed);
    }

    @Test
    void choiceKnapsackWithoutRoomForTheCheapestIsInfeasible() {
        double[][] cost = {{5, 7}, {3}};
        double[][] value = {{1, 2}, {4}};
        assertTrue(Double.isNaN(ChoiceKnapsack.relaxed(cost, value, 7).value()));
        assertTrue(Double.isNaN(ChoiceKnapsack.exact(cost, value, 7).value()));
    }

    /** A huge finite budget (an "unlimited" one typed as a number) leaves the table to the LP greedy, which takes every best option. */
    @Test
    void hugeBudgetFallsBackToTheGreedy() {
        double[][] cost = {{0, 3, 5}, {0, 2}};
        double[][] value = {{0, 4, 6}, {0, 1}};
        for (double capacity : new double[] {1e18, Double.MAX_VALUE}) {
            assertTrue(ChoiceKnapsack.exact(cost, value, capacity) == null, "capacity " + capacity);
            assertEquals(7, ChoiceKnapsack.solve(cost, value, capacity).value(), 1e-12, "capacity " + capacity);
        }
    }

    /** The exact knapsack against enumerating every choice, on costs in whole thousands. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void exactKnapsackEqualsEnumeration(long seed) {
        Random random = new Random(seed);
        int groups = 2 + random.nextInt(5);
        double[][] cost = new double[groups][];
        double[][] value = new double[groups][];
        for (int g = 0; g < groups; g++) {
            int options = 1 + random.nextInt(4);
            cost[g] = new double[options];
            value[g] = new double[options];
            for (int q = 0; q < options; q++) {
                cost[g][q] = 1000.0 * random.nextInt(40);
                value[g][q] = random.nextInt(6) == 0 ? -random.nextInt(10) : random.nextInt(60);
            }
        }
        double capacity = 1000.0 * random.nextInt(100) + 500; // not itself a multiple of the unit
        double best = Double.NaN;
        int[] pick = new int[groups];
        while (true) {
            double used = 0;
            double worth = 0;
            for (int g = 0; g < groups; g++) {
                used += cost[g][pick[g]];
                worth += value[g][pick[g]];
            }
            if (used <= capacity && !(worth <= best)) {
                best = worth;
            }
            int g = 0;
            while (g < groups && ++pick[g] == cost[g].length) {
                pick[g++] = 0;
            }
            if (g == groups) {
                break;
            }
        }
        ChoiceKnapsack.Choice exact = ChoiceKnapsack.exact(cost, value, capacity);
        String context = "seed " + seed + ": enumeration " + best + ", exact " + exact.value();
        if (Double.isNaN(best)) {
            assertTrue(Double.isNaN(exact.value()), context);
            return;
        }
        assertEquals(best, exact.value(), 1e-9, context);
        double used = 0;
        double worth = 0;
        for (int g = 0; g < groups; g++) {
            used += cost[g][exact.option()[g]];
            worth += value[g][exact.option()[g]];
        }
        assertTrue(used <= capacity, context);
        assertEquals(best, worth, 1e-9, context);
        assertTrue(exact.value() <= ChoiceKnapsack.relaxed(cost, value, capacity).value() + 1e-9, context);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void siteValueEqualsItsLp(long seed) {
        Random random = new Random(seed);
        int classes = 1 + (seed % 4 == 0 ? 0 : 1);
        int rows = 1 + random.nextInt(6);
        double[][] alpha = new double[rows][classes];
        double[] k = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < classes; c++) {
                alpha[r][c] = random.nextInt(5) == 0 ? 0 : 0.02 + random.nextDouble() * 0.2;
            }
            k[r] = random.nextDouble() * 60;
        }
        SiteEnergyValue.Curve[] curves = new SiteEnergyValue.Curve[classes];
        double[][] segmentEnergy = new double[classes][];
        double[][] segmentSlope = new double[classes][];
        for (int c = 0; c < classes; c++) {
            int segments = random.nextInt(12);
            segmentEnergy[c] = new double[segments];
            segmentSlope[c] = new double[segments];
            double slope = 1 + random.nextDouble();
            curves[c] = new SiteEnergyValue.Curve();
            for (int s = 0; s < segments; s++) {
                slope *= 0.5 + 0.5 * random.nextDouble();
                segmentEnergy[c][s] = 1 + random.nextInt(40);
                segmentSlope[c][s] = slope;
                curves[c].append(segmentEnergy[c][s], slope * segmentEnergy[c][s]);
            }
        }
        double[] argmax = new double[classes];
        double upper = SiteEnergyValue.best(curves, alpha, k, argmax);

        LinearModel.Builder b = new LinearModel.Builder(LinearModel.Sense.MAXIMISE);
        int[][] segment = new int[classes][];
        for (int c = 0; c < classes; c++) {
            segment[c] = new int[segmentEnergy[c].length];
            for (int s = 0; s < segment[c].length; s++) {
                segment[c][s] = b.addColumn("e" + c + "_" + s, 0, segmentEnergy[c][s], VariableType.CONTINUOUS,
                        segmentSlope[c][s]);
            }
        }
        for (int r = 0; r < rows; r++) {
            b.startRow("r" + r);
            for (int c = 0; c < classes; c++) {
                for (int column : segment[c]) {
                    b.addEntry(column, alpha[r][c]);
                }
            }
            b.endRow(Double.NEGATIVE_INFINITY, k[r]);
        }
        double optimum = b.columnCount() == 0 ? 0 : new HighsBackend().solve(b.build(), EXACT).objective();
        String context = "seed " + seed + ": LP " + optimum + ", upper " + upper + ", at " + Arrays.toString(argmax);
        assertTrue(upper >= optimum - 1e-9, "below the optimum; " + context);
        // The golden-section search's last interval (2e-7 of its length) times a Lipschitz constant.
        assertEquals(optimum, upper, 1e-5 * Math.max(1, optimum), context);
        // The point found is feasible and worth the optimum.
        double worth = 0;
        for (int c = 0; c < classes; c++) {
            worth += curves[c].at(argmax[c]);
        }
        for (int r = 0; r < rows; r++) {
            double load = 0;
            for (int c = 0; c < classes; c++) {
                load += alpha[r][c] * argmax[c];
            }
            assertTrue(load <= k[r] + 1e-7, "row " + r + " broken; " + context);
        }
        assertEquals(optimum, worth, 1e-5 * Math.max(1, optimum), context);
    }

    @Test
    void siteValueRefusesANegativeRoom() {
        assertTrue(Double.isNaN(SiteEnergyValue.best(new SiteEnergyValue.Curve[1], new double[][] {{1}},
                new double[] {-1}, new double[1])));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void indexSortMatchesTheJdk(long seed) {
        Random random = new Random(seed);
        for (int n : new int[] {0, 1, 5, 24, 25, 100, 1000}) {
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = random.nextInt(20); // many ties
            }
            int[] indices = new int[n];
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                indices[n - 1 - i] = i;
                expected[i] = i;
            }
            IndexSort.descending(indices, key);
            Arrays.sort(expected, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
            assertEquals(Arrays.toString(expected), Arrays.toString(indices), "seed " + seed + " n " + n);
        }
    }
}
