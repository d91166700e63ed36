package org.chargeplan.demand;

import java.util.List;
import org.chargeplan.geo.LonLat;

/**
 * The trips of one OD pair on their route, as the flow-refuelling model sees them: the sequence of
 * road nodes a vehicle passes (for a round trip, out to the destination and back the same way, so
 * the destination appears once in the middle and the origin at both ends), the length of each step
 * and the electric trips per day.
 *
 * @param id            {@code origin->destination} (road node ids)
 * @param nodes         road node indices in the order driven (at least two)
 * @param stepKm        length of each step between consecutive nodes, km (one fewer than nodes)
 * @param evTripsPerDay electric-vehicle trips per day on this path (a round trip counts once)
 * @param roundTrip     whether the path goes out and back
 * @param line          the outbound route's shape, WGS84, origin to destination
 */
public record FlowPath(String id, List<Integer> nodes, List<Double> stepKm, double evTripsPerDay,
        boolean roundTrip, List<LonLat> line) {

    public FlowPath {
        nodes = List.copyOf(nodes);
        stepKm = List.copyOf(stepKm);
        line = List.copyOf(line);
        if (nodes.size() < 2 || stepKm.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("path " + id + " needs at least two nodes and one step length per step");
        }
        if (stepKm.stream().anyMatch(km -> !(km >= 0 && km < Double.POSITIVE_INFINITY))) {
            throw new IllegalArgumentException("path " + id + " has a step length that is not a finite km >= 0");
        }
        if (!(evTripsPerDay >= 0 && evTripsPerDay < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("path " + id + " needs trips per day >= 0");
        }
    }

    /** Distance from the first node to each node, km ({@code [0] = 0}). */
    public double[] cumulativeKm() {
        double[] s = new double[nodes.size()];
        for (int k = 1; k < s.length; k++) {
            s[k] = s[k - 1] + stepKm.get(k - 1);
        }
        return s;
    }

    /** Total distance driven, km (both ways for a round trip). */
    public double lengthKm() {
        return stepKm.stream().mapToDouble(Double::doubleValue).sum();
    }
}
