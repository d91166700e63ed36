package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Candidate (and existing) station sites.
 *
 * @param file            GeoJSON points with {@code id} and optional {@code site_cost},
 *                        {@code max_chargers} (type id to count) and {@code existing_chargers};
 *                        empty when all candidates are generated
 * @param reachMinutes    the longest drive, in minutes of free-flow travel time, from a demand
 *                        point to a station that may serve it
 * @param defaultSiteCost capital cost of opening a site when the feature gives none, currency units
 * @param maxSnapMeters   the farthest a site or demand point may lie from its road node, metres
 * @param generation      candidates to generate from the road network, if asked
 */
public record CandidateSource(Optional<Path> file, double reachMinutes, double defaultSiteCost,
        double maxSnapMeters, Optional<CandidateGeneration> generation) {

    public CandidateSource {
        if (file.isEmpty() && generation.isEmpty()) {
            throw new IllegalArgumentException("candidates need a file or a generation rule");
        }
    }

    /** Candidates from a file only. */
    public CandidateSource(Path file, double reachMinutes, double defaultSiteCost, double maxSnapMeters) {
        this(Optional.of(file), reachMinutes, defaultSiteCost, maxSnapMeters, Optional.empty());
    }
}
