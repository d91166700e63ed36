package org.chargeplan.siting;

import org.chargeplan.demand.DemandPoint;
import org.chargeplan.solve.VariableType;

/**
 * Demand allocation, in the strong form of the capacitated facility location model:
 *
 * <pre>
 *   0 ≤ a_di ≤ y_i          for every pair within reach (strong linking; tighter LP bound than Σ_d a_di ≤ |D|·y_i;
 *                           left out for existing sites, whose y_i is fixed at 1)
 *   Σ_i a_di ≤ 1            for every demand point d
 *   A_ic = Σ_{d ∈ c} E_d·a_di   served energy of class c at site i, kWh/day
 * </pre>
 *
 * Aggregating by class first lets the hourly rows use {@code A_ic} (one entry per class) instead
 * of every pair (DESIGN.md); the capacitated flows' charging ({@link RangeFamily}) joins
 * {@code A_ic} of their class. The served energy {@code Σ_d E_d Σ_i a_di} is the objective when
 * maximising, and with the flows' weighted served trips a floor when one is given.
 */
final class CoverageFamily {

    private CoverageFamily() {
    }

    static void add(SitingModel m, boolean maximiseServed, double minimumServedKwh) {
        var b = m.builder;
        var problem = m.problem;
        for (int d = 0; d < problem.demand().size(); d++) {
            DemandPoint point = problem.demand().get(d);
            var reach = problem.reach().get(d);
            m.share[d] = new int[reach.size()];
            for (int p = 0; p < reach.size(); p++) {
                int site = reach.get(p).target();
                String name = "a_" + point.id() + "_" + problem.sites().get(site).id();
                m.share[d][p] = b.addColumn(name, 0, 1, VariableType.CONTINUOUS,
                        maximiseServed ? point.energyKwhPerDay() : 0);
                if (problem.sites().get(site).existing()) {
                    continue; // y_i is fixed at 1: the row is the share's own upper bound
                }
                b.startRow("open_" + point.id() + "_" + problem.sites().get(site).id());
                b.addEntry(m.share[d][p], 1);
                b.addEntry(m.open[site], -1);
                b.endRow(Double.NEGATIVE_INFINITY, 0);
            }
            if (reach.size() > 1) {
                b.startRow("once_" + point.id());
                for (int column : m.share[d]) {
                    b.addEntry(column, 1);
                }
                b.endRow(Double.NEGATIVE_INFINITY, 1);
            }
        }
        addClassEnergy(m);
        if (minimumServedKwh > 0) {
            b.startRow("served_floor");
            for (int d = 0; d < problem.demand().size(); d++) {
                for (int column : m.share[d]) {
                    b.addEntry(column, problem.demand().get(d).energyKwhPerDay());
                }
            }
            for (double[] term : m.servedTerms) {
                b.addEntry((int) term[0], term[1]);
            }
            b.endRow(minimumServedKwh, Double.POSITIVE_INFINITY);
        }
    }

    private static void addClassEnergy(SitingModel m) {
        var b = m.builder;
        var problem = m.problem;
        int classes = problem.profiles().size();
        int siteCount = problem.sites().size();
        // pairsAt[i][c] lists the (demand, reach position) pairs of class c that can reach site i.
        java.util.List<java.util.List<java.util.List<int[]>>> pairsAt = new java.util.ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            java.util.List<java.util.List<int[]>> byClass = new java.util.ArrayList<>();
            for (int c = 0; c < classes; c++) {
                byClass.add(new java.util.ArrayList<>());
            }
            pairsAt.add(byClass);
        }
        for (int d = 0; d < problem.demand().size(); d++) {
            int c = problem.classIndex(problem.demand().get(d));
            var reach = problem.reach().get(d);
            for (int p = 0; p < reach.size(); p++) {
                pairsAt.get(reach.get(p).target()).get(c).add(new int[] {d, p});
            }
        }
        int flowClass = problem.flows().map(f -> problem.classIndex(f.demandClass())).orElse(-1);
        for (int i = 0; i < siteCount; i++) {
            for (int c = 0; c < classes; c++) {
                var pairs = pairsAt.get(i).get(c);
                var flowTerms = c == flowClass ? m.flowEnergy.get(i) : java.util.List.<double[]>of();
                if (pairs.isEmpty() && flowTerms.isEmpty()) {
                    continue;
                }
                String suffix = problem.sites().get(i).id() + "_" + problem.profiles().get(c).demandClass();
                m.classEnergy[i][c] = b.addColumn("A_" + suffix, 0, Double.POSITIVE_INFINITY,
                        VariableType.CONTINUOUS, 0);
                b.startRow("energy_" + suffix);
                b.addEntry(m.classEnergy[i][c], 1);
                for (int[] pair : pairs) {
                    b.addEntry(m.share[pair[0]][pair[1]], -problem.demand().get(pair[0]).energyKwhPerDay());
                }
                for (double[] term : flowTerms) {
                    b.addEntry((int) term[0], -term[1]);
                }
                b.endRow(0, 0);
            }
        }
    }
}
