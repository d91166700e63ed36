package org.chargeplan.grid;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.geo.SpatialIndex;

/**
 * A distribution feeder: buses, line sections and transformers, with the base load of every bus
 * over a day or a year. Immutable.
 *
 * @param buses          buses in file order
 * @param branches       line sections, including open ones
 * @param transformers   transformers in file order
 * @param baseLoad       base (non-charging) load per bus and hour, 24 or 8,760 hours
 * @param slackVoltagePu voltage magnitude held at the slack bus, per unit of its nominal voltage
 * @param minVoltagePu   lowest voltage magnitude allowed at any bus, per unit (0.9 by default,
 *                       the ±10 % band of EN 50160 and the Vmin of the Baran & Wu case)
 */
public record Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
        BaseLoad baseLoad, double slackVoltagePu, double minVoltagePu) {

    /** The default lowest voltage, p.u. */
    public static final double DEFAULT_MIN_VOLTAGE_PU = 0.9;

    public Feeder {
        buses = List.copyOf(buses);
        branches = List.copyOf(branches);
        transformers = List.copyOf(transformers);
        if (!(slackVoltagePu > 0) || !(minVoltagePu >= 0 && minVoltagePu < slackVoltagePu)) {
            throw new IllegalArgumentException("need slack voltage > minimum voltage >= 0 p.u.");
        }
    }

    /** A feeder whose buses' peak loads follow one hourly multiplier (24 or 8,760 values). */
    public Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
            List<Double> baseLoadMultiplier, double slackVoltagePu) {
        this(buses, branches, transformers, BaseLoad.scaled(buses, baseLoadMultiplier), slackVoltagePu,
                DEFAULT_MIN_VOLTAGE_PU);
    }

    /** A feeder whose slack bus is held at 1.0 p.u. */
    public Feeder(List<Bus> buses, List<Branch> branches, List<Transformer> transformers,
            List<Double> baseLoadMultiplier) {
        this(buses, branches, transformers, baseLoadMultiplier, 1.0);
    }

    /** The same feeder with another minimum voltage, p.u. */
    public Feeder withMinVoltagePu(double minimum) {
        return new Feeder(buses, branches, transformers, baseLoad, slackVoltagePu, minimum);
    }

    /** The same feeder with other transformers (upgraded ratings). */
    public Feeder withTransformers(List<Transformer> other) {
        return new Feeder(buses, branches, other, baseLoad, slackVoltagePu, minVoltagePu);
    }

    /** The same feeder with another base load. */
    public Feeder withBaseLoad(BaseLoad other) {
        return new Feeder(buses, branches, transformers, other, slackVoltagePu, minVoltagePu);
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

    /** The transformer that supplies a bus, if any (the first one listed). */
    public java.util.OptionalInt transformerOf(int bus) {
        for (int m = 0; m < transformers.size(); m++) {
            if (transformers.get(m).bus() == bus) {
                return java.util.OptionalInt.of(m);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** Hours of the base-load series: 24 or 8,760. */
    public int hours() {
        return baseLoad.hours();
    }

    /** Base active load of a bus in an hour of the series, kW. */
    public double baseKw(int bus, int hour) {
        return baseLoad.kw(bus, hour);
    }

    /** Base reactive load of a bus in an hour of the series, kvar. */
    public double baseKvar(int bus, int hour) {
        return baseLoad.kvar(bus, hour);
    }

    /** Design-day base load of a bus in an hour of the day (the worst day's), kW. */
    public double designBaseKw(int bus, int hourOfDay) {
        return baseLoad.designKw(bus, hourOfDay);
    }

    /** Design-day reactive base load, kvar. */
    public double designBaseKvar(int bus, int hourOfDay) {
        return baseLoad.designKvar(bus, hourOfDay);
    }

    /**
     * Whether some bus's design-day base load, active or reactive, is negative in some hour
     * (generation): charging can then lower the current through a path, and LinDistFlow's floor at
     * the leaves no longer holds at every bus.
     */
    public boolean carriesGeneration() {
        for (int b = 0; b < buses.size(); b++) {
            for (int t = 0; t < GridImpact.HOURS_PER_DAY; t++) {
                if (designBaseKw(b, t) < 0 || designBaseKvar(b, t) < 0) {
                    return true;
                }
            }
        }
        return false;
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
