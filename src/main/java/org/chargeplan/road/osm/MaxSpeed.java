package org.chargeplan.road.osm;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Parses OpenStreetMap {@code maxspeed} values into km/h (OSM wiki, Key:maxspeed).
 *
 * <ul>
 *   <li>a number: km/h ({@code 50}, {@code 50 km/h}, {@code 50kmh});</li>
 *   <li>a number with {@code mph} (× 1.609344) or {@code knots} (× 1.852);</li>
 *   <li>{@code walk}: 6 km/h; {@code none}: no limit, so the class default speed applies;</li>
 *   <li>a list separated by {@code ;} (limits by lane or by time): the lowest, the safe reading;</li>
 *   <li>a zone code {@code XX:urban} 50, {@code XX:rural} 90, {@code XX:motorway} 130,
 *       {@code XX:living_street} 10 (the common European values; national differences are ignored).</li>
 * </ul>
 * Anything else ({@code signals}, {@code variable}, a typo) gives no value: the way falls back to its
 * class's default speed. Stateless and thread-safe.
 */
public final class MaxSpeed {

    /** Walking pace, km/h, for {@code maxspeed=walk}. */
    public static final double WALK_KMH = 6;

    private MaxSpeed() {
    }

    /**
     * The limit in km/h, or empty when the value states none that can be used (including
     * {@code none}: the caller then uses the class default).
     */
    public static OptionalDouble parseKmh(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (String part : value.split(";")) {
            OptionalDouble one = parseOne(part.trim().toLowerCase(Locale.ROOT));
            if (one.isEmpty()) {
                return OptionalDouble.empty();
            }
            lowest = Math.min(lowest, one.getAsDouble());
        }
        return OptionalDouble.of(lowest);
    }

    private static OptionalDouble parseOne(String text) {
        switch (text) {
            case "walk":
                return OptionalDouble.of(WALK_KMH);
            case "none":
            case "":
                return OptionalDouble.empty();
            default:
                break;
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            return zone(text.substring(colon + 1));
        }
        double factor = 1;
        String number = text;
        if (text.endsWith("mph")) {
            factor = 1.609344;
            number = text.substring(0, text.length() - 3);
        } else if (text.endsWith("knots")) {
            factor = 1.852;
            number = text.substring(0, text.length() - 5);
        } else if (text.endsWith("km/h")) {
            number = text.substring(0, text.length() - 4);
        } else if (text.endsWith("kmh") || text.endsWith("kph")) {
            number = text.substring(0, text.length() - 3);
        }
        try {
            double speed = Double.parseDouble(number.trim()) * factor;
            return speed > 0 && speed < 400 ? OptionalDouble.of(speed) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble zone(String zone) {
        return switch (zone) {
            case "urban" -> OptionalDouble.of(50);
            case "rural" -> OptionalDouble.of(90);
            case "motorway" -> OptionalDouble.of(130);
            case "living_street" -> OptionalDouble.of(10);
            case "walk" -> OptionalDouble.of(WALK_KMH);
            default -> OptionalDouble.empty();
        };
    }
}
