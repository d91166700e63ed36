package org.chargeplan.demand.profile;

/** How dates whose day and month could be read either way (both ≤ 12) are read. */
public enum DayMonthOrder {
    /** Decided from the file itself ({@link DayMonthRule}). */
    AUTO,
    /** As written: {@code yyyy-MM-dd}. */
    LITERAL,
    /** Day and month swapped: {@code yyyy-dd-MM}. */
    SWAPPED
}
