package org.chargeplan.siting;

import org.chargeplan.solve.VariableType;

/**
 * Site and charger decisions: {@code y_i ∈ {0,1}}, {@code n_ik ∈ ℤ, e_ik ≤ n_ik ≤ N_ik},
 * linked by {@code n_ik ≤ N_ik·y_i}; an existing site (with {@code e_ik > 0} installed chargers)
 * has {@code y_i = 1} fixed, and its linking rows are left out (they repeat the bounds).
 */
final class SiteFamily {

    private SiteFamily() {
    }

    static void add(SitingModel m) {
        var b = m.builder;
        for (int i = 0; i < m.problem.sites().size(); i++) {
            Site site = m.problem.sites().get(i);
            double lowerOpen = site.existing() ? 1 : 0;
            m.open[i] = b.addColumn("y_" + site.id(), lowerOpen, 1, VariableType.BINARY, 0);
            for (int k = 0; k < m.problem.chargerTypes().size(); k++) {
                String type = m.problem.chargerTypes().get(k).id();
                int max = site.maxChargers(k);
                m.chargers[i][k] = b.addColumn("n_" + site.id() + "_" + type, site.existingChargers(k), max,
                        VariableType.INTEGER, 0);
                if (site.existing()) {
                    continue; // y_i is fixed at 1: the row is n_ik's own upper bound
                }
                b.startRow("link_" + site.id() + "_" + type);
                b.addEntry(m.chargers[i][k], 1);
                b.addEntry(m.open[i], -max);
                b.endRow(Double.NEGATIVE_INFINITY, 0);
            }
        }
    }
}
