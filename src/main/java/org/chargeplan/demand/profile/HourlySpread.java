package org.chargeplan.demand.profile;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Spreads a session's energy uniformly over its connection interval into the 24 hours of the
 * day, minute by minute: hour {@code h} of the day receives {@code kWh · m_h / M}, where
 * {@code M} is the connection's length in minutes and {@code m_h} the minutes of it that fall
 * in clock hour {@code h} on any day. A session over midnight, or over several days, adds to
 * hours of each day it spans. Stateless.
 */
public final class HourlySpread {

    private static final int HOURS = 24;

    private HourlySpread() {
    }

    /** Minutes of {@code [start, end)} in each clock hour 0..23, summed over days. */
    public static long[] minutesByHour(LocalDateTime start, LocalDateTime end) {
        long from = start.toEpochSecond(ZoneOffset.UTC) / 60;
        long to = end.toEpochSecond(ZoneOffset.UTC) / 60;
        long[] minutes = new long[HOURS];
        // invariant: [from, t) has been counted
        for (long t = from; t < to; ) {
            long hourIndex = Math.floorDiv(t, 60);
            long until = Math.min(to, (hourIndex + 1) * 60);
            minutes[(int) Math.floorMod(hourIndex, HOURS)] += until - t;
            t = until;
        }
        return minutes;
    }

    /** Adds the session's energy to {@code kwhByHour} (24 entries, kWh). */
    public static void add(ChargingSession session, double[] kwhByHour) {
        long[] minutes = minutesByHour(session.start(), session.end());
        double total = session.minutes();
        for (int h = 0; h < HOURS; h++) {
            kwhByHour[h] += session.kwh() * minutes[h] / total;
        }
    }
}
