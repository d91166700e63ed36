package org.chargeplan.study;

import java.util.Locale;

/** Wall-clock lap timer for stage log lines. Not thread-safe. */
public final class Stopwatch {

    private long lapStart = System.nanoTime();

    /** Seconds since the previous lap (or construction), formatted "0.12 s", and starts a new lap. */
    public String lap() {
        long now = System.nanoTime();
        double seconds = (now - lapStart) / 1e9;
        lapStart = now;
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }
}
