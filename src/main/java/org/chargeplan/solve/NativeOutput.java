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
 * action runs unchanged. Calls are serialised, since the descriptor is process-wide.
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

    private NativeOutput() {
    }

    static synchronized <T> T silenced(Supplier<T> action) {
        if (LIBC == null) {
            return action.get();
        }
        System.out.flush();
        LIBC.fflush(null);
        int saved = LIBC.dup(STDOUT);
        int devNull = LIBC.open("/dev/null", WRITE_ONLY);
        if (saved < 0 || devNull < 0) {
            closeQuietly(saved);
            closeQuietly(devNull);
            return action.get();
        }
        LIBC.dup2(devNull, STDOUT);
        LIBC.close(devNull);
        try {
            return action.get();
        } finally {
            LIBC.fflush(null);
            LIBC.dup2(saved, STDOUT);
            LIBC.close(saved);
        }
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
