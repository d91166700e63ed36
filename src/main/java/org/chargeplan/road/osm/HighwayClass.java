package org.chargeplan.road.osm;

import java.util.Locale;
import java.util.Optional;

/**
 * The OpenStreetMap {@code highway=*} classes a car may drive on, with the free-flow speed used when
 * a way has no usable {@code maxspeed}.
 *
 * <p>Default speeds in km/h are chargeplan's own choice for free-flow driving in Europe, below the
 * usual legal limit of each class (motorways 110 rather than 130, residential streets 30). Tracks,
 * paths, footways, cycleways, steps, bridleways, pedestrian streets, construction and proposed roads
 * are not car roads and are not in this list.
 */
public enum HighwayClass {
    MOTORWAY(110, true),
    MOTORWAY_LINK(60, true),
    TRUNK(90, true),
    TRUNK_LINK(50, true),
    PRIMARY(70, true),
    PRIMARY_LINK(45, true),
    SECONDARY(60, true),
    SECONDARY_LINK(40, true),
    TERTIARY(50, false),
    TERTIARY_LINK(35, false),
    UNCLASSIFIED(40, false),
    RESIDENTIAL(30, false),
    LIVING_STREET(10, false),
    SERVICE(20, false),
    ROAD(30, false);

    private final double defaultSpeedKmh;
    private final boolean major;

    HighwayClass(double defaultSpeedKmh, boolean major) {
        this.defaultSpeedKmh = defaultSpeedKmh;
        this.major = major;
    }

    /** Free-flow speed in km/h when the way gives none. */
    public double defaultSpeedKmh() {
        return defaultSpeedKmh;
    }

    /** Motorways, trunk, primary and secondary roads and their links: where candidate sites are generated. */
    public boolean major() {
        return major;
    }

    /** Motorways and their links are one-way unless tagged {@code oneway=no} (OSM wiki, Key:oneway). */
    public boolean impliesOneway() {
        return this == MOTORWAY || this == MOTORWAY_LINK;
    }

    /** The tag value, e.g. {@code motorway_link}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class of a {@code highway} tag value, or empty when cars do not use it. */
    public static Optional<HighwayClass> of(String highway) {
        if (highway == null) {
            return Optional.empty();
        }
        for (HighwayClass c : values()) {
            if (c.tagValue().equals(highway)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
