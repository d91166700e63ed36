package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code chargeplan profile} through the real command line: the hand-written quirks file (its hand
 * computation is in {@code ChargingProfileBuilderTest}) gives the expected CSV and report, twice
 * byte for byte; bad files exit 2 with one line naming file, line, field and value, and leave
 * nothing behind.
 */
class ProfileCommandTest {

    private static final Path QUIRKS = Path.of("src/test/resources/demand/profile/sessions-quirks.csv");
    private static final String HEADER =
            "_id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Total kWh,Site,Model\n";

    @TempDir
    Path tmp;

    @Test
    void writesProfileAndReport() throws IOException {
        Path out = tmp.resolve("profile.csv");
        CliRun run = CliRun.of("profile", QUIRKS.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        assertTrue(run.out().contains("3 classes (fast22, fast7, rapid) from 8 of 17 sessions; 3 repaired, 9 rejected"),
                run.describe());

        List<String> lines = Files.readAllLines(out);
        assertEquals(25, lines.size());
        assertEquals("hour,fast22,fast7,rapid", lines.get(0));
        // rapid 12.5 kWh: hour 22 5.0 (0.4); fast22 23.2 kWh: hour 9 6.0 (0.258620689..);
        // fast7 21.6 kWh: 1.2 kWh in 12 night hours (0.0555..), 0.6 in 12 day hours (0.0277..).
        // Rounded down these lose 16 millionths, given back by largest remainder: first to the 12
        // day hours (remainder 0.78), then to 4 of the night hours (0.56).
        assertEquals("9,0.258621,0.027778,0.000000", lines.get(10));
        assertEquals(4, lines.stream().filter(l -> l.contains(",0.055556,")).count());
        assertEquals(8, lines.stream().filter(l -> l.contains(",0.055555,")).count());
        for (String line : lines.subList(1, 25)) {
            String[] cells = line.split(",");
            int hour = Integer.parseInt(cells[0]);
            for (int column = 1; column <= 3; column++) {
                double expected = org.chargeplan.demand.profile.ChargingProfileBuilderTest
                        .expectedKwh(lines.get(0).split(",")[column])[hour] / new double[] {0, 23.2, 21.6, 12.5}[column];
                assertEquals(expected, Double.parseDouble(cells[column]), 1e-6 + 1e-12, line);
            }
        }
        for (int column = 1; column <= 3; column++) {
            long micro = 0;
            for (String line : lines.subList(1, 25)) {
                micro += Math.round(Double.parseDouble(line.split(",")[column]) * 1e6);
            }
            assertEquals(1_000_000, micro, "column " + column + " prints shares summing to exactly 1");
        }

        String report = Files.readString(tmp.resolve("profile-report.txt"));
        assertTrue(report.contains("negative kWh: 1 (line 8)"), report);
        assertTrue(report.contains("day and month swapped back: 2 (lines 4, 5)"), report);
        assertTrue(report.contains("unknown charger models: Acme Charging Pole"), report);
        assertTrue(report.contains("  rapid,50,4,12.500"), report);
        assertTrue(run.err().contains("zero kWh: 1 (line 7)"), "the report is logged too: " + run.err());

        byte[] first = Files.readAllBytes(out);
        byte[] firstReport = Files.readAllBytes(tmp.resolve("profile-report.txt"));
        assertEquals(ExitCode.OK, CliRun.of("profile", QUIRKS.toString(), "-o", out.toString()).exitCode());
        assertEquals(new String(first), Files.readString(out));
        assertEquals(new String(firstReport), Files.readString(tmp.resolve("profile-report.txt")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("profile-report.txt", "profile.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing column",
                        "_id,CP ID,Connector,Start Date,Start Time,End Date,End Time,Site,Model\n",
                        List.of("line 1", "header", "no column 'Total kWh'")),
                Arguments.of("empty file", "", List.of("line 1", "header")),
                Arguments.of("short row",
                        HEADER + "1,51519,2,2018-08-31T00:00:00,22:48,2018-08-31T00:00:00,22:58,2.78,Broxden Park & Ride, Perth,APT Triple Rapid Charger\n",
                        List.of("line 2", "11 cells", "(10)")),
                Arguments.of("open quote",
                        HEADER + "1,51519,2,2018-08-31T00:00:00,22:48,2018-08-31T00:00:00,22:58,2.78,\"Broxden,APT\n",
                        List.of("line 2", "quote")),
                Arguments.of("no usable row",
                        HEADER + "1,51519,2,2018-08-31T00:00:00,22:48,2018-08-31T00:00:00,22:58,0,Broxden,APT Triple Rapid Charger\n",
                        List.of("no usable session in 1 rows", "zero kWh: 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileExitsTwo(String name, String content, List<String> mentions) throws IOException {
        Path sessions = tmp.resolve("sessions.csv");
        Files.writeString(sessions, content);
        Path out = tmp.resolve("out").resolve("profile.csv");
        CliRun run = CliRun.of("profile", sessions.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertEquals(1, run.errLines().size(), run.describe());
        String line = run.errLines().get(0);
        assertTrue(line.contains("sessions.csv"), line);
        for (String part : mentions) {
            assertTrue(line.contains(part), "'" + part + "' in: " + line);
        }
        assertFalse(Files.exists(out.getParent()) && Files.list(out.getParent()).findAny().isPresent(),
                "nothing written");
    }

    @Test
    void badOptionsExitTwo() {
        CliRun run = CliRun.of("profile", QUIRKS.toString(), "-o", tmp.resolve("p.csv").toString(), "--day-month", "dmy");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.describe());
        assertTrue(run.err().contains("--day-month") && run.err().contains("'dmy' is not auto, literal or swapped"),
                run.describe());
        CliRun hours = CliRun.of("profile", QUIRKS.toString(), "-o", tmp.resolve("p.csv").toString(), "--max-hours", "0");
        assertEquals(ExitCode.BAD_INPUT, hours.exitCode(), hours.describe());
        assertTrue(hours.err().contains("'0' is not a whole number of hours"), hours.describe());
        CliRun missing = CliRun.of("profile", tmp.resolve("nope.csv").toString(), "-o", tmp.resolve("p.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode(), missing.describe());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.describe());
    }
}
