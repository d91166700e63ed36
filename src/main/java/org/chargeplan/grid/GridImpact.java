package org.chargeplan.grid;

/**
 * The AC power flow of a feeder for every hour of the day with base load plus charging load, and
 * what it means per element: each bus's lowest voltage (and its hour), each branch's highest flow,
 * losses per hour. Charging loads are taken at unity power factor (modern chargers run close to
 * it); base loads keep their reactive part, scaled like the active part.
 */
public final class GridImpact {

    private static final int HOURS = 24;

    private final double[] minVoltagePu;
    private final int[] minVoltageHour;
    private final double[] peakFlowKva;
    private final double[] lossesKw;
    private boolean converged = true;

    private GridImpact(int buses, int branches) {
        minVoltagePu = new double[buses];
        minVoltageHour = new int[buses];
        peakFlowKva = new double[branches];
        lossesKw = new double[HOURS];
        java.util.Arrays.fill(minVoltagePu, Double.POSITIVE_INFINITY);
    }

    /**
     * @param feeder     a radial feeder
     * @param chargingKw charging load per bus and hour, kW ({@code [bus][hour]})
     */
    public static GridImpact of(Feeder feeder, double[][] chargingKw) {
        RadialPowerFlow flow = new RadialPowerFlow(feeder);
        int n = feeder.buses().size();
        GridImpact impact = new GridImpact(n, feeder.branches().size());
        for (int t = 0; t < HOURS; t++) {
            double[] p = new double[n];
            double[] q = new double[n];
            for (int b = 0; b < n; b++) {
                p[b] = feeder.baseKw(b, t) + chargingKw[b][t];
                q[b] = feeder.baseKvar(b, t);
            }
            PowerFlowResult result = flow.solve(p, q);
            impact.converged &= result.converged();
            impact.lossesKw[t] = result.lossesKw();
            for (int b = 0; b < n; b++) {
                if (result.voltagePu()[b] < impact.minVoltagePu[b]) {
                    impact.minVoltagePu[b] = result.voltagePu()[b];
                    impact.minVoltageHour[b] = t;
                }
            }
            for (int l = 0; l < impact.peakFlowKva.length; l++) {
                impact.peakFlowKva[l] = Math.max(impact.peakFlowKva[l], result.branchFlowKva()[l]);
            }
        }
        return impact;
    }

    /** Lowest voltage of a bus over the day, p.u. */
    public double minVoltagePu(int bus) {
        return minVoltagePu[bus];
    }

    /** Hour (0-23) of a bus's lowest voltage. */
    public int minVoltageHour(int bus) {
        return minVoltageHour[bus];
    }

    /** Highest apparent power through a branch over the day, kVA. */
    public double peakFlowKva(int branch) {
        return peakFlowKva[branch];
    }

    /** Losses in an hour, kW. */
    public double lossesKw(int hour) {
        return lossesKw[hour];
    }

    /** Whether every hour's power flow converged. */
    public boolean converged() {
        return converged;
    }

    /** The bus with the lowest voltage of the day. */
    public int minVoltageBus() {
        int min = 0;
        for (int b = 1; b < minVoltagePu.length; b++) {
            if (minVoltagePu[b] < minVoltagePu[min]) {
                min = b;
            }
        }
        return min;
    }
}
