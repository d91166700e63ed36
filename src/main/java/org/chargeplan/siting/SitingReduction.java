package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.road.ReachSets;

/**
 * Reductions of a {@link SitingProblem} that keep its optimum, applied before the model is built,
 * with the map that turns a plan of the reduced problem back into a plan of the original.
 *
 * <ul>
 * <li><b>Sites no demand can reach</b> are dropped unless they exist already: such a site serves
 * nothing, so no optimal plan of either objective opens it (opening costs money and gains no
 * energy), and its pairs are gone with it. Not with range-limited OD flows, whose paths may need
 * any site (site indices then stay as they are, and served paths pass through unchanged).</li>
 * <li><b>Demand points of the same class that reach the same set of sites</b> are merged into one
 * point carrying their summed energy (co-located points are the common case: every point snapped
 * to the same road node). Exact because the model uses a point's reach only as a set of sites and
 * its energy only linearly: a merged share {@code a_i} gives each member the same share, which
 * serves {@code a_i·ΣE} in total, and any members' shares average into a merged one with the same
 * site loads. Points that reach nothing merge into one point per class, so total demand (the
 * coverage target's base) is unchanged.</li>
 * </ul>
 * In this model a demand-site pair carries no cost of its own, so no pair dominates another; the
 * only dominated pairs are those to dropped sites. Existing sites are presolved in the model itself
 * ({@link SiteFamily}, {@link CoverageFamily}): their open variable is fixed, so their linking rows
 * are left out.
 */
public final class SitingReduction {

    private final SitingProblem original;
    private final SitingProblem reduced;
    private final int[] originalSite;
    private final int[][] members;
    private final long originalPairs;

    private SitingReduction(SitingProblem original, SitingProblem reduced, int[] originalSite, int[][] members,
            long originalPairs) {
        this.original = original;
        this.reduced = reduced;
        this.originalSite = originalSite;
        this.members = members;
        this.originalPairs = originalPairs;
    }

    /** Reduces {@code problem}. Linear in the number of demand-site pairs. */
    public static SitingReduction of(SitingProblem problem) {
        int siteCount = problem.sites().size();
        boolean[] keep = new boolean[siteCount];
        long pairs = 0;
        for (int d = 0; d < problem.demand().size(); d++) {
            for (ReachSets.Reach r : problem.reach().get(d)) {
                keep[r.target()] = true;
                pairs++;
            }
        }
        int[] newIndex = new int[siteCount];
        List<Site> sites = new ArrayList<>();
        List<Integer> originalSites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            Site site = problem.sites().get(i);
            newIndex[i] = -1;
            if (keep[i] || site.existing() || problem.flows().isPresent()) {
                newIndex[i] = sites.size();
                sites.add(site);
                originalSites.add(i);
            }
        }

        Map<GroupKey, Integer> groupOf = new HashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        List<List<ReachSets.Reach>> groupReach = new ArrayList<>();
        for (int d = 0; d < problem.demand().size(); d++) {
            List<ReachSets.Reach> reach = new ArrayList<>();
            for (ReachSets.Reach r : problem.reach().get(d)) {
                reach.add(new ReachSets.Reach(newIndex[r.target()], r.minutes()));
            }
            int[] targets = reach.stream().mapToInt(ReachSets.Reach::target).sorted().toArray();
            GroupKey key = new GroupKey(problem.demand().get(d).demandClass(), targets);
            Integer group = groupOf.get(key);
            if (group == null) {
                group = groups.size();
                groupOf.put(key, group);
                groups.add(new ArrayList<>());
                groupReach.add(reach);
            }
            groups.get(group).add(d);
        }

        List<DemandPoint> demand = new ArrayList<>();
        int[][] members = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            members[g] = groups.get(g).stream().mapToInt(Integer::intValue).toArray();
            DemandPoint first = problem.demand().get(members[g][0]);
            double energy = 0;
            for (int d : members[g]) {
                energy += problem.demand().get(d).energyKwhPerDay();
            }
            String id = members[g].length == 1 ? first.id() : first.id() + "+" + (members[g].length - 1);
            demand.add(new DemandPoint(id, first.position(), first.roadNode(), energy, first.demandClass()));
        }
        SitingProblem reduced = new SitingProblem(sites, demand, groupReach, problem.chargerTypes(),
                problem.profiles(), problem.feeder(), problem.objective(), problem.gridLimits(), problem.margins(),
                problem.flows(), problem.investment());
        return new SitingReduction(problem, reduced,
                originalSites.stream().mapToInt(Integer::intValue).toArray(), members, pairs);
    }

    /** The reduced problem, to build and solve. */
    public SitingProblem reduced() {
        return reduced;
    }

    /**
     * The plan of the original problem equivalent to a plan of the reduced one: dropped sites
     * closed, every member of a merged demand point served in the merged point's shares.
     */
    public Plan expand(Plan plan) {
        List<Plan.SitePlan> sites = new ArrayList<>();
        int types = original.chargerTypes().size();
        for (int i = 0; i < original.sites().size(); i++) {
            sites.add(new Plan.SitePlan(i, false, java.util.Collections.nCopies(types, 0)));
        }
        for (Plan.SitePlan site : plan.sites()) {
            int i = originalSite[site.site()];
            sites.set(i, new Plan.SitePlan(i, site.open(), site.chargers()));
        }
        List<Plan.Assignment> assignments = new ArrayList<>();
        for (Plan.Assignment a : plan.assignments()) {
            for (int d : members[a.demand()]) {
                assignments.add(new Plan.Assignment(d, originalSite[a.site()], a.share()));
            }
        }
        assignments.sort((a, b) -> a.demand() != b.demand() ? Integer.compare(a.demand(), b.demand())
                : Integer.compare(a.site(), b.site()));
        List<Plan.Storage> storage = plan.storage().stream().map(b -> b.atSite(originalSite[b.site()]))
                .sorted(java.util.Comparator.comparingInt(Plan.Storage::site)).toList();
        return new Plan(sites, assignments, plan.servedPaths(), storage, plan.upgrades());
    }

    /**
     * The design (open sites and charger counts) of a plan of the original problem, in the reduced
     * problem's site order; dropped sites are left out (they serve nothing).
     */
    GreedyDesign.Design design(Plan plan) {
        int types = original.chargerTypes().size();
        boolean[] open = new boolean[originalSite.length];
        int[][] chargers = new int[originalSite.length][types];
        for (int r = 0; r < originalSite.length; r++) {
            Plan.SitePlan site = plan.sites().get(originalSite[r]);
            open[r] = site.open();
            for (int k = 0; k < types; k++) {
                chargers[r][k] = site.open() ? site.chargers().get(k) : 0;
            }
        }
        return new GreedyDesign.Design(open, chargers);
    }

    /** "demand points 24 → 20, sites 40 → 38, demand-site pairs 150 → 120". */
    public String summary() {
        long pairs = reduced.reach().stream().mapToLong(List::size).sum();
        return String.format(Locale.ROOT, "demand points %,d → %,d, sites %,d → %,d, demand-site pairs %,d → %,d",
                original.demand().size(), reduced.demand().size(), original.sites().size(), reduced.sites().size(),
                originalPairs, pairs);
    }

    /** Demand class and sorted reachable sites: points with equal keys are interchangeable. */
    private record GroupKey(String demandClass, int[] targets) {
        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey k && k.demandClass.equals(demandClass) && Arrays.equals(k.targets, targets);
        }

        @Override
        public int hashCode() {
            return 31 * demandClass.hashCode() + Arrays.hashCode(targets);
        }
    }
}
