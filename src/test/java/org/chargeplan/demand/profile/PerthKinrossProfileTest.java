package org.chargeplan.demand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chargeplan.report.ProfileWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Perth &amp; Kinross session file ({@code ../shared/data/ev-load/}): the counts its
 * SOURCE.txt states, the day/month decision checked against the file's own order (rows are sorted
 * newest first), the profiles' shape, and the profiles shipped in {@code maps/profiles/}.
 */
class PerthKinrossProfileTest {

    static final Path SESSIONS = Path.of("../shared/data/ev-load/perth-kinross_ev_sessions_2017-09_2018-08.csv");
    static final Path SHIPPED = Path.of("maps/profiles/perth-kinross.csv");

    private static ChargingProfiles profiles;

    @BeforeAll
    static void build() {
        assumeTrue(Files.isRegularFile(SESSIONS),
                "shared data set ../shared/data/ev-load/perth-kinross_ev_sessions_2017-09_2018-08.csv not present; skipping");
        profiles = ChargingProfileBuilder.build(SESSIONS, ProfileOptions.defaults());
    }

    /** SOURCE.txt: 20,277 sessions; kWh 43 empty, 407 zero, one negative (-1394.711 kWh, _id 8342). */
    @Test
    void countsStatedBySource() {
        assertEquals(20_277, profiles.rowsRead());
        assertEquals(43, profiles.count(SessionIssue.EMPTY_KWH));
        assertEquals(407, profiles.count(SessionIssue.ZERO_KWH));
        assertEquals(1, profiles.count(SessionIssue.NEGATIVE_KWH));
        assertEquals(List.of(8343), profiles.issues().stream().filter(c -> c.issue() == SessionIssue.NEGATIVE_KWH)
                .findFirst().orElseThrow().firstLines(), "_id 8342 is on line 8343");
        assertEquals(0, profiles.count(SessionIssue.UNKNOWN_MODEL));
        assertEquals(0, profiles.count(SessionIssue.AMBIGUOUS_DAY_MONTH));
        assertEquals(0, profiles.count(SessionIssue.OUTSIDE_PERIOD));
        assertEquals(0, profiles.count(SessionIssue.END_BEFORE_START));
        assertEquals(profiles.rowsRead(), profiles.sessions().size() + profiles.rejectedRows());
        assertTrue(profiles.dayMonth().contains("covered period 2017-09-01 to 2018-08-31"), profiles.dayMonth());
        assertTrue(profiles.dayMonth().endsWith("file order swapped"), profiles.dayMonth());
    }

    /**
     * The file lists sessions newest first. Read as written, start times go backwards in that
     * order 21 times (counted here); with the builder's day/month decisions they never do, which checks every
     * repaired date against an order the repair did not look at.
     */
    @Test
    void repairedStartsFollowTheFilesOrder() {
        List<ChargingSession> sessions = profiles.sessions();
        for (int i = 1; i < sessions.size(); i++) {
            ChargingSession newer = sessions.get(i - 1);
            ChargingSession older = sessions.get(i);
            assertFalse(older.start().isAfter(newer.start()),
                    "line " + older.line() + " starts " + older.start() + ", after line " + newer.line() + " at "
                            + newer.start());
        }
        assertTrue(profiles.count(SessionIssue.DAY_MONTH_SWAPPED) > 7_000);

        int literalInversions = 0;
        java.time.LocalDateTime previous = null;
        for (SessionRow row : SessionFile.read(SESSIONS)) {
            java.time.LocalDateTime start = DateText.parse(row.startDate()).orElseThrow().literal()
                    .atTime(DateText.parseTime(row.startTime()).orElseThrow());
            literalInversions += previous != null && start.isAfter(previous) ? 1 : 0;
            previous = start;
        }
        assertEquals(21, literalInversions, "the order check would catch dates left as written");
    }

    /**
     * Shape: rapid charging is a daytime activity (09:00-18:00 holds about 70 % of the energy, the
     * busiest hour is in the afternoon) with an evening shoulder, and nights (00:00-06:00) hold
     * under 3 %; 7 kW (depot and long-stay) charging is flatter, with a night floor of about
     * 2 % per hour from cars left plugged in, and peaks late in the afternoon.
     */
    @Test
    void profilesSumToOneWithTheirShape() {
        assertEquals(List.of("fast22", "fast7", "rapid"),
                profiles.classes().stream().map(c -> c.chargerClass().name()).toList());
        for (ClassProfile c : profiles.classes()) {
            assertEquals(1.0, c.shares().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
            double sessionKwh = profiles.sessions().stream().filter(s -> s.chargerClass().equals(c.chargerClass()))
                    .mapToDouble(ChargingSession::kwh).sum();
            assertEquals(sessionKwh, c.kwh(), 1e-6 * sessionKwh, "spread energy equals the sessions' energy");
        }
        List<Double> rapid = profiles.profile("rapid").shares();
        assertTrue(sum(rapid, 9, 18) > 0.65, "rapid daytime share " + sum(rapid, 9, 18));
        assertTrue(sum(rapid, 0, 6) < 0.03, "rapid night share " + sum(rapid, 0, 6));
        assertTrue(sum(rapid, 18, 22) > 0.15, "rapid evening share " + sum(rapid, 18, 22));
        int peak = argMax(rapid);
        assertTrue(peak >= 12 && peak <= 17, "rapid peak hour " + peak);
        List<Double> fast7 = profiles.profile("fast7").shares();
        assertTrue(fast7.get(3) > 0.01 && fast7.get(3) > 5 * rapid.get(3), "fast7 night floor " + fast7.get(3));
        assertTrue(argMax(fast7) >= 15 && argMax(fast7) <= 18, "fast7 peak hour " + argMax(fast7));
    }

    /** maps/profiles/ holds exactly what the builder writes from the shared file. */
    @Test
    void shippedProfilesAreReproduced() throws IOException {
        Path report = ProfileWriter.reportPath(SHIPPED);
        Path dir = Files.createTempDirectory("profile");
        try {
            Path out = dir.resolve(SHIPPED.getFileName());
            ProfileWriter.write(profiles, out);
            assertEquals(Files.readString(SHIPPED), Files.readString(out));
            assertEquals(Files.readString(report), Files.readString(ProfileWriter.reportPath(out)));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static double sum(List<Double> shares, int fromHour, int toHour) {
        return shares.subList(fromHour, toHour).stream().mapToDouble(Double::doubleValue).sum();
    }

    private static int argMax(List<Double> shares) {
        int best = 0;
        for (int h = 1; h < shares.size(); h++) {
            best = shares.get(h) > shares.get(best) ? h : best;
        }
        return best;
    }
}
