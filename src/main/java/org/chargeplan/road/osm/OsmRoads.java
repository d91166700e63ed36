package org.chargeplan.road.osm;

import java.util.List;
import java.util.Map;
import org.chargeplan.road.RoadNetwork;

/**
 * The result of reading an OpenStreetMap file: the car network (all of it; callers keep the largest
 * strongly connected part), the import report, and the charging, parking and fuel sites found.
 *
 * @param network the routable network: node ids are OSM node ids, link ids {@code wayId.k} (the
 *                k-th piece of the way, with {@code -reverse} for the opposite direction of a
 *                two-way piece); travel minutes and lengths in metres rounded to 4 decimals
 * @param report  counts of what was read, kept and dropped
 * @param sites   sites sorted by kind, then OSM id
 * @param highway the highway class of each link, by link id
 */
public record OsmRoads(RoadNetwork network, OsmImportReport report, List<OsmSite> sites,
        Map<String, HighwayClass> highway) {

    public OsmRoads {
        sites = List.copyOf(sites);
        highway = Map.copyOf(highway);
    }

    /** The {@code highway} tag value of a link, or null for an unknown link id. */
    public String highwayOf(String linkId) {
        HighwayClass c = highway.get(linkId);
        return c == null ? null : c.tagValue();
    }
}
