package org.chargeplan.scenario;

import java.nio.file.Path;

/**
 * Where charging demand comes from: an origin-destination table (trips starting at each road node
 * become charging energy there) or GeoJSON points with their own daily energy.
 *
 * @param kind           which of the two
 * @param file           the OD CSV ({@code origin,destination,trips}) or the points GeoJSON
 * @param tripsPerOdUnit trips per day that one unit of the OD table stands for (10 for the TNTP
 *                       Sioux Falls table, whose values are a tenth of daily flows)
 * @param evShare        share of trips made by electric vehicles, in [0, 1]
 * @param kwhPerTrip     public charging energy needed per electric trip, kWh
 * @param demandClass    the demand class of OD demand (selects its hourly profile); points carry
 *                       their own class and fall back to this one
 */
public record DemandSource(Kind kind, Path file, double tripsPerOdUnit, double evShare,
        double kwhPerTrip, String demandClass) {

    /**
     * The kinds of demand input; {@code NONE} when a scenario plans only for range-limited OD
     * flows (its {@code range} section) and has no point demand (then {@code file} is the scenario
     * file itself).
     */
    public enum Kind { OD_TABLE, POINTS, NONE }
}
