package org.chargeplan.demand;

/**
 * The driving range of the electric vehicles making OD trips.
 *
 * <p>Convention (Kuby and Lim 2005): a vehicle leaves its origin with {@code initialChargeShare}
 * of a full battery (one half by default, so that a round trip on the same path is symmetric), is
 * charged to full at each open station it passes (including one at its origin), and must arrive
 * at every node with at least {@code reserveKm} of range left.
 *
 * @param rangeKm            distance a full battery drives, km (&gt; 0)
 * @param initialChargeShare share of a full battery at the origin, in [0, 1]
 * @param reserveKm          range that must always remain, km, in [0, rangeKm)
 */
public record VehicleRange(double rangeKm, double initialChargeShare, double reserveKm) {

    public VehicleRange {
        if (!(rangeKm > 0 && rangeKm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("range must be a finite km > 0, not " + rangeKm);
        }
        if (!(initialChargeShare >= 0 && initialChargeShare <= 1)) {
            throw new IllegalArgumentException("initial charge share must lie in [0, 1], not " + initialChargeShare);
        }
        if (!(reserveKm >= 0 && reserveKm < rangeKm)) {
            throw new IllegalArgumentException("reserve must lie in [0, range), not " + reserveKm);
        }
    }

    /** Farthest drive from a station (charged to full) while keeping the reserve, km. */
    public double fromStationKm() {
        return rangeKm - reserveKm;
    }

    /** Farthest drive from the origin on the initial charge while keeping the reserve, km (may be negative). */
    public double fromOriginKm() {
        return initialChargeShare * rangeKm - reserveKm;
    }
}
