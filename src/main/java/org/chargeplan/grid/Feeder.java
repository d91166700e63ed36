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
 * @param slackVoltagePu   voltage magnitude held at the slack bus, per unit of its nominal voltage
 * @param minVoltagePu     lowest voltage magnitude allowed at any bus, per unit (0.9 by default,
 *                         the ±10 % band of EN 50160 and the Vmin of the Baran & Wu case)
 */
public record Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
        List<Double> baseLoadProfile, double slackVoltagePu, double minVoltagePu) {

    /** The default lowest voltage, p.u. */
    public static final double DEFAULT_MIN_VOLTAGE_PU = 0.9;

    public Feeder {
        buses = List.copyOf(buses);
        branches = List.copyOf(branches);
        transformers = List.copyOf(transformers);
        baseLoadProfile = List.copyOf(baseLoadProfile);
        if (baseLoadProfile.size() != 24) {
            throw new IllegalArgumentException("base load profile needs 24 hours");
        }
        if (!(slackVoltagePu > 0) || !(minVoltagePu >= 0 && minVoltagePu < slackVoltagePu)) {
            throw new IllegalArgumentException("need slack voltage > minimum voltage >= 0 p.u.");
        }
    }

    /** A feeder with the default minimum voltage. */
    public Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
            List<Double> baseLoadProfile, double slackVoltagePu) {
        this(buses, branches, transformers, baseLoadProfile, slackVoltagePu, DEFAULT_MIN_VOLTAGE_PU);
    }

    /** The same feeder with another minimum voltage, p.u. */
    public Feeder withMinVoltagePu(double minimum) {
        return new Feeder(buses, branches, transformers, baseLoadProfile, slackVoltagePu, minimum);
    }

    /** A feeder whose slack bus is held at 1.0 p.u. */
    public Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
            List<Double> baseLoadProfile) {
        this(buses, branches, transformers, baseLoadProfile, 1.0);
    }

    /**
     * Whether the feeder has line sections, so that power flows and voltages can be computed. A
     * feeder of buses and transformers only (the first grid model) has transformer limits alone.
     */
    public boolean hasNetwork() {
        return !branches.isEmpty();
    }

    /** Index of the slack bus. */
    public int slackBus() {
        for (int b = 0; b < buses.size(); b++) {
            if (buses.get(b).slack()) {
                return b;
            }
        }
        throw new IllegalStateException("feeder without a slack bus");
    }

    /** Base reactive load of a bus in an hour, kvar (same hourly shape as the active load). */
    public double baseKvar(int bus, int hour) {
        return buses.get(bus).baseKvar() * baseLoadProfile.get(hour);
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

    /** A nearest-bus index over the buses that have a position, giving bus indices. */
    public SpatialIndex<Integer> busLocator() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < buses.size(); i++) {
            if (buses.get(i).position().isPresent()) {
                indices.add(i);
            }
        }
        return new SpatialIndex<>(indices, i -> buses.get(i).position().orElseThrow());
    }
}
