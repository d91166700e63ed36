package org.chargeplan.grid;

/**
 * AC power flow of a radial feeder by the backward/forward sweep (Shirmohammadi, Hong, Semlyen and
 * Luo, "A compensation-based power flow method for weakly meshed distribution and transmission
 * networks", IEEE Trans. Power Systems 3(2), 1988, without the loop compensation).
 *
 * <p>Loads are constant power. Each iteration computes load currents {@code I_b = conj(S_b / V_b)},
 * sums them from the leaves to the root into branch currents (backward), then updates voltages from
 * the root outwards, {@code V_child = V_parent − Z_l·J_l} (forward), until no voltage changes by
 * more than {@link #TOLERANCE_PU}. Per-unit on 1 MVA and the slack bus's nominal voltage; the
 * feeder has no transformers between voltage levels in this model. Stateless and thread-safe.
 */
public final class RadialPowerFlow {

    /** Convergence tolerance on the change of any complex bus voltage per iteration, p.u. */
    public static final double TOLERANCE_PU = 1e-10;
    private static final int MAX_ITERATIONS = 200;
    private static final double BASE_KVA = PerUnit.BASE_KVA;

    private final Feeder feeder;
    private final RadialTopology tree;
    private final double[] rPu;
    private final double[] xPu;

    /** Prepares the sweep for a radial feeder; fails if it is not radial (see {@link RadialTopology}). */
    public RadialPowerFlow(Feeder feeder) {
        this.feeder = feeder;
        RadialTopology.Result topology = RadialTopology.of(feeder);
        this.tree = topology.topology().orElseThrow(() -> new IllegalArgumentException(
                "feeder is not radial: " + topology.problem().map(p -> p.kind() + " " + p.element() + " " + p.message())
                        .orElse("")));
        rPu = PerUnit.resistance(feeder);
        xPu = PerUnit.reactance(feeder);
    }

    /**
     * Solves for the given loads.
     *
     * @param loadKw   active load per bus, kW (positive = consumption)
     * @param loadKvar reactive load per bus, kvar
     */
    public PowerFlowResult solve(double[] loadKw, double[] loadKvar) {
        int n = feeder.buses().size();
        double[] vRe = new double[n];
        double[] vIm = new double[n];
        java.util.Arrays.fill(vRe, feeder.slackVoltagePu());
        double[] jRe = new double[n];
        double[] jIm = new double[n];
        int iteration = 0;
        boolean converged = false;
        while (!converged && iteration < MAX_ITERATIONS) {
            iteration++;
            // Backward: load current of each bus, summed towards the root. I = conj(S / V) = conj(S) / conj(V).
            for (int b = 0; b < n; b++) {
                double p = loadKw[b] / BASE_KVA;
                double q = loadKvar[b] / BASE_KVA;
                double mag2 = vRe[b] * vRe[b] + vIm[b] * vIm[b];
                jRe[b] = (p * vRe[b] + q * vIm[b]) / mag2;
                jIm[b] = (p * vIm[b] - q * vRe[b]) / mag2;
            }
            for (int k = n - 1; k > 0; k--) {
                int bus = tree.orderAt(k);
                int up = tree.parent(bus);
                jRe[up] += jRe[bus];
                jIm[up] += jIm[bus];
            }
            // Forward: voltage drop along each branch from the root outwards; jRe/jIm[bus] is now
            // the current in the branch feeding that bus.
            double change = 0;
            for (int k = 1; k < n; k++) {
                int bus = tree.orderAt(k);
                int up = tree.parent(bus);
                int l = tree.parentBranch(bus);
                double newRe = vRe[up] - (rPu[l] * jRe[bus] - xPu[l] * jIm[bus]);
                double newIm = vIm[up] - (rPu[l] * jIm[bus] + xPu[l] * jRe[bus]);
                change = Math.max(change, Math.hypot(newRe - vRe[bus], newIm - vIm[bus]));
                vRe[bus] = newRe;
                vIm[bus] = newIm;
            }
            converged = change < TOLERANCE_PU;
        }
        return result(converged, iteration, vRe, vIm, jRe, jIm);
    }

    private PowerFlowResult result(boolean converged, int iterations, double[] vRe, double[] vIm, double[] jRe,
            double[] jIm) {
        int n = vRe.length;
        double[] magnitude = new double[n];
        for (int b = 0; b < n; b++) {
            magnitude[b] = Math.hypot(vRe[b], vIm[b]);
        }
        double[] flowKva = new double[feeder.branches().size()];
        double lossesKw = 0;
        double lossesKvar = 0;
        for (int k = 1; k < n; k++) {
            int bus = tree.orderAt(k);
            int up = tree.parent(bus);
            int l = tree.parentBranch(bus);
            double current2 = jRe[bus] * jRe[bus] + jIm[bus] * jIm[bus];
            lossesKw += current2 * rPu[l] * BASE_KVA;
            lossesKvar += current2 * xPu[l] * BASE_KVA;
            flowKva[l] = magnitude[up] * Math.sqrt(current2) * BASE_KVA;
        }
        return new PowerFlowResult(converged, iterations, magnitude, flowKva, lossesKw, lossesKvar);
    }
}
