package org.chargeplan.grid;

import java.util.List;

/**
 * A daily charging profile scaled so that its peak hour is 1: the load in hour {@code t} of a
 * charging load of {@code P} kW at peak is {@code P · share(t) / max share}.
 */
final class PeakShape {

    private PeakShape() {
    }

    /**
     * @param shares 24 finite, non-negative shares, not all zero
     * @return the 24 shares divided by the largest
     */
    static double[] of(List<Double> shares) {
        if (shares.size() != GridImpact.HOURS_PER_DAY) {
            throw new IllegalArgumentException("a charging profile needs 24 hourly shares, got " + shares.size());
        }
        double peak = 0;
        for (double share : shares) {
            if (!(share >= 0) || !Double.isFinite(share)) {
                throw new IllegalArgumentException("charging profile shares must be finite and >= 0: " + shares);
            }
            peak = Math.max(peak, share);
        }
        if (peak == 0) {
            throw new IllegalArgumentException("the charging profile is zero in every hour");
        }
        double[] shape = new double[shares.size()];
        for (int t = 0; t < shape.length; t++) {
            shape[t] = shares.get(t) / peak;
        }
        return shape;
    }
}
