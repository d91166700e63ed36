package org.chargeplan.grid;

import java.util.Optional;
import org.chargeplan.geo.LonLat;

/**
 * A node of a distribution feeder.
 *
 * @param id        identifier
 * @param position  WGS84 position (synthetic for published test feeders); empty for feeders read
 *                  from formats without coordinates, such as MATPOWER cases
 * @param baseKw    peak base (non-charging) active load, kW
 * @param baseKvar  peak base reactive load, kvar
 * @param nominalKv nominal line-to-line voltage, kV
 * @param slack     whether this is the substation (slack) bus
 */
public record Bus(String id, Optional<LonLat> position, double baseKw, double baseKvar, double nominalKv,
        boolean slack) {

    /** A bus with a known position. */
    public Bus(String id, LonLat position, double baseKw, double baseKvar, double nominalKv, boolean slack) {
        this(id, Optional.of(position), baseKw, baseKvar, nominalKv, slack);
    }
}
