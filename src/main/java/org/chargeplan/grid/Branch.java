package org.chargeplan.grid;

import java.util.List;
import org.chargeplan.geo.LonLat;

/**
 * A line section between two buses.
 *
 * @param id        identifier
 * @param fromBus   index of the sending bus in its {@link Feeder}
 * @param toBus     index of the receiving bus
 * @param rOhm      series resistance, ohms
 * @param xOhm      series reactance, ohms
 * @param inService false for an open switch (kept for the report, carries no power)
 * @param geometry  the line's shape in WGS84 (empty when the source has no coordinates)
 * @param ratingKva thermal rating as apparent power, kVA, when known
 */
public record Branch(String id, int fromBus, int toBus, double rOhm, double xOhm, boolean inService,
        List<LonLat> geometry, java.util.OptionalDouble ratingKva) {

    public Branch {
        geometry = List.copyOf(geometry);
        if (ratingKva.isPresent() && !(ratingKva.getAsDouble() > 0)) {
            throw new IllegalArgumentException("branch " + id + " needs a rating > 0");
        }
    }

    /** A branch without a thermal rating. */
    public Branch(String id, int fromBus, int toBus, double rOhm, double xOhm, boolean inService,
            List<LonLat> geometry) {
        this(id, fromBus, toBus, rOhm, xOhm, inService, geometry, java.util.OptionalDouble.empty());
    }
}
