package org.chargeplan.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * The linearised DistFlow model of a radial feeder (M. E. Baran and F. F. Wu, "Optimal sizing of
 * capacitors placed on a distribution system", IEEE Trans. Power Delivery 4(1), 1989, eqs. with
 * the loss terms dropped; often called LinDistFlow).
 *
 * <p>With squared voltage magnitudes {@code v = |V|²} and branch flows equal to the sum of the
 * loads below them (losses ignored), each branch {@code l} from parent {@code p} to child
 * {@code c} gives {@code v_c = v_p − 2(r_l·P_l + x_l·Q_l)}. Summed from the slack bus, a bus's
 * squared voltage is linear in every bus's load:
 *
 * <pre>
 *   v_b = v_0 − 2 Σ_k (R_bk·p_k + X_bk·q_k)
 * </pre>
 *
 * where {@code R_bk} ({@code X_bk}) is the resistance (reactance) of the part of the path from the
 * slack bus that {@code b} and {@code k} share. All in per unit on 1 MVA and the slack bus's
 * nominal voltage. Ignoring losses overestimates voltages a little (by about 0.003 p.u. at the far
 * end of the Baran & Wu feeder at full load), which the AC re-check corrects.
 *
 * <p>Since a child's shared resistances with any bus are at least its parent's, and its base
 * voltage is at most its parent's, a voltage floor that holds at the leaves holds everywhere:
 * {@link #leaves()} are the only buses that need a constraint. Immutable.
 */
public final class LinDistFlow {

    private static final double BASE_KVA = PerUnit.BASE_KVA;

    private final Feeder feeder;
    private final RadialTopology tree;
    private final double[] rPu;
    private final double[] xPu;
    private final List<Integer> leaves;

    public LinDistFlow(Feeder feeder) {
        this.feeder = feeder;
        RadialTopology.Result topology = RadialTopology.of(feeder);
        this.tree = topology.topology().orElseThrow(() -> new IllegalArgumentException(
                "LinDistFlow needs a radial feeder: " + topology.problem().map(RadialTopology.Problem::message).orElse("")));
        rPu = PerUnit.resistance(feeder);
        xPu = PerUnit.reactance(feeder);
        boolean[] hasChild = new boolean[feeder.buses().size()];
        for (int b = 0; b < hasChild.length; b++) {
            if (tree.parent(b) >= 0) {
                hasChild[tree.parent(b)] = true;
            }
        }
        List<Integer> ends = new ArrayList<>();
        for (int b = 0; b < hasChild.length; b++) {
            if (!hasChild[b] && tree.parent(b) >= 0) {
                ends.add(b);
            }
        }
        this.leaves = List.copyOf(ends);
    }

    /** Buses with no bus below them, ascending; the only ones a voltage floor must be checked at. */
    public List<Integer> leaves() {
        return leaves;
    }

    /**
     * Resistance of the path from the slack bus shared by buses {@code a} and {@code b}, p.u.
     * Cost: the depth of the tree.
     */
    public double sharedResistancePu(int a, int b) {
        return shared(a, b, rPu);
    }

    /** Reactance of the shared path, p.u. */
    public double sharedReactancePu(int a, int b) {
        return shared(a, b, xPu);
    }

    /**
     * Squared voltage of every bus for the given loads, p.u.².
     *
     * @param loadKw   active load per bus, kW
     * @param loadKvar reactive load per bus, kvar
     */
    public double[] squaredVoltages(double[] loadKw, double[] loadKvar) {
        int n = feeder.buses().size();
        double[] pDown = new double[n];
        double[] qDown = new double[n];
        int[] order = tree.order();
        for (int b = 0; b < n; b++) {
            pDown[b] = loadKw[b] / BASE_KVA;
            qDown[b] = loadKvar[b] / BASE_KVA;
        }
        for (int k = n - 1; k > 0; k--) {
            int bus = order[k];
            pDown[tree.parent(bus)] += pDown[bus];
            qDown[tree.parent(bus)] += qDown[bus];
        }
        double[] v = new double[n];
        double v0 = feeder.slackVoltagePu() * feeder.slackVoltagePu();
        v[order[0]] = v0;
        for (int k = 1; k < n; k++) {
            int bus = order[k];
            int l = tree.parentBranch(bus);
            v[bus] = v[tree.parent(bus)] - 2 * (rPu[l] * pDown[bus] + xPu[l] * qDown[bus]);
        }
        return v;
    }

    /**
     * Apparent power through every branch when it carries the loads below it without losses, kVA
     * (0 for open branches): the flows the model's thermal rows limit.
     */
    public double[] branchFlowsKva(double[] loadKw, double[] loadKvar) {
        int n = feeder.buses().size();
        double[] pDown = loadKw.clone();
        double[] qDown = loadKvar.clone();
        int[] order = tree.order();
        for (int k = n - 1; k > 0; k--) {
            int bus = order[k];
            pDown[tree.parent(bus)] += pDown[bus];
            qDown[tree.parent(bus)] += qDown[bus];
        }
        double[] flows = new double[feeder.branches().size()];
        for (int k = 1; k < n; k++) {
            int bus = order[k];
            flows[tree.parentBranch(bus)] = Math.hypot(pDown[bus], qDown[bus]);
        }
        return flows;
    }

    /** Squared voltages under the design-day base load alone in an hour of the day, p.u.². */
    public double[] designDaySquaredVoltages(int hourOfDay) {
        int n = feeder.buses().size();
        double[] p = new double[n];
        double[] q = new double[n];
        for (int b = 0; b < n; b++) {
            p[b] = feeder.designBaseKw(b, hourOfDay);
            q[b] = feeder.designBaseKvar(b, hourOfDay);
        }
        return squaredVoltages(p, q);
    }

    /** Per-unit value of a load in kW (the model's rows use loads in kW). */
    public static double perUnit(double kw) {
        return kw / BASE_KVA;
    }

    private double shared(int a, int b, double[] impedance) {
        boolean[] onPathOfA = new boolean[feeder.buses().size()];
        for (int bus = a; bus >= 0; bus = tree.parent(bus)) {
            onPathOfA[bus] = true;
        }
        double sum = 0;
        for (int bus = b; tree.parent(bus) >= 0; bus = tree.parent(bus)) {
            if (onPathOfA[bus]) {
                sum += impedance[tree.parentBranch(bus)];
            }
        }
        return sum;
    }
}
