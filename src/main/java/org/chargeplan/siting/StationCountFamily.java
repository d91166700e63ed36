package org.chargeplan.siting;

/**
 * The number of new stations, the {@code p} of the flow-refuelling location model (Kuby and Lim
 * 2005) and of p-median siting: {@code Σ_{i not existing} y_i ≤ p}. Existing sites stay open and
 * do not count. Added only when the objective limits it.
 */
final class StationCountFamily {

    private StationCountFamily() {
    }

    static void add(SitingModel m) {
        var objective = m.problem.objective();
        if (!objective.limitsStations()) {
            return;
        }
        m.builder.startRow("new_stations");
        for (int i = 0; i < m.problem.sites().size(); i++) {
            if (!m.problem.sites().get(i).existing()) {
                m.builder.addEntry(m.open[i], 1);
            }
        }
        m.builder.endRow(Double.NEGATIVE_INFINITY, objective.maxNewStations());
    }
}
