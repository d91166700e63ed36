package org.chargeplan.demand.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Minute counts per clock hour against stepping through the interval one minute at a time. */
class HourlySpreadTest {

    @Test
    void minutesByHourEqualMinuteByMinuteCount() {
        long seed = 20_180_831L;
        Random random = new Random(seed);
        for (int trial = 0; trial < 500; trial++) {
            LocalDateTime start = LocalDateTime.of(2017, 9, 1, 0, 0).plusMinutes(random.nextInt(365 * 24 * 60));
            LocalDateTime end = start.plusMinutes(random.nextInt(trial % 10 == 0 ? 5 * 24 * 60 : 300));
            long[] expected = new long[24];
            for (LocalDateTime t = start; t.isBefore(end); t = t.plusMinutes(1)) {
                expected[t.getHour()]++;
            }
            assertArrayEquals(expected, HourlySpread.minutesByHour(start, end),
                    "seed " + seed + ", trial " + trial + ": " + start + " to " + end);
        }
    }
}
