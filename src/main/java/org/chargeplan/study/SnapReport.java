package org.chargeplan.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.RoadNetwork;

/**
 * How far points (demand or sites) were moved to reach their road node: count, median and largest
 * great-circle distance in metres, and the farthest point's id. Points beyond the scenario's
 * {@code max_snap_m} never get here: the readers refuse them with the feature and its distance.
 *
 * @param what          what the points are, e.g. "demand points"
 * @param count         number of points
 * @param medianMeters  median snapping distance, metres (0 without points)
 * @param maxMeters     largest snapping distance, metres
 * @param farthestId    id of the point snapped farthest (empty without points)
 */
public record SnapReport(String what, int count, double medianMeters, double maxMeters, String farthestId) {

    /** Measures the snapping of {@code points} onto {@code network}. */
    public static <T> SnapReport of(String what, List<T> points, Function<T, String> id,
            Function<T, LonLat> position, ToIntFunction<T> roadNode, RoadNetwork network) {
        record Snap(String id, double meters) {
        }
        List<Snap> snaps = new ArrayList<>();
        for (T point : points) {
            snaps.add(new Snap(id.apply(point),
                    GreatCircle.distanceMeters(position.apply(point), network.position(roadNode.applyAsInt(point)))));
        }
        if (snaps.isEmpty()) {
            return new SnapReport(what, 0, 0, 0, "");
        }
        snaps.sort(Comparator.comparingDouble(Snap::meters).thenComparing(Snap::id));
        Snap farthest = snaps.get(snaps.size() - 1);
        int n = snaps.size();
        double median = n % 2 == 1 ? snaps.get(n / 2).meters()
                : (snaps.get(n / 2 - 1).meters() + snaps.get(n / 2).meters()) / 2;
        return new SnapReport(what, n, median, farthest.meters(), farthest.id());
    }

    /** One line for the log, e.g. {@code 16 demand points snapped to road nodes: median 41 m, farthest 180 m (D7)}. */
    public String summary() {
        return count == 0 ? "no " + what : String.format(Locale.ROOT,
                "%d %s snapped to road nodes: median %.0f m, farthest %.0f m (%s)", count, what, medianMeters,
                maxMeters, farthestId);
    }
}
