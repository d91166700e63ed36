package org.chargeplan.siting;

import java.util.List;
import org.chargeplan.scenario.Economics;
import org.chargeplan.solve.VariableType;

/**
 * Yearly operating costs when minimising cost on the annual basis ({@link Economics}):
 *
 * <pre>
 *   D · Σ_it π_t·g_it   +   12 · ρ · Σ_i p_i,      p_i ≥ g_it for every hour t
 * </pre>
 *
 * energy bought at time-of-use price {@code π_t} over {@code D} design days a year, and the demand
 * charge {@code ρ} per kW of each site's peak grid draw {@code p_i} (kW), with the design day's
 * peak taken as every month's. {@code g_it} is the grid draw ({@link GridDraw}). Without storage at
 * a site its draw has a fixed shape per class, so only the hours {@link HourSelection} keeps need
 * a peak row.
 */
final class OperatingCostFamily {

    private OperatingCostFamily() {
    }

    /**
     * Adds the peak columns and rows, and with {@code isObjective} the costs. The max-coverage
     * phase gets the same columns without costs, so that its plan is a complete starting point of
     * the cheapest-plan phase that follows (same columns in the same order).
     */
    static void add(SitingModel m, boolean isObjective) {
        var problem = m.problem;
        Economics economics = problem.investment().economics();
        if (!economics.hasOperatingCosts()) {
            return;
        }
        List<Integer> shapeHours = HourSelection.nonDominated(problem.profiles(), SitingProblem.HOURS);
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!ChargerCapacityFamily.hasDemand(m, i)) {
                continue;
            }
            for (int t = 0; t < SitingProblem.HOURS && isObjective; t++) {
                double price = economics.daysPerYear() * economics.energyPricePerKwh().get(t);
                if (price > 0) {
                    GridDraw.addToObjective(m, i, t, price);
                }
            }
            if (economics.demandChargePerKwMonth() <= 0) {
                continue;
            }
            String id = problem.sites().get(i).id();
            m.peakDraw[i] = m.builder.addColumn("peak_kw_" + id, 0, Double.POSITIVE_INFINITY, VariableType.CONTINUOUS,
                    isObjective ? Economics.MONTHS * economics.demandChargePerKwMonth() : 0);
            List<Integer> hours = m.storageCharge[i] != null ? HourSelection.all() : shapeHours;
            for (int t : hours) {
                m.builder.startRow("peak_" + id + "_h" + t);
                m.builder.addEntry(m.peakDraw[i], 1);
                GridDraw.addToRow(m, i, t, -1);
                m.builder.endRow(0, Double.POSITIVE_INFINITY);
            }
        }
    }
}
