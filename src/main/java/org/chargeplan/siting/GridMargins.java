package org.chargeplan.siting;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much tighter than the feeder's limits the linearised grid rows are held, so that the AC
 * power flow, which sees the losses LinDistFlow ignores, also meets them. The scenario's start at
 * 0; {@link AcCheckedPlanner} sets the voltage margins to base load's own loss gap before the first
 * plan and raises them when the AC check finds a limit broken; they never fall, so every round's
 * model is a restriction of the one before.
 *
 * <p>The voltage margin is held per bus and hour: the gap between the lossless and the AC
 * voltage grows with the current through the path to a bus, so it is large at the far end of a
 * loaded feeder at the evening peak and near zero elsewhere. One margin for the whole feeder,
 * set by its worst bus, would hold every other bus needlessly far from its limit.
 */
public final class GridMargins {

    /** No margins. */
    public static final GridMargins NONE = new GridMargins(0, 0);

    private final double voltagePu;
    private final double thermalShare;
    /** Per bus id, per hour of the day: the voltage margin there, p.u. (the larger of it and {@link #voltagePu} applies). */
    private final Map<String, double[]> busVoltagePu;

    /**
     * @param voltagePu    added to the minimum voltage at every bus and hour, p.u.
     * @param thermalShare share of every branch rating held back, in [0, 1)
     */
    public GridMargins(double voltagePu, double thermalShare) {
        this(voltagePu, thermalShare, Map.of());
    }

    /**
     * @param voltagePu    added to the minimum voltage at every bus and hour, p.u.
     * @param thermalShare share of every branch rating held back, in [0, 1)
     * @param busVoltagePu per bus id, one margin per hour of the day ({@value SitingProblem#HOURS}
     *                     values, p.u.); the larger of it and {@code voltagePu} applies there
     */
    public GridMargins(double voltagePu, double thermalShare, Map<String, double[]> busVoltagePu) {
        if (!(voltagePu >= 0) || !(thermalShare >= 0 && thermalShare < 1)) {
            throw new IllegalArgumentException("margins must be >= 0 (thermal below 1)");
        }
        Map<String, double[]> copy = new TreeMap<>();
        for (Map.Entry<String, double[]> entry : busVoltagePu.entrySet()) {
            double[] hours = entry.getValue();
            if (hours.length != SitingProblem.HOURS || Arrays.stream(hours).anyMatch(m -> !(m >= 0))) {
                throw new IllegalArgumentException("bus " + entry.getKey() + " needs " + SitingProblem.HOURS
                        + " voltage margins >= 0");
            }
            copy.put(entry.getKey(), Arrays.stream(hours).map(m -> m + 0.0).toArray());
        }
        this.voltagePu = voltagePu + 0.0; // no negative zero: equal margins hash alike
        this.thermalShare = thermalShare + 0.0;
        this.busVoltagePu = Collections.unmodifiableMap(copy);
    }

    /** The margin added to the minimum voltage at every bus and hour, p.u. */
    public double voltagePu() {
        return voltagePu;
    }

    /** The margin added to the minimum voltage at {@code bus} (its id) in {@code hour} of the day, p.u. */
    public double voltagePu(String bus, int hour) {
        if (hour < 0 || hour >= SitingProblem.HOURS) {
            throw new IllegalArgumentException("hour of the day " + hour + " outside 0-" + (SitingProblem.HOURS - 1));
        }
        double[] hours = busVoltagePu.get(bus);
        return hours == null ? voltagePu : Math.max(voltagePu, hours[hour]);
    }

    /** The largest voltage margin at any bus and hour, p.u. */
    public double largestVoltagePu() {
        double largest = voltagePu;
        for (double[] hours : busVoltagePu.values()) {
            for (double m : hours) {
                largest = Math.max(largest, m);
            }
        }
        return largest;
    }

    /** The per-bus voltage margins (bus id to one value per hour, p.u.; copies). */
    public Map<String, double[]> busVoltagePu() {
        Map<String, double[]> copy = new TreeMap<>();
        busVoltagePu.forEach((bus, hours) -> copy.put(bus, hours.clone()));
        return copy;
    }

    /** The share of every branch rating held back, in [0, 1). */
    public double thermalShare() {
        return thermalShare;
    }

    /** Whether every margin here is at least the one in {@code other} (this model is the tighter). */
    public boolean atLeast(GridMargins other) {
        if (thermalShare < other.thermalShare || voltagePu < other.voltagePu) {
            return false;
        }
        for (Map.Entry<String, double[]> entry : other.busVoltagePu.entrySet()) {
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                if (voltagePu(entry.getKey(), t) < entry.getValue()[t]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GridMargins other) || voltagePu != other.voltagePu || thermalShare != other.thermalShare
                || !busVoltagePu.keySet().equals(other.busVoltagePu.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> entry : busVoltagePu.entrySet()) {
            if (!Arrays.equals(entry.getValue(), other.busVoltagePu.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(voltagePu, thermalShare);
        for (Map.Entry<String, double[]> entry : busVoltagePu.entrySet()) {
            hash = 31 * hash + entry.getKey().hashCode() * 17 + Arrays.hashCode(entry.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        return "GridMargins[voltagePu=" + voltagePu + ", thermalShare=" + thermalShare + ", buses="
                + busVoltagePu.size() + "]";
    }
}
