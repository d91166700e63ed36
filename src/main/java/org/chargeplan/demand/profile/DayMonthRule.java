package org.chargeplan.demand.profile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how the dates of one session file are read when day and month could be swapped.
 *
 * <p>Some exports write a day-first date month-first wherever the day is 12 or less, so
 * {@code 2018-09-08} means 9 August. With {@link DayMonthOrder#AUTO} the file decides:
 * <ol>
 *   <li>The <em>covered period</em> is the whole months spanned by the start dates that read the
 *       same either way (day above 12, or day equal to month).</li>
 *   <li>Each ambiguous start date with exactly one reading inside the period votes for that
 *       reading's order. If all votes agree, that order is the file's; otherwise (mixed or no
 *       votes) it stays undecided.</li>
 *   <li>An ambiguous start date is read the only way that falls in the period; with both in the
 *       period, the file's order, and when that is undecided the row is rejected
 *       ({@link SessionIssue#AMBIGUOUS_DAY_MONTH}); with neither, the row is rejected
 *       ({@link SessionIssue#OUTSIDE_PERIOD}).</li>
 *   <li>An ambiguous end date may be read either way; {@link SessionCleaner} keeps the reading that
 *       gives a connection of allowed length (end dates are not held to the period: a session may
 *       end after it).</li>
 * </ol>
 * With {@link DayMonthOrder#LITERAL} or {@link DayMonthOrder#SWAPPED} every ambiguous date is read
 * that way and no period applies. Immutable.
 */
final class DayMonthRule {

    /** A date read one way, and whether that way swapped day and month. */
    record Reading(LocalDate date, boolean swapped) {
    }

    private final DayMonthOrder requested;
    private final DayMonthOrder decided;
    private final Optional<YearMonth> firstMonth;
    private final Optional<YearMonth> lastMonth;
    private final int swappedVotes;
    private final int literalVotes;

    private DayMonthRule(DayMonthOrder requested, DayMonthOrder decided, Optional<YearMonth> firstMonth,
            Optional<YearMonth> lastMonth, int swappedVotes, int literalVotes) {
        this.requested = requested;
        this.decided = decided;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.swappedVotes = swappedVotes;
        this.literalVotes = literalVotes;
    }

    /** The rule for a file's rows. */
    static DayMonthRule decide(List<SessionRow> rows, DayMonthOrder order) {
        List<DateText> starts = rows.stream().map(r -> DateText.parse(r.startDate())).flatMap(Optional::stream).toList();
        if (order != DayMonthOrder.AUTO) {
            return new DayMonthRule(order, order, Optional.empty(), Optional.empty(), 0, 0);
        }
        Optional<YearMonth> first = starts.stream().filter(d -> !d.ambiguous())
                .map(d -> YearMonth.from(d.literal())).min(YearMonth::compareTo);
        Optional<YearMonth> last = starts.stream().filter(d -> !d.ambiguous())
                .map(d -> YearMonth.from(d.literal())).max(YearMonth::compareTo);
        DayMonthRule undecided = new DayMonthRule(order, DayMonthOrder.AUTO, first, last, 0, 0);
        int swapped = 0;
        int literal = 0;
        for (DateText date : starts) {
            if (date.ambiguous()) {
                boolean literalIn = undecided.inPeriod(date.literal());
                boolean swappedIn = undecided.inPeriod(date.swapped());
                swapped += swappedIn && !literalIn ? 1 : 0;
                literal += literalIn && !swappedIn ? 1 : 0;
            }
        }
        DayMonthOrder decided = swapped > 0 && literal == 0 ? DayMonthOrder.SWAPPED
                : literal > 0 && swapped == 0 ? DayMonthOrder.LITERAL : DayMonthOrder.AUTO;
        return new DayMonthRule(order, decided, first, last, swapped, literal);
    }

    /** The reading of a start date, or the issue that rejects its row. */
    Optional<Reading> start(DateText date) {
        if (!date.ambiguous()) {
            return Optional.of(new Reading(date.literal(), false));
        }
        if (requested != DayMonthOrder.AUTO) {
            return Optional.of(read(date, requested));
        }
        boolean literalIn = inPeriod(date.literal());
        boolean swappedIn = inPeriod(date.swapped());
        if (literalIn != swappedIn) {
            return Optional.of(new Reading(swappedIn ? date.swapped() : date.literal(), swappedIn));
        }
        return literalIn && decided != DayMonthOrder.AUTO ? Optional.of(read(date, decided)) : Optional.empty();
    }

    /** Why {@link #start} found no reading for {@code date}. */
    SessionIssue startIssue(DateText date) {
        boolean noPeriod = firstMonth.isEmpty();
        return noPeriod || inPeriod(date.literal()) ? SessionIssue.AMBIGUOUS_DAY_MONTH : SessionIssue.OUTSIDE_PERIOD;
    }

    /** The readings an end date may have, literal first. */
    List<Reading> end(DateText date) {
        if (!date.ambiguous()) {
            return List.of(new Reading(date.literal(), false));
        }
        if (requested != DayMonthOrder.AUTO) {
            return List.of(read(date, requested));
        }
        return List.of(new Reading(date.literal(), false), new Reading(date.swapped(), true));
    }

    /** One line for the report: the period, the votes and the order decided. */
    String describe() {
        if (requested != DayMonthOrder.AUTO) {
            return "ambiguous dates read " + requested.name().toLowerCase(Locale.ROOT) + " (as requested)";
        }
        if (firstMonth.isEmpty()) {
            return "no start date reads the same either way, so no covered period: ambiguous dates are rejected"
                    + " (state the order with --day-month)";
        }
        String order = decided == DayMonthOrder.AUTO ? "undecided (ambiguous dates with both readings in the period"
                + " are rejected; state the order with --day-month)" : decided.name().toLowerCase(Locale.ROOT);
        return String.format(Locale.ROOT, "covered period %s to %s; start dates placed by the period: %d swapped,"
                + " %d literal; file order %s", firstMonth.get().atDay(1), lastMonth.get().atEndOfMonth(),
                swappedVotes, literalVotes, order);
    }

    private boolean inPeriod(LocalDate date) {
        return firstMonth.isPresent() && !date.isBefore(firstMonth.get().atDay(1))
                && !date.isAfter(lastMonth.get().atEndOfMonth());
    }

    private static Reading read(DateText date, DayMonthOrder order) {
        return order == DayMonthOrder.SWAPPED ? new Reading(date.swapped(), true) : new Reading(date.literal(), false);
    }
}
