package org.chargeplan.road;

/** Told how many of a long computation's steps are done; called from worker threads, must be thread-safe. */
@FunctionalInterface
public interface SearchProgress {

    /** No reporting. */
    SearchProgress NONE = (done, total) -> { };

    /**
     * @param done  steps finished so far
     * @param total steps in all
     */
    void update(long done, long total);
}
