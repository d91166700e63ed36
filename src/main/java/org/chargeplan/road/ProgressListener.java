package org.chargeplan.road;

/**
 * Told how far a long computation (an OSM import in bytes, reach sets in searches) has got. May be
 * called from several threads; implementations must be thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {

    /** No reporting. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  steps finished so far
     * @param total steps in all
     */
    void update(long done, long total);
}
