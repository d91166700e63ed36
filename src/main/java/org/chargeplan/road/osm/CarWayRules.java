package org.chargeplan.road.osm;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Decides from its tags whether an OpenStreetMap way is a road for cars, in which directions and at
 * what speed. Stateless and thread-safe.
 *
 * <ul>
 *   <li><b>Class</b>: {@code highway} must be one of {@link HighwayClass}; {@code area=yes} (a
 *       square drawn as a closed way) is not a road.</li>
 *   <li><b>Access</b>: the most specific of {@code motorcar}, {@code motor_vehicle},
 *       {@code vehicle}, {@code access} that is present decides (OSM wiki, Key:access);
 *       {@code no}, {@code private}, {@code agricultural}, {@code forestry}, {@code delivery},
 *       {@code emergency}, {@code military}, {@code use_sidepath}, {@code permit} and
 *       {@code bus} close the way to cars; other values ({@code yes}, {@code destination},
 *       {@code customers}, {@code permissive}, {@code designated}) leave it open.</li>
 *   <li><b>Direction</b>: {@code oneway=yes|true|1} along the way, {@code -1|reverse} against it,
 *       {@code no|false|0} both ways; without a usable {@code oneway} tag, roundabouts
 *       ({@code junction=roundabout|circular}) and motorways with their links are one-way along the
 *       way, everything else two-way. {@code oneway=reversible|alternating} (direction changes with
 *       the time of day) is left out, since a free-flow network cannot say which way is open.</li>
 *   <li><b>Speed</b>: {@link MaxSpeed} of {@code maxspeed}, else the class default.</li>
 * </ul>
 * Turn restrictions (relations), barriers on nodes and directional {@code maxspeed:forward} are
 * not modelled.
 */
public final class CarWayRules {

    private static final String[] ACCESS_KEYS = {"motorcar", "motor_vehicle", "vehicle", "access"};
    private static final Set<String> CLOSED = Set.of("no", "private", "agricultural", "forestry", "delivery",
            "emergency", "military", "use_sidepath", "permit", "bus");

    private CarWayRules() {
    }

    /** The verdict on a way with these tags. */
    public static WayVerdict classify(Map<String, String> tags) {
        String highway = tags.get("highway");
        if (highway == null) {
            return WayVerdict.dropped("no highway tag");
        }
        var highwayClass = HighwayClass.of(highway);
        if (highwayClass.isEmpty()) {
            return WayVerdict.dropped("highway=" + highway + " (not a car road class)");
        }
        if ("yes".equals(tags.get("area"))) {
            return WayVerdict.dropped("area=yes (a square, not a road)");
        }
        for (String key : ACCESS_KEYS) {
            String value = tags.get(key);
            if (value != null) {
                if (CLOSED.contains(value)) {
                    return WayVerdict.dropped(key + "=" + value + " (closed to cars)");
                }
                break;
            }
        }
        HighwayClass c = highwayClass.get();
        Direction direction;
        String oneway = tags.get("oneway");
        if ("reversible".equals(oneway) || "alternating".equals(oneway)) {
            return WayVerdict.dropped("oneway=" + oneway + " (direction changes with time)");
        } else if ("yes".equals(oneway) || "true".equals(oneway) || "1".equals(oneway)) {
            direction = Direction.FORWARD;
        } else if ("-1".equals(oneway) || "reverse".equals(oneway)) {
            direction = Direction.BACKWARD;
        } else if ("no".equals(oneway) || "false".equals(oneway) || "0".equals(oneway)) {
            direction = Direction.BOTH;
        } else {
            String junction = tags.get("junction");
            boolean roundabout = "roundabout".equals(junction) || "circular".equals(junction);
            direction = roundabout || c.impliesOneway() ? Direction.FORWARD : Direction.BOTH;
        }
        OptionalDouble limit = MaxSpeed.parseKmh(tags.get("maxspeed"));
        double speed = limit.orElse(c.defaultSpeedKmh());
        return new WayVerdict(true, "", c, direction, speed);
    }

    /** Which ways along a way's node order a car may drive. */
    public enum Direction {
        /** Both ways. */
        BOTH,
        /** Only from the first node to the last. */
        FORWARD,
        /** Only from the last node to the first. */
        BACKWARD;

        public boolean forward() {
            return this != BACKWARD;
        }

        public boolean backward() {
            return this != FORWARD;
        }
    }

    /**
     * What to do with a way.
     *
     * @param routable     whether cars use it
     * @param dropReason   why not (for the import report), empty when routable
     * @param highwayClass its class (null when dropped)
     * @param direction    the directions open to cars (null when dropped)
     * @param speedKmh     free-flow speed, km/h (0 when dropped)
     */
    public record WayVerdict(boolean routable, String dropReason, HighwayClass highwayClass,
            Direction direction, double speedKmh) {

        static WayVerdict dropped(String reason) {
            return new WayVerdict(false, reason, null, null, 0);
        }
    }
}
