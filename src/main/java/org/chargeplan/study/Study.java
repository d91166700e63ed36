package org.chargeplan.study;

import java.util.Optional;
import org.chargeplan.demand.Demand;
import org.chargeplan.grid.Feeder;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.siting.SitingProblem;

/**
 * A scenario with all its inputs read and connected: the road network (largest strongly connected
 * part), demand on it, the feeder and the siting instance.
 *
 * @param scenario the scenario
 * @param roads    the road network
 * @param demand   the demand
 * @param feeder   the feeder, if the scenario has one
 * @param problem  the siting instance built from all of them
 */
public record Study(Scenario scenario, RoadNetwork roads, Demand demand, Optional<Feeder> feeder,
        SitingProblem problem) {
}
