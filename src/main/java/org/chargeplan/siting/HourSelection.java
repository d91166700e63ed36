package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.demand.HourlyProfile;

/**
 * Hours whose charger-capacity rows can bind. Hour {@code t} is dominated when another hour
 * {@code t'} has at least the same share for every demand class (and is earlier, for equal
 * vectors): then {@code Σ_c h_ct A_ic ≤ Σ_c h_ct' A_ic} for any {@code A ≥ 0}, so the row for
 * {@code t} follows from the row for {@code t'} and can be left out without changing the optimum.
 */
final class HourSelection {

    private HourSelection() {
    }

    /** The non-dominated hours, ascending. */
    static List<Integer> nonDominated(List<HourlyProfile> profiles, int hours) {
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < hours; t++) {
            boolean dominated = false;
            for (int u = 0; u < hours && !dominated; u++) {
                if (u != t && dominates(profiles, u, t)) {
                    dominated = true;
                }
            }
            if (!dominated) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static boolean dominates(List<HourlyProfile> profiles, int u, int t) {
        boolean strictlyGreater = false;
        for (HourlyProfile profile : profiles) {
            if (profile.share(u) < profile.share(t)) {
                return false;
            }
            strictlyGreater |= profile.share(u) > profile.share(t);
        }
        return strictlyGreater || u < t;
    }
}
