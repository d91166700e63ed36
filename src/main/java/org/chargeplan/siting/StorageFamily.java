package org.chargeplan.siting;

import org.chargeplan.scenario.StorageOption;
import org.chargeplan.solve.VariableType;

/**
 * Battery storage beside each site that has demand (when the scenario offers storage): energy
 * capacity {@code E_i} (kWh) and power {@code P_i} (kW) sized by the model, hourly charge
 * {@code ch_it} and discharge {@code dis_it} (kWh in the hour, i.e. mean kW) and the stored energy
 * {@code s_it} at the start of hour {@code t}:
 *
 * <pre>
 *   s_i,t+1 = s_it + η_c·ch_it − dis_it/η_d        (t = 0..23, s_i,24 ≡ s_i0: the day is cyclic)
 *   σ_min·E_i ≤ s_it ≤ σ_max·E_i,   ch_it ≤ P_i,   dis_it ≤ P_i
 *   E_i ≤ E_max·y_i,   P_i ≤ P_max·y_i
 *   g_it = Σ_c h_ct·A_ic + ch_it − dis_it ≥ 0      (no export: the battery feeds the chargers only)
 * </pre>
 *
 * with {@code η_c = η_d = √η} for round-trip efficiency {@code η}: the usual energy-balance
 * battery model of unit-commitment and microgrid sizing MILPs (e.g. Pozo, Contreras and Sauma,
 * IEEE Trans. Power Syst. 29(1), 2014), here over one cyclic design day. Charging and discharging
 * in the same hour is not excluded; it only loses energy, which no objective here rewards.
 */
final class StorageFamily {

    private StorageFamily() {
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        if (!problem.storageOffered()) {
            return;
        }
        StorageOption option = problem.investment().storage().orElseThrow();
        var b = m.builder;
        int hours = SitingProblem.HOURS;
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!ChargerCapacityFamily.hasDemand(m, i)) {
                continue;
            }
            String id = problem.sites().get(i).id();
            m.storageEnergy[i] = b.addColumn("storage_kwh_" + id, 0, option.maxKwhPerSite(), VariableType.CONTINUOUS, 0);
            m.storagePower[i] = b.addColumn("storage_kw_" + id, 0, option.maxKwPerSite(), VariableType.CONTINUOUS, 0);
            link(m, "storage_kwh_link_" + id, m.storageEnergy[i], option.maxKwhPerSite(), i);
            link(m, "storage_kw_link_" + id, m.storagePower[i], option.maxKwPerSite(), i);
            m.storageCharge[i] = new int[hours];
            m.storageDischarge[i] = new int[hours];
            m.storageLevel[i] = new int[hours];
            for (int t = 0; t < hours; t++) {
                m.storageCharge[i][t] = b.addColumn("charge_" + id + "_h" + t, 0, Double.POSITIVE_INFINITY,
                        VariableType.CONTINUOUS, 0);
                m.storageDischarge[i][t] = b.addColumn("discharge_" + id + "_h" + t, 0, Double.POSITIVE_INFINITY,
                        VariableType.CONTINUOUS, 0);
                m.storageLevel[i][t] = b.addColumn("soc_" + id + "_h" + t, 0, Double.POSITIVE_INFINITY,
                        VariableType.CONTINUOUS, 0);
            }
            for (int t = 0; t < hours; t++) {
                bounded(m, "charge_max_" + id + "_h" + t, m.storageCharge[i][t], 1, m.storagePower[i], -1);
                bounded(m, "discharge_max_" + id + "_h" + t, m.storageDischarge[i][t], 1, m.storagePower[i], -1);
                bounded(m, "soc_max_" + id + "_h" + t, m.storageLevel[i][t], 1, m.storageEnergy[i], -option.maxSoc());
                bounded(m, "soc_min_" + id + "_h" + t, m.storageLevel[i][t], -1, m.storageEnergy[i], option.minSoc());
                b.startRow("soc_balance_" + id + "_h" + t);
                b.addEntry(m.storageLevel[i][(t + 1) % hours], 1);
                b.addEntry(m.storageLevel[i][t], -1);
                b.addEntry(m.storageCharge[i][t], -option.chargeEfficiency());
                b.addEntry(m.storageDischarge[i][t], 1 / option.dischargeEfficiency());
                b.endRow(0, 0);
                b.startRow("grid_draw_" + id + "_h" + t);
                GridDraw.addToRow(m, i, t, 1);
                b.endRow(0, Double.POSITIVE_INFINITY);
            }
        }
    }

    /** {@code column ≤ max·y_i}. */
    private static void link(SitingModel m, String name, int column, double max, int site) {
        bounded(m, name, column, 1, m.open[site], -max);
    }

    /** {@code a·x + c·z ≤ 0}. */
    private static void bounded(SitingModel m, String name, int x, double a, int z, double c) {
        m.builder.startRow(name);
        m.builder.addEntry(x, a);
        m.builder.addEntry(z, c);
        m.builder.endRow(Double.NEGATIVE_INFINITY, 0);
    }
}
