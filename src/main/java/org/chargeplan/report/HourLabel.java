package org.chargeplan.report;

import java.util.Locale;

/** Hours of a series as people read them: "18:00" within a day, "day 201, 18:00" within a year. */
public final class HourLabel {

    private HourLabel() {
    }

    /** The label of hour {@code hour} (0-based) of a series. */
    public static String of(int hour) {
        if (hour < 24) {
            return String.format(Locale.ROOT, "%02d:00", hour);
        }
        return String.format(Locale.ROOT, "day %d, %02d:00", hour / 24 + 1, hour % 24);
    }
}
