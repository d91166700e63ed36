package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.scenario.ChargerType;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * An independent reference for single-class siting instances: enumerates every set of open sites
 * and every charger count at each open site, and for each computes the most energy that can be
 * served as a maximum flow (JGraphT push-relabel), not as an LP:
 *
 * <pre>
 *   source → demand d (E_d) → site i within reach (∞) → site i' (charger cap C_i / h) →
 *   transformer m (headroom R_m / h, else straight to the sink) → sink
 * </pre>
 *
 * With one demand class, every hourly row {@code h_t·X ≤ cap_t} is the bound
 * {@code X ≤ min_t cap_t / h_t}, so the flow model is exact.
 */
final class BruteForceSiting {

    /** Best served energy and its cheapest cost, or best cost at the coverage target. */
    record Best(double servedKwh, double cost, boolean feasible, int mask, int[][] counts) {
        Best(double servedKwh, double cost, boolean feasible) {
            this(servedKwh, cost, feasible, 0, new int[0][]);
        }
    }

    private final SitingProblem problem;
    /** When set, every design within the budget is recorded here as {served kWh/day, cost}. */
    private List<double[]> designs;

    BruteForceSiting(SitingProblem problem) {
        this.problem = problem;
    }

    /**
     * Served energy (kWh/day, the most the design can serve) and capital cost of every design
     * (open sites and charger counts) within the budget, in enumeration order.
     */
    List<double[]> designs() {
        designs = new ArrayList<>();
        solve();
        List<double[]> all = designs;
        designs = null;
        return all;
    }

    /** Enumerates everything; for max-coverage the most served energy within budget, then least cost. */
    Best solve() {
        int sites = problem.sites().size();
        Best best = new Best(-1, Double.POSITIVE_INFINITY, false);
        for (int mask = 0; mask < (1 << sites); mask++) {
            if (!existingOpen(mask)) {
                continue;
            }
            best = enumerateCounts(mask, 0, new int[sites][problem.chargerTypes().size()], best);
        }
        return best;
    }

    private boolean existingOpen(int mask) {
        for (int i = 0; i < problem.sites().size(); i++) {
            if (problem.sites().get(i).existing() && (mask & (1 << i)) == 0) {
                return false;
            }
        }
        return true;
    }

    private Best enumerateCounts(int mask, int slot, int[][] counts, Best best) {
        int types = problem.chargerTypes().size();
        if (slot == problem.sites().size() * types) {
            return consider(mask, counts, best);
        }
        int site = slot / types;
        int type = slot % types;
        if ((mask & (1 << site)) == 0) {
            counts[site][type] = 0;
            return enumerateCounts(mask, slot + 1, counts, best);
        }
        Site s = problem.sites().get(site);
        for (int n = s.existingChargers(type); n <= s.maxChargers(type); n++) {
            counts[site][type] = n;
            best = enumerateCounts(mask, slot + 1, counts, best);
        }
        return best;
    }

    private Best consider(int mask, int[][] counts, Best best) {
        double cost = 0;
        for (int i = 0; i < problem.sites().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                cost += problem.capitalCost(i, toList(counts[i]));
            }
        }
        if (cost > problem.objective().budget() + 1e-9) {
            return best;
        }
        double served = maxFlow(mask, counts);
        if (designs != null) {
            designs.add(new double[] {served, cost});
        }
        if (problem.objective().kind() == org.chargeplan.scenario.Objective.Kind.MAX_COVERAGE) {
            boolean better = served > best.servedKwh() + 1e-7
                    || (Math.abs(served - best.servedKwh()) <= 1e-7 && cost < best.cost());
            return better ? new Best(served, cost, true, mask, deepCopy(counts)) : best;
        }
        double target = problem.objective().coverageTarget() * problem.totalDemandKwh();
        if (served >= target - 1e-7 && cost < best.cost()) {
            return new Best(served, cost, true, mask, deepCopy(counts));
        }
        return best;
    }

    private double maxFlow(int mask, int[][] counts) {
        var profile = problem.profiles().get(0);
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex("source");
        g.addVertex("sink");
        int transformers = problem.feeder().map(f -> f.transformers().size()).orElse(0);
        for (int m = 0; m < transformers; m++) {
            g.addVertex("T" + m);
            int transformer = m;
            edge(g, "T" + m, "sink", minOverHours(
                    hour -> Math.max(0, problem.transformerHeadroomKw(transformer, hour)), profile));
        }
        for (int i = 0; i < problem.sites().size(); i++) {
            if ((mask & (1 << i)) == 0) {
                continue;
            }
            double capacityKw = 0;
            List<ChargerType> types = problem.chargerTypes();
            for (int k = 0; k < types.size(); k++) {
                capacityKw += types.get(k).usableKw() * counts[i][k];
            }
            double cap = capacityKw;
            g.addVertex("in" + i);
            g.addVertex("out" + i);
            edge(g, "in" + i, "out" + i, minOverHours(hour -> cap, profile));
            int transformer = problem.sites().get(i).transformer().orElse(-1);
            edge(g, "out" + i, transformer < 0 ? "sink" : "T" + transformer, Double.POSITIVE_INFINITY);
        }
        for (int d = 0; d < problem.demand().size(); d++) {
            g.addVertex("d" + d);
            edge(g, "source", "d" + d, problem.demand().get(d).energyKwhPerDay());
            for (var r : problem.reach().get(d)) {
                if ((mask & (1 << r.target())) != 0) {
                    edge(g, "d" + d, "in" + r.target(), Double.POSITIVE_INFINITY);
                }
            }
        }
        return new PushRelabelMFImpl<>(g).getMaximumFlowValue("source", "sink");
    }

    private static double minOverHours(java.util.function.IntToDoubleFunction capKw,
            org.chargeplan.demand.HourlyProfile profile) {
        double bound = Double.POSITIVE_INFINITY;
        for (int t = 0; t < 24; t++) {
            if (profile.share(t) > 0) {
                bound = Math.min(bound, capKw.applyAsDouble(t) / profile.share(t));
            }
        }
        return bound;
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String from, String to, double capacity) {
        DefaultWeightedEdge e = g.addEdge(from, to);
        g.setEdgeWeight(e, Double.isInfinite(capacity) ? 1e12 : capacity);
    }

    private static int[][] deepCopy(int[][] counts) {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    private static List<Integer> toList(int[] counts) {
        List<Integer> list = new ArrayList<>();
        for (int n : counts) {
            list.add(n);
        }
        return list;
    }
}
