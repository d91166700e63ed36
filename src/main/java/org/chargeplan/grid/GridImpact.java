package org.chargeplan.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * The AC power flow of a radial feeder for every hour of its base-load series (a day, or a year
 * of 8,760 hours) with base load plus a daily charging load repeated each day, kept hour by hour:
 * bus voltages, branch flows, losses, and the limits they break. Charging loads are taken at
 * unity power factor (modern chargers run close to it).
 */
public final class GridImpact {

    /** Hours in the daily charging profile. */
    public static final int HOURS_PER_DAY = 24;

    private final Feeder feeder;
    private final double[][] chargingKw;
    private final double[][] voltagePu;
    private final double[][] flowKva;
    private final double[] lossesKw;
    private final boolean[] convergedHour;
    private boolean converged = true;

    private GridImpact(Feeder feeder, double[][] chargingKw) {
        this.feeder = feeder;
        this.chargingKw = chargingKw;
        this.voltagePu = new double[feeder.hours()][];
        this.flowKva = new double[feeder.hours()][];
        this.lossesKw = new double[feeder.hours()];
        this.convergedHour = new boolean[feeder.hours()];
    }

    /**
     * @param feeder     a radial feeder
     * @param chargingKw charging load per bus and hour of the day, kW ({@code [bus][24]}), the same
     *                   every day of the series
     */
    public static GridImpact of(Feeder feeder, double[][] chargingKw) {
        RadialPowerFlow flow = new RadialPowerFlow(feeder);
        GridImpact impact = new GridImpact(feeder, chargingKw);
        for (int t = 0; t < feeder.hours(); t++) {
            PowerFlowResult result = flow.solve(impact.loadKw(t), impact.loadKvar(t));
            impact.converged &= result.converged();
            impact.convergedHour[t] = result.converged();
            impact.voltagePu[t] = result.voltagePu();
            impact.flowKva[t] = result.branchFlowKva();
            impact.lossesKw[t] = result.lossesKw();
        }
        return impact;
    }

    /** Active load of every bus in an hour (base plus charging), kW. */
    public double[] loadKw(int hour) {
        double[] p = new double[feeder.buses().size()];
        for (int b = 0; b < p.length; b++) {
            p[b] = feeder.baseKw(b, hour) + chargingKw[b][hour % HOURS_PER_DAY];
        }
        return p;
    }

    /** Reactive load of every bus in an hour (base only: charging at unity power factor), kvar. */
    public double[] loadKvar(int hour) {
        double[] q = new double[feeder.buses().size()];
        for (int b = 0; b < q.length; b++) {
            q[b] = feeder.baseKvar(b, hour);
        }
        return q;
    }

    /** Hours solved: the feeder's base-load series, 24 or 8,760. */
    public int hours() {
        return voltagePu.length;
    }

    /** Voltage of a bus in an hour, p.u. */
    public double voltagePu(int bus, int hour) {
        return voltagePu[hour][bus];
    }

    /** Apparent power entering a branch in an hour, kVA. */
    public double flowKva(int branch, int hour) {
        return flowKva[hour][branch];
    }

    /** Lowest voltage of a bus over the series, p.u. */
    public double minVoltagePu(int bus) {
        return voltagePu[minVoltageHour(bus)][bus];
    }

    /** Hour of the series (0-23 for a day, 0-8759 for a year) of a bus's lowest voltage (the first, on ties). */
    public int minVoltageHour(int bus) {
        int best = 0;
        for (int t = 1; t < hours(); t++) {
            if (voltagePu[t][bus] < voltagePu[best][bus]) {
                best = t;
            }
        }
        return best;
    }

    /** Highest apparent power through a branch over the series, kVA. */
    public double peakFlowKva(int branch) {
        double peak = 0;
        for (int t = 0; t < hours(); t++) {
            peak = Math.max(peak, flowKva[t][branch]);
        }
        return peak;
    }

    /** Losses in an hour, kW. */
    public double lossesKw(int hour) {
        return lossesKw[hour];
    }

    /** Whether every hour's power flow converged. */
    public boolean converged() {
        return converged;
    }

    /** Whether this hour's power flow converged (its voltages and flows are a solution). */
    public boolean converged(int hour) {
        return convergedHour[hour];
    }

    /** The bus with the lowest voltage of the series. */
    public int minVoltageBus() {
        int min = 0;
        for (int b = 1; b < feeder.buses().size(); b++) {
            if (minVoltagePu(b) < minVoltagePu(min)) {
                min = b;
            }
        }
        return min;
    }

    /** Active load through a transformer in an hour (its bus's base load and charging), kW. */
    public double transformerLoadKw(int transformer, int hour) {
        int bus = feeder.transformers().get(transformer).bus();
        return feeder.baseKw(bus, hour) + chargingKw[bus][hour % HOURS_PER_DAY];
    }

    /**
     * Every broken limit, by hour then element: bus voltage below the feeder's minimum, branch
     * flow above its rating (branches with a rating), transformer active load above rating × pf.
     * A limit counts as broken beyond a relative 1e-6.
     */
    public List<GridViolation> violations() {
        List<GridViolation> found = new ArrayList<>();
        double[] transformerKw = new double[feeder.transformers().size()];
        for (int t = 0; t < hours(); t++) {
            for (int m = 0; m < transformerKw.length; m++) {
                transformerKw[m] = transformerLoadKw(m, t);
            }
            GridViolation.collect(feeder, t, voltagePu[t], flowKva[t], transformerKw, found);
        }
        return found;
    }
}
