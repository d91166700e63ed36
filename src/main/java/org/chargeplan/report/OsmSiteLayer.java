package org.chargeplan.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.road.osm.OsmSite;

/**
 * OpenStreetMap charging stations, parking and fuel stations as GeoJSON points that a scenario can
 * use as its {@code candidates.file}: {@code id} (the OSM id, e.g. {@code node/123}), {@code kind}
 * ({@code charging_station}, {@code parking}, {@code fuel}), {@code capacity} (vehicles charging at
 * once, when tagged) and {@code sockets} (count by socket type, when tagged). A site from a closed
 * way sits at the mean of its nodes.
 */
public final class OsmSiteLayer {

    private OsmSiteLayer() {
    }

    public static void write(List<OsmSite> sites, Path file) {
        OutputFolder.writeFile(file, staging -> {
            try (GeoJsonWriter out = new GeoJsonWriter(staging, "osm_sites")) {
                for (OsmSite site : sites) {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("id", site.osmId());
                    properties.put("kind", site.kind().tagValue());
                    if (site.capacity().isPresent()) {
                        properties.put("capacity", site.capacity().getAsInt());
                    }
                    if (!site.sockets().isEmpty()) {
                        properties.put("sockets", site.sockets());
                    }
                    out.point(site.position(), properties);
                }
            }
        });
    }
}
