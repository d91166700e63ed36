package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A planning study as read from a scenario YAML file: where its inputs are, what is to be built
 * and at what cost, and what to optimise. Paths are resolved against the scenario file's folder.
 *
 * @param file         the scenario file
 * @param name         a display name
 * @param roads        the road network
 * @param demand       the charging demand
 * @param profiles     hourly charging profile per demand class: 24 shares of daily energy, one per
 *                     hour from 00:00, summing to 1 (normalised on reading)
 * @param candidates   candidate and existing sites
 * @param chargerTypes the charger types on offer, in file order
 * @param grid         the feeder, when the study includes one
 * @param objective    the objective
 * @param solver       solver settings
 * @param inputCrs     the CRS of GeoJSON inputs (roads, demand points, candidates) without a
 *                     {@code crs} member, e.g. {@code EPSG:3857}; empty for WGS84
 * @param range        OD trips planned for with the vehicles' range, when the scenario has a
 *                     {@code range} section
 * @param investment   storage and transformer upgrades on offer, and the cost basis
 */
public record Scenario(Path file, String name, RoadSource roads, DemandSource demand,
        Map<String, List<Double>> profiles, CandidateSource candidates, List<ChargerType> chargerTypes,
        Optional<GridSource> grid, Objective objective, SolverSettings solver, Optional<String> inputCrs,
        Optional<RangeSource> range, Investment investment) {

    /** Hours in the planning day. */
    public static final int HOURS = 24;

    public Scenario {
        profiles = Map.copyOf(profiles);
        chargerTypes = List.copyOf(chargerTypes);
    }

    /** A scenario whose GeoJSON inputs are WGS84, without range-limited OD flows. */
    public Scenario(Path file, String name, RoadSource roads, DemandSource demand,
            Map<String, List<Double>> profiles, CandidateSource candidates, List<ChargerType> chargerTypes,
            Optional<GridSource> grid, Objective objective, SolverSettings solver) {
        this(file, name, roads, demand, profiles, candidates, chargerTypes, grid, objective, solver, Optional.empty(),
                Optional.empty(), Investment.NONE);
    }

    /** The same scenario with other solver settings. */
    public Scenario withSolver(SolverSettings settings) {
        return new Scenario(file, name, roads, demand, profiles, candidates, chargerTypes, grid,
                objective, settings, inputCrs, range, investment);
    }
}
