package org.chargeplan.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chargeplan.geo.GeoJsonFeature;
import org.chargeplan.geo.GeoJsonReader;
import org.chargeplan.geo.LonLat;
import org.chargeplan.scenario.InputException;

/**
 * Reads the project's feeder GeoJSON: one FeatureCollection whose features carry a {@code kind}:
 *
 * <ul>
 *   <li>{@code bus} (Point): {@code id}, {@code base_kw}, {@code base_kvar}, {@code vn_kv},
 *       {@code slack} (exactly one bus is the slack);</li>
 *   <li>{@code branch} (LineString): {@code id}, {@code from}, {@code to}, {@code r_ohm},
 *       {@code x_ohm} (not both zero), {@code in_service} (default true), and optionally a
 *       thermal rating as {@code rating_kva} or {@code ampacity_a} (three-phase, at the sending
 *       bus's nominal voltage);</li>
 *   <li>{@code transformer} (Point): {@code id}, {@code bus}, {@code rating_kva} &gt; 0,
 *       {@code power_factor} in (0, 1] (default 0.95).</li>
 * </ul>
 * Buses must come before the branches and transformers that name them. When there are branches,
 * the in-service ones must form a tree that reaches every bus from the slack bus (a radial
 * feeder); a feeder without branches has transformer limits only.
 */
public final class FeederReader {

    private FeederReader() {
    }

    /** Reads the feeder in {@code file} with the given 24-hour base load multipliers. */
    public static Feeder read(Path file, List<Double> baseLoadProfile) {
        List<Bus> buses = new ArrayList<>();
        List<Branch> branches = new ArrayList<>();
        List<Transformer> transformers = new ArrayList<>();
        Map<String, Integer> busIndex = new HashMap<>();
        Map<String, GeoJsonFeature> seenIds = new HashMap<>();
        for (GeoJsonFeature feature : GeoJsonReader.read(file)) {
            String kind = feature.text("kind");
            String id = feature.text("id");
            if (seenIds.put(kind + ":" + id, feature) != null) {
                throw feature.fail("id", id, "ids must be unique among " + kind + "es");
            }
            switch (kind) {
                case "bus" -> {
                    busIndex.put(id, buses.size());
                    buses.add(new Bus(id, feature.point(),
                            feature.number("base_kw", -1e6, 1e6, "a load in kW"),
                            feature.optionalNumber("base_kvar", -1e6, 1e6, "a load in kvar").orElse(0.0),
                            feature.number("vn_kv", 1e-3, 1e4, "a nominal voltage in kV > 0"),
                            feature.optionalBoolean("slack").orElse(false)));
                }
                case "branch" -> {
                    int from = bus(feature, "from", busIndex);
                    int to = bus(feature, "to", busIndex);
                    double r = feature.number("r_ohm", 0, 1e6, "a resistance in ohms >= 0");
                    double x = feature.number("x_ohm", 0, 1e6, "a reactance in ohms >= 0");
                    if (r == 0 && x == 0) {
                        throw feature.fail("r_ohm", "0", "a branch needs a non-zero impedance (r_ohm or x_ohm > 0)");
                    }
                    List<LonLat> line = feature.geometryType().equals("LineString") ? feature.lineString()
                            : List.of(buses.get(from).position().orElseThrow(), buses.get(to).position().orElseThrow());
                    java.util.OptionalDouble rating = rating(feature, buses.get(from).nominalKv());
                    branches.add(new Branch(id, from, to, r, x, feature.optionalBoolean("in_service").orElse(true), line,
                            rating));
                }
                case "transformer" -> transformers.add(new Transformer(id, bus(feature, "bus", busIndex),
                        feature.number("rating_kva", 1e-6, 1e7, "a rating in kVA > 0"),
                        feature.optionalNumber("power_factor", 1e-3, 1, "a power factor in (0, 1]").orElse(0.95)));
                default -> throw feature.fail("kind", kind, "one of bus, branch, transformer");
            }
        }
        long slackCount = buses.stream().filter(Bus::slack).count();
        if (slackCount != 1) {
            throw new InputException(file, "", "slack", String.valueOf(slackCount) + " slack buses",
                    "exactly one bus must have \"slack\": true (the substation)");
        }
        java.util.Set<Integer> busesWithTransformer = new java.util.HashSet<>();
        for (Transformer transformer : transformers) {
            if (!busesWithTransformer.add(transformer.bus())) {
                throw new InputException(file, "transformer " + transformer.id(), "bus", buses.get(transformer.bus()).id(),
                        "already has a transformer; give each bus at most one (combine parallel units into one rating)");
            }
        }
        Feeder feeder = new Feeder(buses, branches, transformers, baseLoadProfile);
        if (!feeder.hasNetwork()) {
            return feeder;
        }
        RadialTopology.of(feeder).problem().ifPresent(problem -> {
            throw new InputException(file, problem.kind() + " " + problem.element(), "", "", problem.message());
        });
        return feeder;
    }

    /**
     * A branch's thermal rating in kVA: {@code rating_kva}, or {@code ampacity_a} converted at the
     * sending bus's nominal voltage as three-phase apparent power, √3·V·I.
     */
    private static java.util.OptionalDouble rating(GeoJsonFeature feature, double nominalKv) {
        if (feature.has("rating_kva") && feature.has("ampacity_a")) {
            throw feature.fail("ampacity_a", "", "give rating_kva or ampacity_a, not both");
        }
        if (feature.has("ampacity_a")) {
            double amps = feature.number("ampacity_a", 1e-6, 1e6, "an ampacity in A > 0");
            return java.util.OptionalDouble.of(Math.sqrt(3) * nominalKv * amps);
        }
        return feature.optionalNumber("rating_kva", 1e-6, 1e7, "a rating in kVA > 0")
                .map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty());
    }

    private static int bus(GeoJsonFeature feature, String field, Map<String, Integer> busIndex) {
        String id = feature.text(field);
        Integer index = busIndex.get(id);
        if (index == null) {
            throw feature.fail(field, id, "not a bus listed before this feature");
        }
        return index;
    }
}
