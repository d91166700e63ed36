package org.chargeplan.demand.profile;

/**
 * One row of a charging-session file as written, before any check (cells trimmed of blanks).
 *
 * @param line      line number in the file (the header is line 1)
 * @param startDate start date text, e.g. {@code 2018-08-31T00:00:00}
 * @param startTime start time text, {@code HH:MM}
 * @param endDate   end date text
 * @param endTime   end time text
 * @param kwh       energy text, kWh
 * @param model     charger model name
 */
public record SessionRow(int line, String startDate, String startTime, String endDate, String endTime, String kwh,
        String model) {
}
