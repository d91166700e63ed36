package org.chargeplan.demand;

import java.util.List;
import java.util.Optional;

/**
 * OD trips on their routes, with the vehicles' range: the input of the flow-refuelling location
 * model. A trip is served when its vehicle can drive the whole path, charging at open stations on
 * it, without falling below the reserve, and passes at least one open station.
 *
 * @param paths         the paths, in a stable order (by origin, then destination, as in the OD table)
 * @param range         vehicle range, initial charge and reserve
 * @param weightPerTrip objective value of one served trip per day, in the units of one kWh/day of
 *                      point demand (used only when both are planned together)
 * @param kwhPerKm      for the capacitated variant, the energy a vehicle uses per km: charging at
 *                      stations then takes charger capacity and grid headroom; empty for the
 *                      uncapacitated model (stations without capacity limits)
 * @param demandClass   the demand class whose hourly profile the charging energy follows
 */
public record FlowDemand(List<FlowPath> paths, VehicleRange range, double weightPerTrip,
        Optional<Double> kwhPerKm, String demandClass) {

    public FlowDemand {
        paths = List.copyOf(paths);
        if (!(weightPerTrip >= 0 && weightPerTrip < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight per trip must be a finite number >= 0");
        }
        if (kwhPerKm.isPresent() && !(kwhPerKm.get() > 0 && kwhPerKm.get() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("kWh per km must be a finite number > 0");
        }
    }

    /** Whether charging at stations is limited by chargers and the grid. */
    public boolean capacitated() {
        return kwhPerKm.isPresent();
    }

    /** All electric trips per day on the paths. */
    public double totalTripsPerDay() {
        return paths.stream().mapToDouble(FlowPath::evTripsPerDay).sum();
    }
}
