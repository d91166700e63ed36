package org.chargeplan.grid;

import java.util.List;

/**
 * The base (non-charging) load of every bus of a feeder over a day (24 hours) or a year (8,760
 * hours), kW and kvar, and its design day: for each bus and hour of the day, the highest load of
 * that hour over all days. The siting model plans against the design day (a plan must hold on
 * the worst day); power-flow checks run every hour of the series. Immutable.
 */
public final class BaseLoad {

    /** Hours in a day. */
    public static final int DAY = 24;
    /** Hours in a (non-leap) year. */
    public static final int YEAR = 8760;

    private final double[][] kw;
    private final double[][] kvar;
    private final double[][] designKw;
    private final double[][] designKvar;

    private BaseLoad(double[][] kw, double[][] kvar) {
        this.kw = kw;
        this.kvar = kvar;
        int hours = kw.length;
        int buses = hours == 0 ? 0 : kw[0].length;
        this.designKw = new double[DAY][buses];
        this.designKvar = new double[DAY][buses];
        for (int t = 0; t < hours; t++) {
            for (int b = 0; b < buses; b++) {
                int h = t % DAY;
                if (t < DAY || kw[t][b] > designKw[h][b]) {
                    designKw[h][b] = kw[t][b];
                    designKvar[h][b] = kvar[t][b];
                }
            }
        }
    }

    /**
     * Each bus's peak load scaled by an hourly multiplier.
     *
     * @param buses      the buses, with their peak {@code baseKw} and {@code baseKvar}
     * @param multiplier 24 or 8,760 multipliers, hour 0 starting at midnight (1 January for a year)
     */
    public static BaseLoad scaled(List<Bus> buses, List<Double> multiplier) {
        requireHours(multiplier.size());
        double[][] kw = new double[multiplier.size()][buses.size()];
        double[][] kvar = new double[multiplier.size()][buses.size()];
        for (int t = 0; t < multiplier.size(); t++) {
            for (int b = 0; b < buses.size(); b++) {
                kw[t][b] = buses.get(b).baseKw() * multiplier.get(t);
                kvar[t][b] = buses.get(b).baseKvar() * multiplier.get(t);
            }
        }
        return new BaseLoad(kw, kvar);
    }

    /** A table of load per hour and bus, kW and kvar ({@code [hour][bus]}, 24 or 8,760 hours). */
    public static BaseLoad table(double[][] kw, double[][] kvar) {
        requireHours(kw.length);
        if (kvar.length != kw.length) {
            throw new IllegalArgumentException("kW and kvar tables need the same hours");
        }
        double[][] kwCopy = new double[kw.length][];
        double[][] kvarCopy = new double[kw.length][];
        for (int t = 0; t < kw.length; t++) {
            kwCopy[t] = kw[t].clone();
            kvarCopy[t] = kvar[t].clone();
        }
        return new BaseLoad(kwCopy, kvarCopy);
    }

    /** 24 or 8,760. */
    public int hours() {
        return kw.length;
    }

    /** Load of a bus in an hour of the series, kW. */
    public double kw(int bus, int hour) {
        return kw[hour][bus];
    }

    /** Load of a bus in an hour of the series, kvar. */
    public double kvar(int bus, int hour) {
        return kvar[hour][bus];
    }

    /** Design-day load of a bus in an hour of the day (the highest over all days), kW. */
    public double designKw(int bus, int hourOfDay) {
        return designKw[hourOfDay][bus];
    }

    /** Reactive load in the design-day hour, kvar (of the day whose active load is highest). */
    public double designKvar(int bus, int hourOfDay) {
        return designKvar[hourOfDay][bus];
    }

    private static void requireHours(int hours) {
        if (hours != DAY && hours != YEAR) {
            throw new IllegalArgumentException("a base load needs 24 or 8,760 hours, not " + hours);
        }
    }
}
