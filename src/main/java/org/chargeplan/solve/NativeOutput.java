package org.chargeplan.solve;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.util.function.Supplier;

/**
 * Runs native code with the process's standard output (file descriptor 1) sent to the null device.
 *
 * <p>Why: HiGHS prints a banner ("Running HiGHS ...") from native code on every solve, whatever the
 * OR-Tools output settings; chargeplan's standard output carries only its own result line. On
 * POSIX systems the descriptor is duplicated, pointed at {@code /dev/null} and restored afterwards
 * (C stdio buffers flushed on both sides); elsewhere, or if the C library cannot be reached, the
 * action runs unchanged. The descriptor is process-wide, so solves running side by side share one
 * redirection: the first to start makes it, the last to finish undoes it.
 */
final class NativeOutput {

    private static final int STDOUT = 1;
    private static final int WRITE_ONLY = 1;

    /** The few C library calls needed. */
    private interface CLibrary extends Library {
        int dup(int fd);

        int dup2(int from, int to);

        int open(String path, int flags);

        int close(int fd);

        int fflush(Pointer stream);
    }

    private static final CLibrary LIBC = load();

    /** Solves running now; the first to enter redirects, the last to leave restores. */
    private static int active;
    /** The saved standard output while redirected, else -1. */
    private static int saved = -1;

    private NativeOutput() {
    }

    static <T> T silenced(Supplier<T> action) {
        if (LIBC == null) {
            return action.get();
        }
        enter();
        try {
            return action.get();
        } finally {
            leave();
        }
    }

    private static synchronized void enter() {
        if (saved < 0) {
            redirect(); // the first solve, or an earlier attempt failed
        }
        active++;
    }

    private static void redirect() {
        System.out.flush();
        LIBC.fflush(null);
        int copy = LIBC.dup(STDOUT);
        int devNull = LIBC.open("/dev/null", WRITE_ONLY);
        if (copy < 0 || devNull < 0) {
            closeQuietly(copy);
            closeQuietly(devNull);
            return;
        }
        LIBC.dup2(devNull, STDOUT);
        LIBC.close(devNull);
        saved = copy;
    }

    private static synchronized void leave() {
        if (--active > 0 || saved < 0) {
            return;
        }
        LIBC.fflush(null);
        LIBC.dup2(saved, STDOUT);
        LIBC.close(saved);
        saved = -1;
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            LIBC.close(fd);
        }
    }

    private static CLibrary load() {
        if (Platform.isWindows()) {
            return null;
        }
        try {
            return Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }
}
