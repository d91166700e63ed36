package org.chargeplan.demand;

import java.util.List;
import java.util.Map;

/**
 * The charging demand of a study: demand points and the hourly profile of each demand class.
 *
 * @param points   demand points in a stable order (by id for OD demand, file order for points)
 * @param profiles hourly profile per demand class; every point's class has one
 */
public record Demand(List<DemandPoint> points, Map<String, HourlyProfile> profiles) {

    public Demand {
        points = List.copyOf(points);
        profiles = Map.copyOf(profiles);
        for (DemandPoint point : points) {
            if (!profiles.containsKey(point.demandClass())) {
                throw new IllegalArgumentException("no profile for demand class " + point.demandClass());
            }
        }
    }

    /** Total demand energy, kWh per day. */
    public double totalKwhPerDay() {
        return points.stream().mapToDouble(DemandPoint::energyKwhPerDay).sum();
    }
}
