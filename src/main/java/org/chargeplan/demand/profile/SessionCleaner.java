package org.chargeplan.demand.profile;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one session row and repairs what can be repaired. The checks run in this order and a
 * row is rejected at the first that fails: energy (empty, not a number, zero, negative), charger
 * model ({@link ChargerClass}), start date and time (parseable, day/month order by
 * {@link DayMonthRule}), end date and time (parseable; of an ambiguous end date the reading with
 * 0 ≤ duration ≤ the maximum is kept), then plausibility: the energy must not exceed 110 % of
 * the class's rated power (nominal ratings and meters allow some excess) over the connection time
 * plus one minute (clock times are whole minutes, so a session may have lasted up to a minute
 * longer than written). Repairs: day and month swapped
 * back; a session starting and ending in the same minute is spread over that minute.
 */
final class SessionCleaner {

    /**
     * The result for one row: a session with the repairs made, or no session and the one issue
     * that rejected the row.
     */
    record Outcome(Optional<ChargingSession> session, Set<SessionIssue> issues) {

        static Outcome rejected(SessionIssue issue) {
            return new Outcome(Optional.empty(), EnumSet.of(issue));
        }
    }

    /** Rated power is nominal; metering and rating allow this factor above it. */
    static final double POWER_TOLERANCE = 1.1;

    private final DayMonthRule dayMonth;
    private final long maxMinutes;

    SessionCleaner(DayMonthRule dayMonth, ProfileOptions options) {
        this.dayMonth = dayMonth;
        this.maxMinutes = options.maxConnectionHours() * 60L;
    }

    Outcome clean(SessionRow row) {
        if (row.kwh().isEmpty()) {
            return Outcome.rejected(SessionIssue.EMPTY_KWH);
        }
        double kwh;
        try {
            kwh = Double.parseDouble(row.kwh());
        } catch (NumberFormatException e) {
            return Outcome.rejected(SessionIssue.UNPARSEABLE_KWH);
        }
        if (!Double.isFinite(kwh)) {
            return Outcome.rejected(SessionIssue.UNPARSEABLE_KWH);
        }
        if (kwh == 0) {
            return Outcome.rejected(SessionIssue.ZERO_KWH);
        }
        if (kwh < 0) {
            return Outcome.rejected(SessionIssue.NEGATIVE_KWH);
        }
        Optional<ChargerClass> chargerClass = ChargerClass.ofModel(row.model());
        if (chargerClass.isEmpty()) {
            return Outcome.rejected(SessionIssue.UNKNOWN_MODEL);
        }
        Optional<DateText> startDate = DateText.parse(row.startDate());
        Optional<LocalTime> startTime = DateText.parseTime(row.startTime());
        Optional<DateText> endDate = DateText.parse(row.endDate());
        Optional<LocalTime> endTime = DateText.parseTime(row.endTime());
        if (startDate.isEmpty() || startTime.isEmpty() || endDate.isEmpty() || endTime.isEmpty()) {
            return Outcome.rejected(SessionIssue.UNPARSEABLE_DATE_TIME);
        }
        Optional<DayMonthRule.Reading> startReading = dayMonth.start(startDate.get());
        if (startReading.isEmpty()) {
            return Outcome.rejected(dayMonth.startIssue(startDate.get()));
        }
        LocalDateTime start = startReading.get().date().atTime(startTime.get());
        DayMonthRule.Reading endReading = null;
        boolean anyAfterStart = false;
        for (DayMonthRule.Reading reading : dayMonth.end(endDate.get())) {
            long minutes = Duration.between(start, reading.date().atTime(endTime.get())).toMinutes();
            anyAfterStart |= minutes >= 0;
            if (minutes >= 0 && minutes <= maxMinutes) {
                endReading = reading;
                break;
            }
        }
        if (endReading == null) {
            return Outcome.rejected(anyAfterStart ? SessionIssue.TOO_LONG : SessionIssue.END_BEFORE_START);
        }
        LocalDateTime end = endReading.date().atTime(endTime.get());
        long minutes = Duration.between(start, end).toMinutes();
        if (kwh > POWER_TOLERANCE * chargerClass.get().ratedKw() * (minutes + 1) / 60.0) {
            return Outcome.rejected(SessionIssue.ABOVE_RATED_POWER);
        }
        Set<SessionIssue> repairs = EnumSet.noneOf(SessionIssue.class);
        if (startReading.get().swapped() || endReading.swapped()) {
            repairs.add(SessionIssue.DAY_MONTH_SWAPPED);
        }
        if (minutes == 0) {
            repairs.add(SessionIssue.UNDER_A_MINUTE);
            end = start.plusMinutes(1);
        }
        return new Outcome(Optional.of(new ChargingSession(row.line(), chargerClass.get(), start, end, kwh)), repairs);
    }
}
