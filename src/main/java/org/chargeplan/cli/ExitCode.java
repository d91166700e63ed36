package org.chargeplan.cli;

/** Exit codes of every command (DESIGN.md). */
public final class ExitCode {

    /** A plan (or the requested output) was written. */
    public static final int OK = 0;
    /** No feasible plan exists; the message says which constraints conflict. */
    public static final int NO_PLAN = 1;
    /** Bad input: the message names the file, the feature or line, and the field. */
    public static final int BAD_INPUT = 2;
    /** Internal error. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
