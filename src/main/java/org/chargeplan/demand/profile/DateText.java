package org.chargeplan.demand.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as written in a session file, {@code yyyy-MM-dd} optionally followed by
 * {@code T00:00:00}, kept as its three numbers so that it can be read either way round.
 *
 * @param year   the year
 * @param first  the number in the month position
 * @param second the number in the day position
 */
record DateText(int year, int first, int second) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T00:00(:00)?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(:00)?");

    /** The date in {@code text}, or empty when it is not a valid date as written. */
    static Optional<DateText> parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        DateText date = new DateText(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        try {
            date.literal();
            return Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A clock time {@code H:MM} or {@code HH:MM} (optionally {@code :00} seconds), or empty. */
    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** Read as written. */
    LocalDate literal() {
        return LocalDate.of(year, first, second);
    }

    /** Read with day and month swapped; only meaningful when {@link #ambiguous()}. */
    LocalDate swapped() {
        return LocalDate.of(year, second, first);
    }

    /** Whether the two readings are different valid dates. */
    boolean ambiguous() {
        return second <= 12 && first != second;
    }
}
