package org.chargeplan.demand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile builder on a hand-written session file with one row per known quirk
 * ({@code src/test/resources/demand/profile/sessions-quirks.csv}), against a hand computation.
 *
 * <pre>
 * Covered period: start dates readable one way only (day &gt; 12, or day = month) span
 * 2017-09-13 .. 2018-08-31, so the period is 2017-09-01 .. 2018-08-31.
 * line  id  what                                                   outcome
 *  2    1   rapid 2018-08-31 22:48-22:58, 5.0 kWh                  hour 22: 5.0
 *  3    2   rapid 2017-09-13 10:00-10:30, 3.0 kWh                  hour 10: 3.0
 *  4    3   rapid "2018-09-08" 23:40 - "2018-10-08" 00:20, 4.0     Sep 8 2018 is outside the period, Aug 9
 *           (the start votes "swapped"; of the end's readings        inside: swapped (repair). 23:40-00:20 =
 *           Oct 8 is 59 days on, Aug 10 40 minutes on)               40 min: hour 23 20 min 2.0, hour 0 2.0
 *  5    4   fast22 "2018-03-05" 08:15-10:45, 15.0 kWh              both readings in the period; the file's
 *                                                                  order (1 swapped vote, 0 literal) is
 *                                                                  swapped: 3 May (repair). 150 min at
 *                                                                  0.1 kWh/min: hour 8 45 min 4.5, hour 9
 *                                                                  60 min 6.0, hour 10 45 min 4.5
 *  6    5   empty kWh (and no end)                                 rejected: empty kWh
 *  7    6   0 kWh                                                  rejected: zero kWh
 *  8    7   -12.5 kWh                                              rejected: negative kWh
 *  9    8   14:00 to 13:00 the same day                            rejected: end before start
 * 10    9   fast7 2017-11-20 10:00 to 11-25 10:00 (120 h &gt; 72 h)   rejected: too long
 * 11   10   start time 25:10                                       rejected: unparseable time
 * 12   11   model "Acme Charging Pole"                             rejected: unknown model
 * 13   12   rapid 138.25 kWh in 2 min (&gt; 1.1 x 50 kW x 3 min)       rejected: above rated power
 * 14   13   fast7 2018-01-20 20:00 to 01-22 08:00, 21.6 kWh        2160 min at 0.01 kWh/min: hours 0-7 and
 *                                                                  20-23 twice (1.2 each), 8-19 once (0.6)
 * 15   14   rapid 07:05 to 07:05, 0.5 kWh                          same minute (repair): hour 7: 0.5
 * 16   16   fast22 (Semi-Rapid) 2018-04-04 12:30-13:30, 2.2 kWh    day = month, no swap: hours 12, 13: 1.1
 * 17   17   fast22 (22kW Raption) 2017-12-24 18:00-18:20, 6.0      hour 18: 6.0
 * 18   18   "2019-01-02": Jan 2 and Feb 1 2019 both outside        rejected: outside the period
 *
 * rapid  (4 sessions, 12.5 kWh): hour 0 2.0, 7 0.5, 10 3.0, 22 5.0, 23 2.0
 *        shares 0.16, 0.04, 0.24, 0.40, 0.16
 * fast22 (3 sessions, 23.2 kWh): hour 8 4.5, 9 6.0, 10 4.5, 12 1.1, 13 1.1, 18 6.0
 * fast7  (1 session, 21.6 kWh):  hours 0-7 and 20-23 1.2, hours 8-19 0.6
 * </pre>
 */
public class ChargingProfileBuilderTest {

    static final Path QUIRKS = Path.of("src/test/resources/demand/profile/sessions-quirks.csv");

    /** Hand-computed kWh per hour, from the table above (also used by the command-line test). */
    public static double[] expectedKwh(String chargerClass) {
        double[] kwh = new double[24];
        switch (chargerClass) {
            case "rapid" -> {
                kwh[0] = 2.0;
                kwh[7] = 0.5;
                kwh[10] = 3.0;
                kwh[22] = 5.0;
                kwh[23] = 2.0;
            }
            case "fast22" -> {
                kwh[8] = 4.5;
                kwh[9] = 6.0;
                kwh[10] = 4.5;
                kwh[12] = 1.1;
                kwh[13] = 1.1;
                kwh[18] = 6.0;
            }
            case "fast7" -> {
                for (int h = 0; h < 24; h++) {
                    kwh[h] = h < 8 || h >= 20 ? 1.2 : 0.6;
                }
            }
            default -> throw new IllegalArgumentException(chargerClass);
        }
        return kwh;
    }

    @Test
    void handComputedProfilesAndCounts() {
        ChargingProfiles profiles = ChargingProfileBuilder.build(QUIRKS, ProfileOptions.defaults());

        assertEquals(List.of("fast22", "fast7", "rapid"),
                profiles.classes().stream().map(c -> c.chargerClass().name()).toList());
        Map<String, int[]> sessions = Map.of("rapid", new int[] {4}, "fast22", new int[] {3}, "fast7", new int[] {1});
        Map<String, Double> totals = Map.of("rapid", 12.5, "fast22", 23.2, "fast7", 21.6);
        for (ClassProfile profile : profiles.classes()) {
            String name = profile.chargerClass().name();
            double[] expected = expectedKwh(name);
            assertEquals(sessions.get(name)[0], profile.sessions(), name);
            assertEquals(totals.get(name), profile.kwh(), 1e-9, name);
            for (int h = 0; h < 24; h++) {
                assertEquals(expected[h], profile.kwhByHour().get(h), 1e-9, name + " hour " + h);
                assertEquals(expected[h] / totals.get(name), profile.shares().get(h), 1e-12, name + " share " + h);
            }
        }
        List<Double> rapid = profiles.profile("rapid").shares();
        assertEquals(0.16, rapid.get(0), 1e-12);
        assertEquals(0.40, rapid.get(22), 1e-12);

        assertEquals(17, profiles.rowsRead());
        assertEquals(8, profiles.sessions().size());
        assertEquals(9, profiles.rejectedRows());
        assertEquals(3, profiles.repairedRows());
        Map<SessionIssue, List<Integer>> lines = Map.ofEntries(
                Map.entry(SessionIssue.DAY_MONTH_SWAPPED, List.of(4, 5)),
                Map.entry(SessionIssue.UNDER_A_MINUTE, List.of(15)),
                Map.entry(SessionIssue.EMPTY_KWH, List.of(6)),
                Map.entry(SessionIssue.ZERO_KWH, List.of(7)),
                Map.entry(SessionIssue.NEGATIVE_KWH, List.of(8)),
                Map.entry(SessionIssue.END_BEFORE_START, List.of(9)),
                Map.entry(SessionIssue.TOO_LONG, List.of(10)),
                Map.entry(SessionIssue.UNPARSEABLE_DATE_TIME, List.of(11)),
                Map.entry(SessionIssue.UNKNOWN_MODEL, List.of(12)),
                Map.entry(SessionIssue.ABOVE_RATED_POWER, List.of(13)),
                Map.entry(SessionIssue.OUTSIDE_PERIOD, List.of(18)));
        assertEquals(lines.size(), profiles.issues().size(), profiles.issues().toString());
        for (IssueCount count : profiles.issues()) {
            assertEquals(lines.get(count.issue()), count.firstLines(), count.issue().name());
            assertEquals(lines.get(count.issue()).size(), count.rows(), count.issue().name());
        }
        assertEquals(List.of("Acme Charging Pole"), profiles.unknownModels());
        assertTrue(profiles.dayMonth().contains("2017-09-01 to 2018-08-31"), profiles.dayMonth());
        assertTrue(profiles.dayMonth().contains("1 swapped, 0 literal; file order swapped"), profiles.dayMonth());

        ChargingSession overMidnight = profiles.sessions().stream().filter(s -> s.line() == 4).findFirst().orElseThrow();
        assertEquals("2018-08-09T23:40", overMidnight.start().toString());
        assertEquals("2018-08-10T00:20", overMidnight.end().toString());
    }

    /**
     * One more row whose start reads in the period only as written (5 Oct 2017; 10 May 2017 is
     * outside) is a vote for "literal" against line 4's vote for "swapped": the file's order is
     * then undecided and line 5, with both readings in the period, is rejected as ambiguous.
     */
    @Test
    void mixedVotesLeaveBothWayDatesUndecided(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, Files.readString(QUIRKS)
                + "19,51247,1,2017-10-05T00:00:00,11:00,2017-10-05T00:00:00,11:30,2.2,Mill Street,APT 22kW Raption\n");
        ChargingProfiles profiles = ChargingProfileBuilder.build(file, ProfileOptions.defaults());

        assertEquals(1, profiles.count(SessionIssue.AMBIGUOUS_DAY_MONTH));
        assertEquals(List.of(5), profiles.issues().stream()
                .filter(c -> c.issue() == SessionIssue.AMBIGUOUS_DAY_MONTH).findFirst().orElseThrow().firstLines());
        assertEquals(1, profiles.count(SessionIssue.DAY_MONTH_SWAPPED), "only line 4 is still swapped");
        assertTrue(profiles.dayMonth().contains("1 swapped, 1 literal; file order undecided"), profiles.dayMonth());
        // fast22 loses line 5 (15 kWh) and gains line 19 (2.2 kWh, 11:00-11:30): 8.2 + 2.2 kWh
        ClassProfile fast22 = profiles.profile("fast22");
        assertEquals(3, fast22.sessions());
        assertEquals(10.4, fast22.kwh(), 1e-9);
        assertEquals(2.2, fast22.kwhByHour().get(11), 1e-12);
        assertEquals(0.0, fast22.kwhByHour().get(9), 0.0);
    }

    /**
     * Told to read dates as written, line 4 starts on 8 Sep 2018 and ends on 8 Oct (59 days: too
     * long), line 5 stays on 5 March (same hours), line 18 is read as 2 Jan 2019 (no period applies).
     */
    @Test
    void literalOrderOnRequest() {
        ChargingProfiles profiles = ChargingProfileBuilder.build(QUIRKS,
                new ProfileOptions(ProfileOptions.DEFAULT_MAX_CONNECTION_HOURS, DayMonthOrder.LITERAL));

        assertEquals(0, profiles.count(SessionIssue.DAY_MONTH_SWAPPED));
        assertEquals(2, profiles.count(SessionIssue.TOO_LONG));
        assertEquals(0, profiles.count(SessionIssue.OUTSIDE_PERIOD));
        ChargingSession line5 = profiles.sessions().stream().filter(s -> s.line() == 5).findFirst().orElseThrow();
        assertEquals("2018-03-05T08:15", line5.start().toString());
        assertEquals(4, profiles.profile("fast22").sessions(), "line 18 is used as read");
        assertEquals(3, profiles.profile("rapid").sessions(), "line 4 is rejected");
    }

    /**
     * Without a start date that reads the same either way there is no covered period, so a date
     * such as 2018-03-05 cannot be placed: rejected, unless the order is given.
     */
    @Test
    void noPeriodWithoutUnambiguousDates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("all-ambiguous.csv");
        Files.writeString(file, "_id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Total kWh,Site,Model\n"
                + "1,1,1,2018-03-05T00:00:00,10:00,2018-03-05T00:00:00,10:30,3.0,A,APT Triple Rapid Charger\n");
        ChargingProfiles auto = ChargingProfileBuilder.build(file, ProfileOptions.defaults());
        assertEquals(1, auto.count(SessionIssue.AMBIGUOUS_DAY_MONTH));
        assertTrue(auto.dayMonth().contains("no covered period"), auto.dayMonth());
        ChargingProfiles swapped = ChargingProfileBuilder.build(file,
                new ProfileOptions(ProfileOptions.DEFAULT_MAX_CONNECTION_HOURS, DayMonthOrder.SWAPPED));
        assertEquals("2018-05-03T10:00", swapped.sessions().get(0).start().toString());
        assertEquals(1, swapped.count(SessionIssue.DAY_MONTH_SWAPPED));
    }

    /** A shorter limit on the connection time rejects the 36-hour session of line 14. */
    @Test
    void maximumConnectionTime() {
        ChargingProfiles profiles = ChargingProfileBuilder.build(QUIRKS, new ProfileOptions(36, DayMonthOrder.AUTO));
        assertEquals(1, profiles.count(SessionIssue.TOO_LONG));
        ChargingProfiles shorter = ChargingProfileBuilder.build(QUIRKS, new ProfileOptions(35, DayMonthOrder.AUTO));
        assertEquals(2, shorter.count(SessionIssue.TOO_LONG));
        assertTrue(shorter.classes().stream().noneMatch(c -> c.chargerClass().name().equals("fast7")));
    }

    @Test
    void chargerClassRules() {
        assertEquals("rapid", ChargerClass.ofModel("APT Triple Rapid Charger").orElseThrow().name());
        assertEquals("rapid", ChargerClass.ofModel("Siemens Triple Rapid Charger").orElseThrow().name());
        assertEquals(new ChargerClass("fast22", 22), ChargerClass.ofModel("Siemens Semi-Rapid").orElseThrow());
        assertEquals(new ChargerClass("fast22", 22), ChargerClass.ofModel("APT 22kW Dual Outlet").orElseThrow());
        assertEquals(new ChargerClass("fast22", 22), ChargerClass.ofModel("APT 22kW Raption").orElseThrow());
        assertEquals(new ChargerClass("fast7", 7), ChargerClass.ofModel("Siemens 7 kW Dual Outlet").orElseThrow());
        assertEquals(new ChargerClass("fast7", 7), ChargerClass.ofModel("APT 7kW Dual Outlet").orElseThrow());
        assertEquals(new ChargerClass("fast3_7", 3.7), ChargerClass.ofModel("Wallbox 3.7 kW").orElseThrow());
        assertTrue(ChargerClass.ofModel("Acme Charging Pole").isEmpty());
        assertTrue(ChargerClass.ofModel("Model 22 kWh battery").isEmpty(), "kWh is not a power");
    }
}
