package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.solve.VariableType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hourly transformer limits (first form of the grid model):
 *
 * <pre>
 *   Σ_{i on m} Σ_c h_ct·A_ic ≤ max(0, S_m·pf_m − base_mt)     for every transformer m and hour t
 * </pre>
 *
 * where {@code S_m} is the kVA rating, {@code pf_m} the power factor at which it is converted to
 * kW and {@code base_mt} the base load of its bus in hour {@code t} (kW). With storage the left
 * side is the sites' grid draw ({@link GridDraw}); with upgrades the right side gains
 * {@code ΔS·pf_m·u_m} ({@link UpgradeFamily}). A transformer that the
 * base load alone already overloads takes no charging in that hour (the headroom is floored at 0
 * rather than making every plan infeasible), and a warning names it; when it can be upgraded, the
 * steps must first absorb the overload ({@link #clearedByUpgrade}). Hours whose row another
 * hour implies are left out ({@link HourSelection}).
 */
final class TransformerFamily {

    private static final Logger LOG = LoggerFactory.getLogger(TransformerFamily.class);

    private TransformerFamily() {
    }

    /**
     * Hours whose row is not implied by another hour's ({@link HourSelection} on {@code h_ct / R_t});
     * hours with no headroom are always kept (they force charging to zero), with a warning.
     */
    private static List<Integer> bindingHours(SitingModel m, int transformer) {
        var problem = m.problem;
        List<Integer> positiveHours = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            double headroom = problem.transformerHeadroomKw(transformer, t);
            if (headroom > 0) {
                positiveHours.add(t);
            } else {
                kept.add(t);
                if (headroom < 0) {
                    LOG.warn("transformer {} is overloaded by base load alone at hour {} ({} kW over its limit);"
                            + " no charging allowed there in that hour{}",
                            problem.feeder().orElseThrow().transformers().get(transformer).id(), t,
                            String.format(java.util.Locale.ROOT, "%.1f", -headroom),
                            problem.upgradesOffered() ? " unless upgrade steps absorb the overload first" : "");
                }
            }
        }
        double[][] vectors = new double[positiveHours.size()][problem.profiles().size()];
        for (int r = 0; r < positiveHours.size(); r++) {
            int t = positiveHours.get(r);
            for (int c = 0; c < problem.profiles().size(); c++) {
                vectors[r][c] = problem.profiles().get(c).share(t) / problem.transformerHeadroomKw(transformer, t);
            }
        }
        for (int r : HourSelection.nonDominated(vectors)) {
            kept.add(positiveHours.get(r));
        }
        kept.sort(null);
        return kept;
    }

    /**
     * An hour whose base load alone overloads an upgradeable transformer: the room for charging is
     * {@code max(0, h_t + s·u)} (an upgrade first has to absorb the overload), not convex in
     * {@code u}, so a binary {@code w_t} (charging allowed) selects the piece:
     * {@code Σg ≤ R·w_t} with {@code R = max(0, h_t + s·U)} and {@code Σg − s·u − h_t·w_t ≤ 0}
     * (with {@code w_t = 1} this is {@code Σg ≤ h_t + s·u}, which needs enough steps; with
     * {@code w_t = 0} charging is 0). The row above ({@code Σg − s·u ≤ 0}) stays; it is implied.
     */
    private static void clearedByUpgrade(SitingModel m, int tr, int hour, List<Integer> sites, double headroom) {
        var problem = m.problem;
        String id = problem.feeder().orElseThrow().transformers().get(tr).id();
        double step = problem.upgradeStepKw(tr);
        double mostRoom = Math.max(0, headroom + step * problem.investment().upgrades().orElseThrow().maxSteps());
        int allowed = m.builder.addColumn("upgrade_clears_" + id + "_h" + hour, 0, mostRoom > 0 ? 1 : 0,
                VariableType.BINARY, 0);
        m.builder.startRow("transformer_room_" + id + "_h" + hour);
        for (int i : sites) {
            GridDraw.addToRow(m, i, hour, 1);
        }
        m.builder.addEntry(allowed, -mostRoom);
        m.builder.endRow(Double.NEGATIVE_INFINITY, 0);
        m.builder.startRow("transformer_upgraded_" + id + "_h" + hour);
        for (int i : sites) {
            GridDraw.addToRow(m, i, hour, 1);
        }
        m.builder.addEntry(m.upgrade[tr], -step);
        m.builder.addEntry(allowed, -headroom);
        m.builder.endRow(Double.NEGATIVE_INFINITY, 0);
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        if (problem.feeder().isEmpty() || !problem.gridLimits()) {
            return;
        }
        var transformers = problem.feeder().get().transformers();
        for (int tr = 0; tr < transformers.size(); tr++) {
            List<Integer> sites = new ArrayList<>();
            for (int i = 0; i < problem.sites().size(); i++) {
                if (problem.sites().get(i).transformer().orElse(-1) == tr && ChargerCapacityFamily.hasDemand(m, i)) {
                    sites.add(i);
                }
            }
            if (sites.isEmpty()) {
                continue;
            }
            // With storage or an upgrade the hours' rows no longer imply one another: keep every hour.
            boolean everyHour = GridDraw.everyHour(m) || m.upgrade[tr] >= 0;
            List<Integer> binding = bindingHours(m, tr); // also warns of hours base load alone overloads
            List<Integer> hours = everyHour ? HourSelection.all() : binding;
            for (int t : hours) {
                double headroom = problem.transformerHeadroomKw(tr, t);
                m.builder.startRow("transformer_" + transformers.get(tr).id() + "_h" + t);
                for (int i : sites) {
                    GridDraw.addToRow(m, i, t, 1);
                }
                if (m.upgrade[tr] >= 0) {
                    m.builder.addEntry(m.upgrade[tr], -problem.upgradeStepKw(tr));
                }
                m.builder.endRow(Double.NEGATIVE_INFINITY, Math.max(0, headroom));
                if (m.upgrade[tr] >= 0 && headroom < 0) {
                    clearedByUpgrade(m, tr, t, sites, headroom);
                }
            }
        }
    }
}
