package org.chargeplan.grid;

/**
 * A limit broken in one hour.
 *
 * @param hour    hour of the day, 0-23
 * @param kind    what kind of limit
 * @param element the bus, branch or transformer id
 * @param value   the value reached: p.u. for a voltage, kVA for a branch, kW for a transformer
 * @param limit   the limit, in the same unit
 */
public record GridViolation(int hour, Kind kind, String element, double value, double limit) {

    /** Kinds of limit. */
    public enum Kind {
        /** Bus voltage below the feeder's minimum (p.u.). */
        VOLTAGE,
        /** Branch apparent power above its rating (kVA). */
        BRANCH,
        /** Transformer active load above rating × power factor (kW). */
        TRANSFORMER;

        /** Lower-case name for files. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
