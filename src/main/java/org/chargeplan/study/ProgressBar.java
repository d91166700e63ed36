package org.chargeplan.study;

import java.io.PrintStream;
import java.util.Locale;
import org.chargeplan.road.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a long stage has got: on a terminal, a bar redrawn in place on stderr at most ten
 * times a second; otherwise (a log file, a pipe, a test) an INFO log line at every further 10 % once
 * the stage has run for a second (short stages stay quiet). Silent when INFO logging is off
 * ({@code --quiet}). Thread-safe.
 */
public final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressBar.class);
    private static final int WIDTH = 30;

    private final String label;
    private final boolean terminal;
    private final boolean enabled;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(String label, boolean terminal, boolean enabled, PrintStream out) {
        this.label = label;
        this.terminal = terminal;
        this.enabled = enabled;
        this.out = out;
    }

    /** A bar for {@code label}, drawn when stderr is a terminal, else logged. */
    public static ProgressBar start(String label) {
        return new ProgressBar(label, System.console() != null, LOG.isInfoEnabled(), System.err);
    }

    @Override
    public synchronized void update(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        double share = Math.min(1, (double) done / total);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawNanos < 100_000_000L && done < total) {
                return;
            }
            lastDrawNanos = now;
            int filled = (int) Math.round(share * WIDTH);
            out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%%", label, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), share * 100));
            out.flush();
            drawn = true;
        } else {
            int tenth = (int) Math.floor(share * 10);
            if (tenth > lastTenth && tenth > 0 && System.nanoTime() - startNanos >= 1_000_000_000L) {
                lastTenth = tenth;
                LOG.info("{}: {}% ({} of {})", label, tenth * 10, done, total);
            }
        }
    }

    /** Ends the bar's line on a terminal. */
    @Override
    public synchronized void close() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }
}
