package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.demand.HourlyProfile;

/**
 * Drops hourly rows that other hours imply. A family of rows {@code Σ_c v_tc·X_c ≤ 1} over
 * non-negative {@code X}, one per hour {@code t}: row {@code t} is dominated when another hour
 * {@code u} has {@code v_uc ≥ v_tc} for every class {@code c} (and is earlier, when the vectors are
 * equal), since then row {@code u} implies row {@code t}. Leaving dominated rows out does not change
 * the feasible set, so the optimum stays the same.
 *
 * <p>Charger capacity rows use {@code v_tc = h_ct} (the right-hand side does not depend on the
 * hour); transformer rows use {@code v_tc = h_ct / R_t} with the hour's headroom {@code R_t > 0}.
 */
final class HourSelection {

    private HourSelection() {
    }

    /** Every hour of the day, 0 to 23. */
    static List<Integer> all() {
        return java.util.stream.IntStream.range(0, SitingProblem.HOURS).boxed().toList();
    }

    /** Non-dominated hours of the class profiles themselves, ascending. */
    static List<Integer> nonDominated(List<HourlyProfile> profiles, int hours) {
        double[][] vectors = new double[hours][profiles.size()];
        for (int t = 0; t < hours; t++) {
            for (int c = 0; c < profiles.size(); c++) {
                vectors[t][c] = profiles.get(c).share(t);
            }
        }
        return nonDominated(vectors);
    }

    /** Indices of the rows (vectors) that no other row dominates, ascending. */
    static List<Integer> nonDominated(double[][] vectors) {
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < vectors.length; t++) {
            boolean dominated = false;
            for (int u = 0; u < vectors.length && !dominated; u++) {
                dominated = u != t && dominates(vectors[u], vectors[t], u < t);
            }
            if (!dominated) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static boolean dominates(double[] u, double[] t, boolean uIsEarlier) {
        boolean strictlyGreater = false;
        for (int c = 0; c < u.length; c++) {
            if (u[c] < t[c]) {
                return false;
            }
            strictlyGreater |= u[c] > t[c];
        }
        return strictlyGreater || uIsEarlier;
    }
}
