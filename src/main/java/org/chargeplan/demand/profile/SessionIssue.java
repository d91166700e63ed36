package org.chargeplan.demand.profile;

/**
 * Why a charging-session row was repaired or rejected by the profile builder. Every row that is
 * not used as written is counted under one of these (a rejected row under the first check it
 * fails, in the order listed; a repaired row under each repair applied). README.md describes each
 * rule.
 */
public enum SessionIssue {

    /** Day and month were read the other way round (the file's day/month quirk). */
    DAY_MONTH_SWAPPED(true, "day and month swapped back"),
    /** Start and end fall in the same minute (clock times are whole minutes): spread over that minute. */
    UNDER_A_MINUTE(true, "start and end in the same minute: energy put in that minute"),

    EMPTY_KWH(false, "empty kWh"),
    UNPARSEABLE_KWH(false, "kWh not a number"),
    ZERO_KWH(false, "zero kWh"),
    NEGATIVE_KWH(false, "negative kWh"),
    UNKNOWN_MODEL(false, "charger model matches no class rule"),
    UNPARSEABLE_DATE_TIME(false, "date or time empty or not parseable"),
    AMBIGUOUS_DAY_MONTH(false, "day/month order undecidable"),
    OUTSIDE_PERIOD(false, "start date outside the covered period in either day/month reading"),
    END_BEFORE_START(false, "end before start"),
    TOO_LONG(false, "connected longer than the maximum duration"),
    ABOVE_RATED_POWER(false, "more energy than the charger's rated power delivers in the connection time");

    private final boolean repair;
    private final String label;

    SessionIssue(boolean repair, String label) {
        this.repair = repair;
        this.label = label;
    }

    /** True for a repair (the row is used), false for a rejection (the row is left out). */
    public boolean isRepair() {
        return repair;
    }

    /** A short description for the report. */
    public String label() {
        return label;
    }
}
