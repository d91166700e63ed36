package org.chargeplan.siting;

import java.util.List;

/**
 * Hourly charger capacity at each site: the energy charged in hour {@code t} cannot exceed what
 * the chargers deliver,
 *
 * <pre>
 *   Σ_c h_ct·A_ic ≤ Σ_k u_k·P_k·n_ik      for every site i and every non-dominated hour t
 * </pre>
 *
 * with {@code h_ct} the class profile share, {@code u_k} the utilisation and {@code P_k} the rated
 * power of type {@code k} (kW). Dominated hours are left out ({@link HourSelection}).
 */
final class ChargerCapacityFamily {

    private ChargerCapacityFamily() {
    }

    static void add(SitingModel m) {
        var b = m.builder;
        var problem = m.problem;
        List<Integer> hours = HourSelection.nonDominated(problem.profiles(), SitingProblem.HOURS);
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!hasDemand(m, i)) {
                continue;
            }
            for (int t : hours) {
                b.startRow("capacity_" + problem.sites().get(i).id() + "_h" + t);
                for (int c = 0; c < problem.profiles().size(); c++) {
                    if (m.classEnergy[i][c] >= 0) {
                        b.addEntry(m.classEnergy[i][c], problem.profiles().get(c).share(t));
                    }
                }
                for (int k = 0; k < problem.chargerTypes().size(); k++) {
                    b.addEntry(m.chargers[i][k], -problem.chargerTypes().get(k).usableKw());
                }
                b.endRow(Double.NEGATIVE_INFINITY, 0);
            }
        }
    }

    static boolean hasDemand(SitingModel m, int site) {
        for (int column : m.classEnergy[site]) {
            if (column >= 0) {
                return true;
            }
        }
        return false;
    }
}
