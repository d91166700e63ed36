package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chargeplan.demand.FlowPath;
import org.chargeplan.demand.VehicleRange;

/**
 * The cover sets {@code K(q,a)} of the arc-cover/path-cover formulation of the flow-refuelling
 * location model (Capar, Kuby, Leon and Tsai, "An arc cover–path-cover formulation and strategic
 * analysis of alternative-fuel station locations", EJOR 227(1), 2013, 142–151).
 *
 * <p>For path {@code q} with nodes {@code v_0 … v_m} at distances {@code s_0 = 0 ≤ … ≤ s_m} (km)
 * and arc {@code a_j = (v_{j-1}, v_j)}: a vehicle charged to full at {@code v_k} reaches
 * {@code v_j} with the reserve left when {@code s_j − s_k ≤ R − r}; one that has not charged yet
 * reaches it when {@code s_j ≤ θR − r}. Since charging to full never leaves less range than before,
 * the arc is traversable exactly when the second holds or some open station sits at a node
 * {@code v_k}, {@code k < j}, with the first; so
 *
 * <pre>
 *   K(q,a_j) = { sites at v_k : k &lt; j, s_j − s_k ≤ R − r }     for every arc with s_j &gt; θR − r
 * </pre>
 *
 * and the path is served exactly when every such set holds an open site (plus, by our definition of
 * a served trip, at least one open site on the path). Sets that contain another set of the same
 * path are dropped: their rows are implied. Distances are compared with a tolerance of 1e-9 km.
 */
final class ArcCover {

    /** Tolerance on distance comparisons, km. */
    static final double TOLERANCE_KM = 1e-9;

    private ArcCover() {
    }

    /** Site indices at each road node that has any, in site order. */
    static Map<Integer, List<Integer>> sitesByNode(List<Site> sites) {
        Map<Integer, List<Integer>> byNode = new TreeMap<>();
        for (int i = 0; i < sites.size(); i++) {
            byNode.computeIfAbsent(sites.get(i).roadNode(), n -> new ArrayList<>()).add(i);
        }
        return byNode;
    }

    /** The distinct sites on a path, ascending. */
    static List<Integer> sitesOnPath(FlowPath path, Map<Integer, List<Integer>> sitesByNode) {
        TreeSet<Integer> on = new TreeSet<>();
        for (int node : path.nodes()) {
            on.addAll(sitesByNode.getOrDefault(node, List.of()));
        }
        return new ArrayList<>(on);
    }

    /**
     * The minimal cover sets of a path (site indices, ascending), one per arc that the initial
     * charge does not reach, supersets dropped; an empty set means the path can never be served.
     */
    static List<List<Integer>> coverSets(FlowPath path, VehicleRange range, Map<Integer, List<Integer>> sitesByNode) {
        double[] s = path.cumulativeKm();
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int j = 1; j < s.length; j++) {
            if (s[j] <= range.fromOriginKm() + TOLERANCE_KM) {
                continue;
            }
            TreeSet<Integer> cover = new TreeSet<>();
            for (int k = 0; k < j; k++) {
                if (s[j] - s[k] <= range.fromStationKm() + TOLERANCE_KM) {
                    cover.addAll(sitesByNode.getOrDefault(path.nodes().get(k), List.of()));
                }
            }
            sets.add(cover);
        }
        sets.sort((a, b) -> a.size() != b.size() ? Integer.compare(a.size(), b.size()) : compare(a, b));
        List<List<Integer>> minimal = new ArrayList<>();
        for (TreeSet<Integer> set : sets) {
            boolean implied = minimal.stream().anyMatch(set::containsAll);
            if (!implied) {
                minimal.add(new ArrayList<>(set));
            }
        }
        return minimal;
    }

    private static int compare(TreeSet<Integer> a, TreeSet<Integer> b) {
        var ia = a.iterator();
        var ib = b.iterator();
        while (ia.hasNext()) {
            int c = Integer.compare(ia.next(), ib.next());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
