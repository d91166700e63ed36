package org.chargeplan.siting;

/**
 * A valid inequality that tightens the LP relaxation: the energy a site serves is bounded by what
 * it could serve at most, times its open variable,
 *
 * <pre>
 *   Σ_c A_ic ≤ M_i·y_i,   M_i = min( Σ_{d reaches i} E_d,  C_i / h_min,  R_i / h_min )
 * </pre>
 *
 * (with the most capacitated flow charging the site could take added to the first term) where
 * {@code C_i = Σ_k u_k·P_k·N_ik} is the site's largest charger capacity (kW), {@code R_i}
 * the smallest hourly headroom of its transformer (kW) and {@code h_min} the smallest share of any
 * class in the hour concerned. Every feasible plan satisfies it (each hourly row bounds
 * {@code h_min·Σ_c A_ic}), but in the relaxation it stops a barely-open site ({@code y_i} small)
 * from serving energy its chargers or transformer could never carry: the classical strengthening
 * of capacitated facility location models.
 */
final class SiteEnergyBoundFamily {

    private SiteEnergyBoundFamily() {
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        double[] reachable = new double[problem.sites().size()];
        for (int d = 0; d < problem.demand().size(); d++) {
            for (var r : problem.reach().get(d)) {
                reachable[r.target()] += problem.demand().get(d).energyKwhPerDay();
            }
        }
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!ChargerCapacityFamily.hasDemand(m, i)) {
                continue;
            }
            double bound = reachable[i] + m.flowEnergyBoundKwh[i];
            double capacity = 0;
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                capacity += problem.chargerTypes().get(k).usableKw() * problem.sites().get(i).maxChargers(k);
            }
            Site site = problem.sites().get(i);
            // Storage or an upgrade lets a site serve more than its transformer's hourly headroom allows.
            boolean limited = problem.gridLimits() && problem.feeder().isPresent() && site.transformer().isPresent()
                    && m.storageEnergy[i] < 0 && m.upgrade[site.transformer().getAsInt()] < 0;
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double smallestShare = smallestShare(m, i, t);
                if (smallestShare <= 0) {
                    continue;
                }
                bound = Math.min(bound, capacity / smallestShare);
                if (limited) {
                    double headroom = Math.max(0, problem.transformerHeadroomKw(site.transformer().getAsInt(), t));
                    bound = Math.min(bound, headroom / smallestShare);
                }
            }
            m.builder.startRow("site_energy_" + site.id());
            for (int column : m.classEnergy[i]) {
                if (column >= 0) {
                    m.builder.addEntry(column, 1);
                }
            }
            m.builder.addEntry(m.open[i], -bound);
            m.builder.endRow(Double.NEGATIVE_INFINITY, 0);
        }
    }

    /** The smallest profile share in hour t among the classes that can reach site i. */
    private static double smallestShare(SitingModel m, int site, int hour) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < m.problem.profiles().size(); c++) {
            if (m.classEnergy[site][c] >= 0) {
                smallest = Math.min(smallest, m.problem.profiles().get(c).share(hour));
            }
        }
        return smallest;
    }
}
