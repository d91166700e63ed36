package org.chargeplan.road.osm;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.chargeplan.geo.LonLat;

/**
 * A place in an OpenStreetMap file where a charging station exists or could be built: a node or a
 * closed way (then its position is the mean of its distinct nodes) tagged
 * {@code amenity=charging_station}, {@code amenity=parking} or {@code amenity=fuel}.
 *
 * @param kind     which of the three
 * @param osmId    {@code node/123} or {@code way/456}
 * @param position WGS84 position
 * @param capacity vehicles that can charge at once ({@code capacity} tag), when given and a whole number
 * @param sockets  count per socket type from {@code socket:TYPE=N} tags (e.g. {@code type2 → 4}),
 *                 sorted by type
 */
public record OsmSite(Kind kind, String osmId, LonLat position, OptionalInt capacity,
        SortedMap<String, Integer> sockets) {

    /** The kinds of site. */
    public enum Kind {
        CHARGING_STATION, PARKING, FUEL;

        /** The {@code amenity} value. */
        public String tagValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OsmSite {
        sockets = new TreeMap<>(sockets);
    }

    /** The site kind a feature's tags name, if any. */
    static Optional<Kind> kindOf(Map<String, String> tags) {
        String amenity = tags.get("amenity");
        if (amenity == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.tagValue().equals(amenity)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Builds a site from its tags; {@code capacity} and {@code socket:*} values that are not whole numbers are ignored. */
    static OsmSite of(Kind kind, String osmId, LonLat position, Map<String, String> tags) {
        OptionalInt capacity = wholeNumber(tags.get("capacity"));
        SortedMap<String, Integer> sockets = new TreeMap<>();
        tags.forEach((key, value) -> {
            if (key.startsWith("socket:") && key.indexOf(':', 7) < 0) {
                wholeNumber(value).ifPresent(n -> sockets.put(key.substring(7), n));
            }
        });
        return new OsmSite(kind, osmId, position, capacity, sockets);
    }

    private static OptionalInt wholeNumber(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
