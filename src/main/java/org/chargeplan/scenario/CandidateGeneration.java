package org.chargeplan.scenario;

import java.util.List;
import java.util.Map;

/**
 * How to generate candidate sites from the road network when the scenario asks
 * ({@code candidates.generate}).
 *
 * @param majorRoadNodes  a candidate at every road node on a motorway, trunk, primary or secondary
 *                        road (or one of their links); needs OpenStreetMap roads
 * @param everyKm         a candidate every this many km along each major road link (0: none)
 * @param osmSites        OpenStreetMap site kinds to add: {@code charging_station}, {@code parking},
 *                        {@code fuel}; needs OpenStreetMap roads (the sites come from the same file)
 * @param osmSockets      OSM socket type to charger type id, e.g. {@code type2 → ac22}: a charging
 *                        station's {@code socket:TYPE=N} tags become N existing chargers of that type
 * @param dedupMeters     a generated point within this distance of one kept earlier is dropped,
 *                        metres (order: OSM sites, major road nodes, corridor points)
 */
public record CandidateGeneration(boolean majorRoadNodes, double everyKm, List<String> osmSites,
        Map<String, String> osmSockets, double dedupMeters) {

    public CandidateGeneration {
        osmSites = List.copyOf(osmSites);
        osmSockets = Map.copyOf(osmSockets);
    }
}
