package org.chargeplan.demand;

import org.chargeplan.geo.LonLat;

/**
 * A place where charging demand arises.
 *
 * @param id               identifier (the road node id for OD demand, the feature id for points)
 * @param position         WGS84 position
 * @param roadNode         index of the road node the demand enters the network at
 * @param energyKwhPerDay  charging energy wanted per day, kWh
 * @param demandClass      the class whose hourly profile this demand follows
 */
public record DemandPoint(String id, LonLat position, int roadNode, double energyKwhPerDay, String demandClass) {

    public DemandPoint {
        if (!(energyKwhPerDay >= 0)) {
            throw new IllegalArgumentException("demand " + id + " needs energy >= 0");
        }
    }
}
