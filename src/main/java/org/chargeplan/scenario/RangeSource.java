package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code range} section of a scenario: OD trips planned for with the vehicles' driving range
 * (flow-refuelling location model).
 *
 * @param odFile             OD table: CSV {@code origin,destination,trips} or TNTP {@code *_trips.tntp}
 * @param tripsPerOdUnit     trips per day that one unit of the OD table stands for
 * @param evShare            share of trips made by electric vehicles, in [0, 1]
 * @param rangeKm            distance a full battery drives, km
 * @param initialChargeShare share of a full battery when leaving the origin, in [0, 1]
 * @param reserveKm          range that must always remain, km
 * @param roundTrip          whether each trip goes out and back on the same path (else one way)
 * @param weightPerTrip      objective value of one served trip per day against one kWh/day of point demand
 * @param kwhPerKm           when given, the capacitated variant: energy used per km, kWh
 * @param demandClass        demand class (hourly profile) of the charging on these trips
 */
public record RangeSource(Path odFile, double tripsPerOdUnit, double evShare, double rangeKm,
        double initialChargeShare, double reserveKm, boolean roundTrip, double weightPerTrip,
        Optional<Double> kwhPerKm, String demandClass) {
}
