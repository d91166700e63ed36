package org.chargeplan.grid;

import java.util.List;
import org.chargeplan.geo.LonLat;

/**
 * A line section between two buses. Read and validated now; used by the power flow.
 *
 * @param id        identifier
 * @param fromBus   index of the sending bus in its {@link Feeder}
 * @param toBus     index of the receiving bus
 * @param rOhm      series resistance, ohms
 * @param xOhm      series reactance, ohms
 * @param inService false for an open switch (kept for the report, carries no power)
 * @param geometry  the line's shape in WGS84
 */
public record Branch(String id, int fromBus, int toBus, double rOhm, double xOhm, boolean inService,
        List<LonLat> geometry) {

    public Branch {
        geometry = List.copyOf(geometry);
    }
}
