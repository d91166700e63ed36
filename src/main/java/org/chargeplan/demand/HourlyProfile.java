package org.chargeplan.demand;

import java.util.List;

/**
 * The share of a demand class's daily charging energy that falls in each hour of the day, hour 0
 * being 00:00-01:00. Shares are non-negative and sum to 1, so {@code energyKwhPerDay * share(t)}
 * is the average charging power in kW during hour {@code t}.
 *
 * @param demandClass the class
 * @param shares      24 shares summing to 1
 */
public record HourlyProfile(String demandClass, List<Double> shares) {

    public HourlyProfile {
        shares = List.copyOf(shares);
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (shares.size() != 24 || Math.abs(sum - 1) > 1e-9 || shares.stream().anyMatch(s -> !(s >= 0))) {
            throw new IllegalArgumentException("profile " + demandClass + " needs 24 shares >= 0 summing to 1");
        }
    }

    public double share(int hour) {
        return shares.get(hour);
    }
}
