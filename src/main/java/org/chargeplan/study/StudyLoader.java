package org.chargeplan.study;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chargeplan.demand.Demand;
import org.chargeplan.demand.DemandBuilder;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowDemandBuilder;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.BaseLoadReader;
import org.chargeplan.grid.FeederReader;
import org.chargeplan.scenario.GridSource;
import org.chargeplan.road.ReachSets;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.RoadNetworkReader;
import org.chargeplan.scenario.Scenario;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.scenario.RoadSource;
import org.chargeplan.siting.CandidateGenerator;
import org.chargeplan.siting.CandidateReader;
import org.chargeplan.siting.Site;
import org.chargeplan.siting.SitingProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the input stages of the pipeline for a scenario: road network, demand, grid, candidate
 * sites and reach sets, and assembles the {@link SitingProblem}. One INFO line per stage with its
 * timing.
 */
public final class StudyLoader {

    private static final Logger LOG = LoggerFactory.getLogger(StudyLoader.class);

    private StudyLoader() {
    }

    /** The scenario's feeder with its base-load series and voltage floor. */
    public static Feeder feeder(GridSource grid) {
        List<Double> profile = grid.baseLoadProfileFile().map(BaseLoadReader::readMultipliers)
                .orElse(grid.baseLoadProfile());
        Feeder feeder = FeederReader.read(grid.feeder(), profile).withMinVoltagePu(grid.minVoltagePu());
        return grid.baseLoadTable().map(table -> feeder.withBaseLoad(BaseLoadReader.readTable(table, feeder)))
                .orElse(feeder);
    }

    private static OsmRoads readOsm(Scenario scenario) {
        try (ProgressBar bar = ProgressBar.start("OpenStreetMap import")) {
            return RoadNetworkReader.readOsm(scenario.roads(), bar);
        }
    }

    public static Study load(Scenario scenario) {
        Stopwatch clock = new Stopwatch();
        Optional<OsmRoads> osm = scenario.roads().format() == RoadSource.Format.OSM
                ? Optional.of(readOsm(scenario)) : Optional.empty();
        RoadNetwork.Component component = osm.map(OsmRoads::network)
                .orElseGet(() -> RoadNetworkReader.read(scenario.roads(), scenario.inputCrs())).largestStronglyConnected();
        RoadNetwork roads = component.network();
        LOG.info("roads: {} nodes, {} links{} ({})", roads.nodeCount(), roads.links().size(),
                component.droppedNodes() == 0 ? "" : String.format(Locale.ROOT,
                        "; dropped %d nodes and %d links outside the largest strongly connected part",
                        component.droppedNodes(), component.droppedLinks()), clock.lap());

        Demand demand = DemandBuilder.build(scenario.demand(), scenario.profiles(), roads,
                scenario.candidates().maxSnapMeters(), scenario.inputCrs());
        LOG.info("demand: {} points, {} kWh/day ({})", demand.points().size(),
                String.format(Locale.ROOT, "%.1f", demand.totalKwhPerDay()), clock.lap());

        Optional<Feeder> feeder = scenario.grid().map(StudyLoader::feeder);
        feeder.ifPresent(f -> LOG.info("grid: {} buses, {} branches, {} transformers, {} hours of base load ({})",
                f.buses().size(), f.branches().size(), f.transformers().size(), f.hours(), clock.lap()));

        List<Site> sites = new java.util.ArrayList<>(CandidateReader.read(scenario.candidates(),
                scenario.chargerTypes(), roads, feeder, scenario.inputCrs()));
        scenario.candidates().generation().ifPresent(rule -> {
            CandidateGenerator.Generated generated = CandidateGenerator.generate(scenario.candidates(), rule,
                    scenario.chargerTypes(), roads, osm, feeder, scenario.file());
            sites.addAll(generated.sites());
            LOG.info("generated {} candidate sites; dropped {} within {} m of another and {} OSM sites beyond {} m"
                    + " of the roads", generated.sites().size(), generated.duplicates(), rule.dedupMeters(),
                    generated.tooFar(), scenario.candidates().maxSnapMeters());
        });
        int[] sources = demand.points().stream().mapToInt(DemandPoint::roadNode).toArray();
        int[] targets = sites.stream().mapToInt(Site::roadNode).toArray();
        ReachSets reach;
        try (ProgressBar bar = ProgressBar.start("reach sets")) {
            reach = ReachSets.compute(roads, sources, targets, scenario.candidates().reachMinutes(),
                    Runtime.getRuntime().availableProcessors(), bar);
        }
        List<List<ReachSets.Reach>> reachByDemand = new java.util.ArrayList<>();
        for (int d = 0; d < sources.length; d++) {
            reachByDemand.add(reach.from(d));
        }
        LOG.info("snapping: {}; {}", SnapReport.of("demand points", demand.points(), DemandPoint::id,
                DemandPoint::position, DemandPoint::roadNode, roads).summary(),
                SnapReport.of("sites", sites, Site::id, Site::position, Site::roadNode, roads).summary());
        LOG.info("sites: {} candidates ({} existing), {} demand-site pairs within {} min ({})", sites.size(),
                sites.stream().filter(Site::existing).count(), reach.pairCount(),
                scenario.candidates().reachMinutes(), clock.lap());

        SitingProblem problem = new SitingProblem(sites, demand.points(), reachByDemand, scenario.chargerTypes(),
                List.copyOf(demand.profiles().values()).stream()
                        .sorted(java.util.Comparator.comparing(p -> p.demandClass())).toList(),
                feeder, scenario.objective(), true).withInvestment(scenario.investment());
        if (scenario.range().isPresent()) {
            FlowDemand flows = FlowDemandBuilder.build(scenario.range().get(), roads);
            LOG.info("range: {} OD paths, {} electric trips/day, range {} km ({})", flows.paths().size(),
                    String.format(Locale.ROOT, "%.1f", flows.totalTripsPerDay()), flows.range().rangeKm(), clock.lap());
            problem = problem.withFlows(Optional.of(flows));
        }
        return new Study(scenario, roads, demand, feeder, problem);
    }
}
