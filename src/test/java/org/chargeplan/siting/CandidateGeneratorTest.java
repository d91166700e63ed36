package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chargeplan.geo.GreatCircle;
import org.chargeplan.geo.LonLat;
import org.chargeplan.road.RoadLink;
import org.chargeplan.road.RoadNetwork;
import org.chargeplan.road.osm.OsmImport;
import org.chargeplan.road.osm.OsmRoads;
import org.chargeplan.road.osm.OsmSite;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.study.Study;
import org.chargeplan.study.StudyLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Candidates generated on the Monaco extract, checked by brute force over all pairs: no two kept
 * sites closer than the dedup radius, and every point a rule proposes (major-road node, OSM site
 * within the snapping distance, corridor point) has a kept site within that radius.
 */
class CandidateGeneratorTest {

    private static final double DEDUP_M = 150;
    private static Study study;
    private static OsmRoads osm;

    @BeforeAll
    static void load() {
        Path monaco = Path.of("../shared/data/osm/monaco.osm.gz");
        assumeTrue(Files.isRegularFile(monaco), "shared data set ../shared/data/osm/monaco.osm.gz not present; skipping");
        study = StudyLoader.load(ScenarioReader.read(Path.of("src/test/resources/osm/monaco_generated.yaml")));
        osm = OsmImport.read(monaco);
    }

    private static boolean covered(LonLat p) {
        return study.problem().sites().stream()
                .anyMatch(s -> GreatCircle.distanceMeters(s.position(), p) <= DEDUP_M + 1e-6);
    }

    @Test
    void keptSitesAreFartherApartThanTheRadius() {
        List<Site> sites = study.problem().sites();
        assertTrue(sites.size() > 10, "sites: " + sites.size());
        for (int i = 0; i < sites.size(); i++) {
            for (int j = i + 1; j < sites.size(); j++) {
                assertTrue(GreatCircle.distanceMeters(sites.get(i).position(), sites.get(j).position()) > DEDUP_M,
                        sites.get(i).id() + " and " + sites.get(j).id());
            }
        }
        assertEquals(sites.size(), sites.stream().map(Site::id).distinct().count(), "ids are unique");
    }

    @Test
    void everyProposedPointHasAKeptSiteNearby() {
        RoadNetwork roads = study.roads();
        int majorLinks = 0;
        for (RoadLink link : roads.links()) {
            String highway = osm.highwayOf(link.id());
            if (highway != null && List.of("motorway", "motorway_link", "trunk", "trunk_link", "primary",
                    "primary_link", "secondary", "secondary_link").contains(highway)) {
                majorLinks++;
                assertTrue(covered(roads.position(link.from())), "major node at the start of " + link.id());
                boolean twoWayTwin = link.id().endsWith("-reverse");
                assertTrue(twoWayTwin || link.lengthMeters() <= 300 || covered(CandidateGenerator.along(link.geometry(), 300)),
                        "corridor point on " + link.id());
            }
        }
        assertTrue(majorLinks > 0);
        for (OsmSite site : osm.sites()) {
            double snap = roads.nodes().stream().mapToDouble(n -> GreatCircle.distanceMeters(n.position(), site.position()))
                    .min().orElseThrow();
            if (snap <= 300) {
                assertTrue(covered(site.position()), site.osmId());
            }
        }
    }
}
