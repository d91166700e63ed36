package org.chargeplan.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.chargeplan.geo.SpatialIndex;

/**
 * A distribution feeder: buses, line sections and transformers, with a 24-hour base load shape.
 * Immutable.
 *
 * @param buses            buses in file order
 * @param branches         line sections, including open ones
 * @param transformers     transformers in file order
 * @param baseLoadProfile  24 multipliers of each bus's peak base load, one per hour from 00:00
 */
public record Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
        List<Double> baseLoadProfile) {

    public Feeder {
        buses = List.copyOf(buses);
        branches = List.copyOf(branches);
        transformers = List.copyOf(transformers);
        baseLoadProfile = List.copyOf(baseLoadProfile);
        if (baseLoadProfile.size() != 24) {
            throw new IllegalArgumentException("base load profile needs 24 hours");
        }
    }

    /** Base active load of a bus in an hour, kW. */
    public double baseKw(int bus, int hour) {
        return buses.get(bus).baseKw() * baseLoadProfile.get(hour);
    }

    /** The transformer that supplies a bus, if any (the first one listed). */
    public OptionalInt transformerOf(int bus) {
        for (int m = 0; m < transformers.size(); m++) {
            if (transformers.get(m).bus() == bus) {
                return OptionalInt.of(m);
            }
        }
        return OptionalInt.empty();
    }

    /** A nearest-bus index over all buses, by index. */
    public SpatialIndex<Integer> busLocator() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < buses.size(); i++) {
            indices.add(i);
        }
        return new SpatialIndex<>(indices, i -> buses.get(i).position());
    }
}
