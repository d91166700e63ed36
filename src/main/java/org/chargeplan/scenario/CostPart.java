package org.chargeplan.scenario;

import java.util.Locale;

/**
 * The parts a plan's capital cost is broken into, each with its own lifetime when costs are
 * annualised ({@link Economics}).
 */
public enum CostPart {
    /** Opening a new site (civil works, parking bays), from the candidates. */
    SITES,
    /** New chargers. */
    CHARGERS,
    /** Battery storage: energy and power capacity. */
    STORAGE,
    /** Transformer upgrade steps. */
    UPGRADES,
    /** The cable from a new site to its feeder bus, by distance. */
    CONNECTION;

    /** The name in scenario files and outputs, e.g. {@code storage}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
