package org.chargeplan.scenario;

import java.nio.file.Path;

/**
 * Candidate (and existing) station sites.
 *
 * @param file            GeoJSON points with {@code id} and optional {@code site_cost},
 *                        {@code max_chargers} (type id to count) and {@code existing_chargers}
 * @param reachMinutes    the longest drive, in minutes of free-flow travel time, from a demand
 *                        point to a station that may serve it
 * @param defaultSiteCost capital cost of opening a site when the feature gives none, currency units
 * @param maxSnapMeters   the farthest a site or demand point may lie from its road node, metres
 */
public record CandidateSource(Path file, double reachMinutes, double defaultSiteCost,
        double maxSnapMeters) {
}
