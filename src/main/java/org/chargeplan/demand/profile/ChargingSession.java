package org.chargeplan.demand.profile;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A usable charging session after checks and repairs. Times are the file's local clock times,
 * taken as written (no daylight-saving correction).
 *
 * @param line         line number in the session file
 * @param chargerClass the charger's class
 * @param start        connection start, whole minutes
 * @param end          connection end, whole minutes, after {@code start}
 * @param kwh          energy delivered, kWh, &gt; 0
 */
public record ChargingSession(int line, ChargerClass chargerClass, LocalDateTime start, LocalDateTime end,
        double kwh) {

    public ChargingSession {
        Objects.requireNonNull(chargerClass, "chargerClass");
        if (!end.isAfter(start) || !(kwh > 0) || !Double.isFinite(kwh)) {
            throw new IllegalArgumentException("line " + line + ": session " + start + " to " + end + ", " + kwh + " kWh");
        }
    }

    /** Connection time in whole minutes. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
