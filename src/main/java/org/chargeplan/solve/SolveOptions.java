package org.chargeplan.solve;

/**
 * Limits for one solve.
 *
 * @param timeLimitSeconds wall-clock limit, seconds
 * @param relativeGap      stop when (|bound − objective|) / max(1, |objective|) is at most this
 * @param threads          threads the backend may use
 */
public record SolveOptions(double timeLimitSeconds, double relativeGap, int threads) {

    public SolveOptions {
        if (!(timeLimitSeconds > 0) || !(relativeGap >= 0) || threads < 1) {
            throw new IllegalArgumentException("invalid solve options");
        }
    }
}
