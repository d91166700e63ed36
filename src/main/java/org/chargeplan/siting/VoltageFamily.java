package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.LinDistFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voltage floors by LinDistFlow ({@link LinDistFlow}, Baran and Wu 1989 without losses): charging
 * at the sites lowers every bus's squared voltage linearly, so for each leaf bus {@code b} and hour
 * {@code t}
 *
 * <pre>
 *   Σ_i 2·R_{b,bus(i)} · Σ_c h_ct·A_ic / S_base  ≤  v_bt − (V_min + margin_bt)²
 * </pre>
 *
 * with {@code v_bt} the squared voltage under the design-day base load alone, {@code margin_bt} the
 * voltage margin at that bus and hour ({@link GridMargins}), {@code R} the shared path
 * resistance (p.u.) and charging at unity power factor, at the leaf buses (enough when no base
 * load is negative, see {@link LinDistFlow}) or at every bus when some bus carries generation;
 * hours implied by another are left out ({@link HourSelection}). When base
 * load alone already breaks the floor, charging there is held at zero and a warning names the bus.
 */
final class VoltageFamily {

    private static final Logger LOG = LoggerFactory.getLogger(VoltageFamily.class);

    private VoltageFamily() {
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        if (problem.feeder().isEmpty() || !problem.gridLimits() || !problem.feeder().get().hasNetwork()) {
            return;
        }
        Feeder feeder = problem.feeder().get();
        LinDistFlow flow = new LinDistFlow(feeder);
        List<Integer> sites = new ArrayList<>();
        for (int i = 0; i < problem.sites().size(); i++) {
            if (problem.sites().get(i).bus().isPresent() && ChargerCapacityFamily.hasDemand(m, i)) {
                sites.add(i);
            }
        }
        if (sites.isEmpty()) {
            return;
        }
        double[][] floor = new double[SitingProblem.HOURS][feeder.buses().size()];
        double[][] headroom = new double[SitingProblem.HOURS][];
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            double[] v = flow.designDaySquaredVoltages(t);
            headroom[t] = new double[v.length];
            for (int b = 0; b < v.length; b++) {
                floor[t][b] = feeder.minVoltagePu() + problem.margins().voltagePu(feeder.buses().get(b).id(), t);
                headroom[t][b] = v[b] - floor[t][b] * floor[t][b];
            }
        }
        for (int leaf : busesToConstrain(feeder, flow)) {
            double[] sensitivity = new double[problem.sites().size()];
            for (int i : sites) {
                sensitivity[i] = 2 * flow.sharedResistancePu(leaf, problem.sites().get(i).bus().getAsInt())
                        * LinDistFlow.perUnit(1);
            }
            for (int t : bindingHours(m, headroom, leaf)) {
                double rhs = headroom[t][leaf];
                if (rhs < 0) {
                    LOG.warn("bus {} is below {} p.u. with base load alone at hour {}; no charging that lowers it"
                            + " is allowed then", feeder.buses().get(leaf).id(), floor[t][leaf], t);
                }
                m.builder.startRow("voltage_" + feeder.buses().get(leaf).id() + "_h" + t);
                for (int i : sites) {
                    if (sensitivity[i] > 0) {
                        GridDraw.addToRow(m, i, t, sensitivity[i]);
                    }
                }
                m.builder.endRow(Double.NEGATIVE_INFINITY, Math.max(0, rhs));
            }
        }
    }

    /**
     * The leaf buses when no design-day base load is negative (then a floor at the leaves holds
     * everywhere, see {@link LinDistFlow}); every non-slack bus when some bus carries generation.
     */
    private static List<Integer> busesToConstrain(Feeder feeder, LinDistFlow flow) {
        if (!feeder.carriesGeneration()) {
            return flow.leaves();
        }
        List<Integer> all = new ArrayList<>();
        for (int bus = 0; bus < feeder.buses().size(); bus++) {
            if (bus != feeder.slackBus()) {
                all.add(bus);
            }
        }
        return all;
    }

    /** Hours whose row for this leaf is not implied by another hour's (shares over headroom). */
    private static List<Integer> bindingHours(SitingModel m, double[][] headroom, int leaf) {
        List<Integer> positive = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        boolean everyHour = GridDraw.everyHour(m); // storage: the draw's shape is a decision
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            if (headroom[t][leaf] > 0 && !everyHour) {
                positive.add(t);
            } else {
                kept.add(t);
            }
        }
        int classes = m.problem.profiles().size();
        double[][] vectors = new double[positive.size()][classes];
        for (int r = 0; r < positive.size(); r++) {
            int t = positive.get(r);
            for (int c = 0; c < classes; c++) {
                vectors[r][c] = m.problem.profiles().get(c).share(t) / headroom[t][leaf];
            }
        }
        for (int r : HourSelection.nonDominated(vectors)) {
            kept.add(positive.get(r));
        }
        kept.sort(null);
        return kept;
    }
}
