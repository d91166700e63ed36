package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.VehicleRange;
import org.chargeplan.solve.VariableType;

/**
 * Range-limited OD flows, by the arc-cover/path-cover form of the flow-refuelling location model
 * (Capar, Kuby, Leon and Tsai, EJOR 227(1), 2013; the model of Kuby and Lim, Socio-Economic
 * Planning Sciences 39(2), 2005): {@code z_q ∈ {0,1}} serves path {@code q}, and
 *
 * <pre>
 *   Σ_{i ∈ K(q,a)} y_i ≥ z_q     for every path q and every arc a of it outside the initial charge's reach
 *   Σ_{i on q} y_i ≥ z_q         when no arc needs a station (a served trip passes an open station)
 *   Σ_k n_ik ≥ y_i               at sites on some path (an open station has a charger)
 * </pre>
 *
 * with {@code K(q,a)} from {@link ArcCover}. The served flow {@code w·Σ_q f_q·z_q} ({@code f_q}
 * electric trips per day, {@code w} the weight per trip) joins the objective, or the served floor.
 *
 * <p><b>Capacitated variant</b> (when {@link FlowDemand#kwhPerKm()} is given): each vehicle's
 * battery is followed along the path. With {@code X_qki ≥ 0} the range (km) a vehicle of path
 * {@code q} adds at site {@code i} at position {@code k}, all scaled by {@code z_q}:
 *
 * <pre>
 *   X_qki ≤ R·y_i                                                  (charge only at open sites)
 *   θR·z_q + Σ_{k&lt;j} X_qk − s_j·z_q ≥ r·z_q                         (reserve on arrival at v_j)
 *   θR·z_q + Σ_{k'≤k} X_qk' − s_k·z_q ≤ R·z_q                        (battery not over-full at v_k)
 *   Σ_k X_qk = max(0, s_m − (θR − r))·z_q                            (the least charging that completes the trip)
 * </pre>
 *
 * so each stop charges the distance the vehicle still has to drive to its next stop or the end
 * beyond what is in its battery. A charging policy exists exactly when the trip can be driven
 * charging to full at open stations, so the arc-cover rows stay valid and are kept (they tighten
 * the relaxation). The energy {@code f_q·κ·X_qki} (kWh/day, {@code κ} kWh per km) joins site
 * {@code i}'s energy of the flows' demand class, and with it the hourly charger, transformer,
 * voltage and branch rows.
 */
final class RangeFamily {

    private RangeFamily() {
    }

    static void add(SitingModel m, boolean maximiseServed) {
        if (m.problem.flows().isEmpty()) {
            return;
        }
        FlowDemand flows = m.problem.flows().get();
        VehicleRange range = flows.range();
        Map<Integer, List<Integer>> byNode = ArcCover.sitesByNode(m.problem.sites());
        boolean[] onSomePath = new boolean[m.problem.sites().size()];
        var b = m.builder;
        for (int q = 0; q < flows.paths().size(); q++) {
            FlowPath path = flows.paths().get(q);
            double value = flows.weightPerTrip() * path.evTripsPerDay();
            m.served[q] = b.addColumn("z_" + q, 0, 1, VariableType.BINARY, maximiseServed ? value : 0);
            m.servedTerms.add(new double[] {m.served[q], value});
            List<Integer> on = ArcCover.sitesOnPath(path, byNode);
            List<List<Integer>> sets = ArcCover.coverSets(path, range, byNode);
            if (on.isEmpty() || sets.stream().anyMatch(List::isEmpty)) {
                b.tightenBounds(m.served[q], 0, 0);
                continue;
            }
            on.forEach(i -> onSomePath[i] = true);
            for (int r = 0; r < sets.size(); r++) {
                atLeastServed(m, "cover_" + q + "_" + r, sets.get(r), q);
            }
            if (sets.isEmpty()) {
                atLeastServed(m, "station_" + q, on, q);
            }
            if (flows.capacitated()) {
                addCharging(m, q, path, range, flows.kwhPerKm().get(), byNode);
            }
        }
        for (int i = 0; i < onSomePath.length; i++) {
            if (onSomePath[i]) {
                b.startRow("charger_" + m.problem.sites().get(i).id());
                for (int column : m.chargers[i]) {
                    b.addEntry(column, 1);
                }
                b.addEntry(m.open[i], -1);
                b.endRow(0, Double.POSITIVE_INFINITY);
            }
        }
    }

    private static void atLeastServed(SitingModel m, String name, List<Integer> sites, int q) {
        m.builder.startRow(name);
        for (int i : sites) {
            m.builder.addEntry(m.open[i], 1);
        }
        m.builder.addEntry(m.served[q], -1);
        m.builder.endRow(0, Double.POSITIVE_INFINITY);
    }

    private static void addCharging(SitingModel m, int q, FlowPath path, VehicleRange range, double kwhPerKm,
            Map<Integer, List<Integer>> byNode) {
        var b = m.builder;
        double rangeKm = range.rangeKm();
        double initial = range.initialChargeShare() * rangeKm;
        double[] s = path.cumulativeKm();
        int positions = s.length;
        List<List<int[]>> columnsAt = new ArrayList<>(); // per position: {site, column}
        for (int k = 0; k < positions; k++) {
            List<int[]> here = new ArrayList<>();
            for (int i : byNode.getOrDefault(path.nodes().get(k), List.of())) {
                int column = b.addColumn("x_" + q + "_" + k + "_" + m.problem.sites().get(i).id(), 0, rangeKm,
                        VariableType.CONTINUOUS, 0);
                here.add(new int[] {i, column});
                m.charges.add(new int[] {q, k, i, column});
                m.flowEnergy.get(i).add(new double[] {column, path.evTripsPerDay() * kwhPerKm});
                m.flowEnergyBoundKwh[i] += path.evTripsPerDay() * kwhPerKm * rangeKm;
                b.startRow("xopen_" + q + "_" + k + "_" + m.problem.sites().get(i).id());
                b.addEntry(column, 1);
                b.addEntry(m.open[i], -rangeKm);
                b.endRow(Double.NEGATIVE_INFINITY, 0);
            }
            columnsAt.add(here);
        }
        for (int j = 1; j < positions; j++) {
            if (s[j] <= range.fromOriginKm() + ArcCover.TOLERANCE_KM) {
                continue;
            }
            b.startRow("reserve_" + q + "_" + j);
            addChargesBefore(b, columnsAt, j);
            b.addEntry(m.served[q], range.fromOriginKm() - s[j]);
            b.endRow(0, Double.POSITIVE_INFINITY);
        }
        for (int k = 0; k < positions; k++) {
            if (columnsAt.get(k).isEmpty()) {
                continue;
            }
            b.startRow("full_" + q + "_" + k);
            addChargesBefore(b, columnsAt, k + 1);
            b.addEntry(m.served[q], initial - s[k] - rangeKm);
            b.endRow(Double.NEGATIVE_INFINITY, 0);
        }
        b.startRow("need_" + q);
        addChargesBefore(b, columnsAt, positions);
        b.addEntry(m.served[q], -Math.max(0, s[positions - 1] - range.fromOriginKm()));
        b.endRow(0, 0);
    }

    /** Adds every charge column at positions before {@code end} with coefficient 1. */
    private static void addChargesBefore(org.chargeplan.solve.LinearModel.Builder b, List<List<int[]>> columnsAt,
            int end) {
        for (int k = 0; k < end; k++) {
            for (int[] siteColumn : columnsAt.get(k)) {
                b.addEntry(siteColumn[1], 1);
            }
        }
    }
}
