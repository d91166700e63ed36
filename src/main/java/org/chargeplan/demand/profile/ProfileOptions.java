package org.chargeplan.demand.profile;

import java.util.Objects;

/**
 * Options of the profile builder.
 *
 * @param maxConnectionHours the longest connection kept, in hours; longer sessions are rejected as
 *                           implausible ({@link SessionIssue#TOO_LONG})
 * @param dayMonth           how ambiguous dates are read
 */
public record ProfileOptions(int maxConnectionHours, DayMonthOrder dayMonth) {

    /** Default longest connection: 72 h (a depot vehicle left plugged in over a weekend). */
    public static final int DEFAULT_MAX_CONNECTION_HOURS = 72;

    public ProfileOptions {
        Objects.requireNonNull(dayMonth, "dayMonth");
        if (maxConnectionHours < 1 || maxConnectionHours > 24 * 366) {
            throw new IllegalArgumentException("maxConnectionHours must be 1.." + 24 * 366 + ", not " + maxConnectionHours);
        }
    }

    /** 72 hours, day/month order decided from the file. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(DEFAULT_MAX_CONNECTION_HOURS, DayMonthOrder.AUTO);
    }
}
