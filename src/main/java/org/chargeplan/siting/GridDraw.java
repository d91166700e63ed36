package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid draw of a site in an hour as a linear expression of the model's columns,
 *
 * <pre>
 *   g_it = Σ_c h_ct·A_ic + ch_it − dis_it     (kW, the hour's kWh)
 * </pre>
 *
 * the charging load of its demand classes plus what its battery charges, less what the battery
 * delivers to the chargers ({@link StorageFamily}). Every grid row (transformer, voltage, branch)
 * and every grid cost (energy, demand charge) is written on it.
 */
final class GridDraw {

    private GridDraw() {
    }

    /** The terms of {@code g_it} as {column, coefficient} pairs. */
    static List<double[]> terms(SitingModel m, int site, int hour) {
        List<double[]> terms = new ArrayList<>(4);
        for (int c = 0; c < m.problem.profiles().size(); c++) {
            if (m.classEnergy[site][c] >= 0) {
                terms.add(new double[] {m.classEnergy[site][c], m.problem.profiles().get(c).share(hour)});
            }
        }
        if (m.storageCharge[site] != null) {
            terms.add(new double[] {m.storageCharge[site][hour], 1});
            terms.add(new double[] {m.storageDischarge[site][hour], -1});
        }
        return terms;
    }

    /** Adds {@code coefficient · g_it} to the row being built. */
    static void addToRow(SitingModel m, int site, int hour, double coefficient) {
        for (double[] term : terms(m, site, hour)) {
            m.builder.addEntry((int) term[0], coefficient * term[1]);
        }
    }

    /** Adds {@code coefficient · g_it} to the objective. */
    static void addToObjective(SitingModel m, int site, int hour, double coefficient) {
        for (double[] term : terms(m, site, hour)) {
            m.builder.addObjective((int) term[0], coefficient * term[1]);
        }
    }

    /**
     * Whether every hour needs its own grid row: with storage, the draw's shape over the day is a
     * decision, so no hour's row implies another's ({@link HourSelection} assumes fixed shapes).
     */
    static boolean everyHour(SitingModel m) {
        for (int[] hours : m.storageCharge) {
            if (hours != null) {
                return true;
            }
        }
        return false;
    }
}
