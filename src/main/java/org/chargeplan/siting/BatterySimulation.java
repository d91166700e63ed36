package org.chargeplan.siting;

import java.util.List;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.VehicleRange;

/**
 * Drives a vehicle along a path node by node and tracks its remaining range, independently of the
 * model's cover sets: the reference that {@link PlanChecker} (and the tests' enumeration) use to
 * decide whether a trip is served.
 *
 * <p>The vehicle leaves with {@code θ·R} km of range. At a node where {@code charges} is given, it
 * adds that much range there (the capacitated plan's charging); otherwise it charges to full at
 * every open station it passes. After each step the range left must be at least the reserve, and
 * a charge may not fill the battery beyond {@code R}. A trip counts as served only when it passes
 * at least one open station. Tolerance 1e-9 km, or relative 1e-6 for the plan's charge amounts.
 */
public final class BatterySimulation {

    private static final double TOLERANCE_KM = 1e-9;

    private BatterySimulation() {
    }

    /**
     * Whether a vehicle charging to full at every open station on the path completes it.
     *
     * @param openAt whether an open station sits at each node of the path (by position)
     */
    public static boolean refuelToFull(FlowPath path, VehicleRange range, boolean[] openAt) {
        double left = range.initialChargeShare() * range.rangeKm();
        boolean passesStation = false;
        for (int k = 0; k < path.nodes().size(); k++) {
            if (openAt[k]) {
                left = range.rangeKm();
                passesStation = true;
            }
            if (k + 1 < path.nodes().size()) {
                left -= path.stepKm().get(k);
                if (left < range.reserveKm() - TOLERANCE_KM) {
                    return false;
                }
            }
        }
        return passesStation;
    }

    /**
     * Whether a vehicle adding {@code chargeKm[k]} of range at node position {@code k} completes the
     * path; a charge is allowed only where an open station sits.
     *
     * @return empty when it does, else what goes wrong first
     */
    public static java.util.Optional<String> withCharges(FlowPath path, VehicleRange range, boolean[] openAt,
            double[] chargeKm) {
        double left = range.initialChargeShare() * range.rangeKm();
        double slack = 1e-6 * range.rangeKm();
        boolean passesStation = false;
        List<Integer> nodes = path.nodes();
        for (int k = 0; k < nodes.size(); k++) {
            passesStation |= openAt[k];
            if (chargeKm[k] < -slack || (chargeKm[k] > slack && !openAt[k])) {
                return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                        "charges %.6f km of range at node position %d, where no open station is", chargeKm[k], k));
            }
            left += chargeKm[k];
            if (left > range.rangeKm() + slack) {
                return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                        "battery filled to %.6f km of range at node position %d, above the range %.3f km", left, k,
                        range.rangeKm()));
            }
            if (k + 1 < nodes.size()) {
                left -= path.stepKm().get(k);
                if (left < range.reserveKm() - slack) {
                    return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                            "arrives at node position %d with %.6f km of range, below the reserve %.3f km", k + 1,
                            left, range.reserveKm()));
                }
            }
        }
        return passesStation ? java.util.Optional.empty() : java.util.Optional.of("passes no open station");
    }
}
