package org.chargeplan.siting;

import java.util.List;
import java.util.OptionalInt;
import org.chargeplan.geo.LonLat;

/**
 * A candidate or existing charging site.
 *
 * @param id               identifier from the candidates file
 * @param position         WGS84 position
 * @param roadNode         index of the road node it is reached at
 * @param bus              index of the feeder bus it connects to (nearest bus), if there is a feeder
 * @param transformer      index of the transformer supplying that bus, if any
 * @param siteCost         capital cost of opening the site, currency units (0 for existing sites)
 * @param maxChargers      the most chargers of each type (by charger-type position)
 * @param existingChargers chargers of each type already installed
 */
public record Site(String id, LonLat position, int roadNode, OptionalInt bus, OptionalInt transformer,
        double siteCost, List<Integer> maxChargers, List<Integer> existingChargers) {

    public Site {
        maxChargers = List.copyOf(maxChargers);
        existingChargers = List.copyOf(existingChargers);
        for (int k = 0; k < maxChargers.size(); k++) {
            if (existingChargers.get(k) > maxChargers.get(k)) {
                throw new IllegalArgumentException("site " + id + " has more existing chargers than allowed");
            }
        }
    }

    /** Whether the site already exists (has any installed charger); it then stays open. */
    public boolean existing() {
        return existingChargers.stream().anyMatch(n -> n > 0);
    }

    public int maxChargers(int type) {
        return maxChargers.get(type);
    }

    public int existingChargers(int type) {
        return existingChargers.get(type);
    }
}
