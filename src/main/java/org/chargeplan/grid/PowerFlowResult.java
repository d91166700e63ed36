package org.chargeplan.grid;

/**
 * An AC power flow solution for one loading of a feeder.
 *
 * @param converged        whether the iteration met its tolerance
 * @param iterations       iterations used
 * @param voltagePu        voltage magnitude per bus, per unit of its nominal voltage
 * @param branchFlowKva    apparent power entering each branch at its sending end, kVA (0 for open branches)
 * @param lossesKw         total active losses, kW
 * @param lossesKvar       total reactive losses, kvar
 */
public record PowerFlowResult(boolean converged, int iterations, double[] voltagePu, double[] branchFlowKva,
        double lossesKw, double lossesKvar) {

    /** The bus with the lowest voltage (the first such bus on ties). */
    public int minVoltageBus() {
        int min = 0;
        for (int b = 1; b < voltagePu.length; b++) {
            if (voltagePu[b] < voltagePu[min]) {
                min = b;
            }
        }
        return min;
    }
}
