package org.chargeplan.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chargeplan.geo.GeoJsonFeature;
import org.chargeplan.geo.GeoJsonReader;
import org.chargeplan.geo.SpatialIndex;

/**
 * The hourly charging load that a given plan puts on each bus of a feeder, read from a stations
 * GeoJSON: chargeplan's own {@code stations.geojson} or points written by another tool.
 *
 * <p>Each feature is a Point (WGS84) and connects to the nearest bus of the feeder
 * ({@link Feeder#busLocator()}), as {@code plan} connects candidate sites. Its load in hour
 * {@code t} is {@code P · s_t / max_u s_u}, where {@code s} is the 24-hour profile of the
 * scenario's demand class (shares of daily energy) and {@code P} is
 * <ul>
 *   <li>the {@code peak_kw} property (highest hourly charging load, kW) when present, as
 *       chargeplan writes it, or else</li>
 *   <li>the {@code kw} property (installed charger power, kW): a station without a load figure is
 *       assumed to run at full power in the profile's peak hour, the worst case for the grid.</li>
 * </ul>
 * For a plan with one demand class this reproduces the plan's own hourly loads exactly, since
 * {@code plan} shapes every site's load by that profile. Other properties ({@code id},
 * {@code chargers}, ...) are optional; {@code id} names the station in messages.
 *
 * <p>Errors are {@link org.chargeplan.scenario.InputException}s naming the file, the feature and
 * the field. Immutable.
 */
public final class PlanLoads {

    /**
     * A station of the plan.
     *
     * @param id             the {@code id} property, or "feature N" without one
     * @param bus            index of the feeder bus it connects to
     * @param peakKw         its load in the profile's peak hour, kW
     * @param distanceMeters great-circle distance to that bus, metres
     */
    public record Station(String id, int bus, double peakKw, double distanceMeters) {
    }

    private final List<Station> stations;
    private final double[][] chargingKw;

    private PlanLoads(List<Station> stations, double[][] chargingKw) {
        this.stations = List.copyOf(stations);
        this.chargingKw = chargingKw;
    }

    /**
     * Reads the stations in {@code file} and spreads their loads over the day.
     *
     * @param feeder  the feeder whose buses the stations connect to (buses need positions)
     * @param profile 24 non-negative shares of daily charging energy, hour 0 = 00:00, not all 0
     * @param maxDistanceMeters the farthest a station may lie from its bus (the scenario's
     *                          {@code candidates.max_snap_m})
     */
    public static PlanLoads read(Path file, Feeder feeder, List<Double> profile, double maxDistanceMeters) {
        double[] shape = PeakShape.of(profile);
        SpatialIndex<Integer> busLocator = feeder.busLocator();
        List<Station> stations = new ArrayList<>();
        double[][] chargingKw = new double[feeder.buses().size()][GridImpact.HOURS_PER_DAY];
        for (GeoJsonFeature feature : GeoJsonReader.read(file)) {
            var hit = busLocator.nearest(feature.point()).orElseThrow(() -> feature.fail("geometry", "",
                    "the feeder's buses have no coordinates, so stations cannot be connected to them;"
                            + " give the feeder as GeoJSON with bus positions"));
            if (hit.distanceMeters() > maxDistanceMeters) {
                throw feature.fail("geometry", String.format(java.util.Locale.ROOT, "%.0f m from the nearest bus",
                        hit.distanceMeters()), "must lie within candidates.max_snap_m = " + maxDistanceMeters
                                + " m of a feeder bus (is this the plan of another study, or are lon/lat swapped?)");
            }
            double peakKw = peakKw(feature);
            int bus = hit.item();
            stations.add(new Station(feature.optionalText("id").orElse("feature " + feature.number()), bus, peakKw,
                    hit.distanceMeters()));
            for (int t = 0; t < GridImpact.HOURS_PER_DAY; t++) {
                chargingKw[bus][t] += peakKw * shape[t];
            }
        }
        return new PlanLoads(stations, chargingKw);
    }

    private static double peakKw(GeoJsonFeature feature) {
        Optional<Double> peak = feature.optionalNumber("peak_kw", 0, 1e7, "a charging load in kW >= 0");
        if (peak.isPresent()) {
            return peak.get();
        }
        return feature.optionalNumber("kw", 0, 1e7, "an installed charger power in kW >= 0")
                .orElseThrow(() -> feature.fail("peak_kw", "", "a station needs 'peak_kw' (its highest hourly"
                        + " charging load, kW) or 'kw' (its installed charger power, kW)"));
    }

    /** The stations in file order. */
    public List<Station> stations() {
        return stations;
    }

    /** Charging load per bus and hour, kW ({@code [bus][hour]}, a copy). */
    public double[][] chargingKw() {
        double[][] copy = new double[chargingKw.length][];
        for (int b = 0; b < chargingKw.length; b++) {
            copy[b] = chargingKw[b].clone();
        }
        return copy;
    }

    /** The highest hourly total of all stations' charging loads, kW. */
    public double peakTotalKw() {
        double peak = 0;
        for (int t = 0; t < GridImpact.HOURS_PER_DAY; t++) {
            double total = 0;
            for (double[] bus : chargingKw) {
                total += bus[t];
            }
            peak = Math.max(peak, total);
        }
        return peak;
    }
}
