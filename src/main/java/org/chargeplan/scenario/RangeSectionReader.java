package org.chargeplan.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a scenario's {@code range} section ({@link RangeSource}); part of {@link ScenarioReader}.
 * Fields and units are documented in README.md.
 */
final class RangeSectionReader {

    private RangeSectionReader() {
    }

    static RangeSource read(YamlNode node, Path baseDir) {
        node.allowOnly("od", "trips_per_od_unit", "ev_share", "range_km", "initial_charge_share", "reserve_km",
                "trips", "weight_per_trip", "kwh_per_km", "class");
        Path od = node.required("od", "an OD table: CSV origin,destination,trips or TNTP *_trips.tntp")
                .existingFile(baseDir);
        double scale = node.optional("trips_per_od_unit").map(n -> n.number(1e-12, 1e12, "a number > 0")).orElse(1.0);
        double share = node.required("ev_share", "a share of trips in [0, 1]").number(0, 1, "a share in [0, 1]");
        double rangeKm = node.required("range_km", "the distance a full battery drives, km")
                .number(1e-6, 1e5, "a distance in km > 0");
        double initial = node.optional("initial_charge_share")
                .map(n -> n.number(0, 1, "a share of a full battery in [0, 1]")).orElse(0.5);
        YamlNode reserveNode = node.optional("reserve_km").orElse(null);
        double reserve = reserveNode == null ? 0
                : reserveNode.number(0, 1e5, "a distance in km >= 0, below range_km");
        if (reserve >= rangeKm) {
            throw reserveNode.error("a distance in km >= 0, below range_km = " + rangeKm);
        }
        YamlNode tripsNode = node.optional("trips").orElse(null);
        String trips = tripsNode == null ? "round-trip" : tripsNode.text();
        if (!trips.equals("round-trip") && !trips.equals("one-way")) {
            throw tripsNode.error("round-trip (out and back on the same path) or one-way");
        }
        double weight = node.optional("weight_per_trip")
                .map(n -> n.number(0, 1e9, "a number >= 0 (objective value of one served trip per day)")).orElse(1.0);
        Optional<Double> kwhPerKm = node.optional("kwh_per_km").map(n -> n.number(1e-6, 100, "kWh per km > 0"));
        String demandClass = node.optional("class").map(YamlNode::text).orElse("default");
        return new RangeSource(od, scale, share, rangeKm, initial, reserve, trips.equals("round-trip"), weight,
                kwhPerKm, demandClass);
    }
}
