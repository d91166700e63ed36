package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.chargeplan.scenario.Objective;

/**
 * A greedy construction of the integer decisions (which sites open, how many chargers of each
 * type): starting from the existing sites, it adds one charger at a time, always the one with the
 * most newly served energy per unit of capital cost, until the budget is spent (max-coverage) or
 * the coverage target is estimated to be met (min-cost).
 *
 * <p>The served energy of a step is estimated conservatively: a charger of usable power
 * {@code u_k·P_k} kW serves at most {@code u_k·P_k / s*} kWh/day, with {@code s*} the largest
 * hourly share of any class's profile; a transformer lets its sites serve at most
 * {@code min_t headroom_t / s*} kWh/day; and only energy of demand points within reach that no
 * earlier step took counts. Voltage and branch limits are not estimated: the caller evaluates the
 * design exactly with every continuous variable free ({@link WarmStart}). The budget and the limit
 * on new stations ({@code objective.stations}) hold for every design. Gains only shrink
 * as demand is taken, so the priority queue is evaluated lazily (a popped step whose gain has
 * dropped is re-queued), as in the lazy greedy for submodular coverage (Minoux 1978).
 *
 * <p>Runs in O((S·K + steps) log(S·K) + pairs) time. Deterministic: ties go to the lower site and
 * type index.
 */
final class GreedyDesign {

    private final SitingProblem problem;
    private final boolean[] banned;
    private final int types;
    private final double peakShare;
    private final double[] remaining;
    private final double[] unservedInReach;
    private final double[] transformerAllowance;
    private final int[][] demandAt;
    private final boolean[] open;
    private final int[][] chargers;
    private double spent;
    private int newSites;
    private double served;

    private GreedyDesign(SitingProblem problem, boolean[] banned) {
        this.problem = problem;
        this.banned = banned;
        this.types = problem.chargerTypes().size();
        double peak = 0;
        for (var profile : problem.profiles()) {
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                peak = Math.max(peak, profile.share(t));
            }
        }
        this.peakShare = peak;
        int siteCount = problem.sites().size();
        this.remaining = problem.demand().stream().mapToDouble(d -> d.energyKwhPerDay()).toArray();
        this.unservedInReach = new double[siteCount];
        int[] count = new int[siteCount];
        for (int d = 0; d < remaining.length; d++) {
            for (var r : problem.reach().get(d)) {
                unservedInReach[r.target()] += remaining[d];
                count[r.target()]++;
            }
        }
        // Demand at each site, fewest alternatives first: those points have nowhere else to go.
        this.demandAt = new int[siteCount][];
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            lists.add(new ArrayList<>(count[i]));
        }
        for (int d = 0; d < remaining.length; d++) {
            for (var r : problem.reach().get(d)) {
                lists.get(r.target()).add(d);
            }
        }
        for (int i = 0; i < siteCount; i++) {
            demandAt[i] = lists.get(i).stream()
                    .sorted((a, b) -> a.equals(b) ? 0 : problem.reach().get(a).size() != problem.reach().get(b).size()
                            ? Integer.compare(problem.reach().get(a).size(), problem.reach().get(b).size())
                            : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
        boolean limited = problem.gridLimits() && problem.feeder().isPresent();
        int transformerCount = problem.feeder().map(f -> f.transformers().size()).orElse(0);
        this.transformerAllowance = new double[transformerCount];
        for (int m = 0; m < transformerCount; m++) {
            double headroom = Double.POSITIVE_INFINITY;
            if (limited) {
                for (int t = 0; t < SitingProblem.HOURS; t++) {
                    headroom = Math.min(headroom, problem.transformerHeadroomKw(m, t));
                }
            }
            transformerAllowance[m] = Math.max(0, headroom) / peakShare;
        }
        this.open = new boolean[siteCount];
        this.chargers = new int[siteCount][types];
        for (int i = 0; i < siteCount; i++) {
            Site site = problem.sites().get(i);
            open[i] = site.existing();
            for (int k = 0; k < types; k++) {
                chargers[i][k] = site.existingChargers(k);
                if (site.existingChargers(k) > 0) {
                    serve(i, problem.chargerTypes().get(k).usableKw() * site.existingChargers(k) / peakShare);
                }
            }
        }
    }

    /**
     * The greedy design, with the sites in {@code banned} (by index; may be all false) kept closed
     * unless they exist already.
     */
    static Design build(SitingProblem problem, boolean[] banned) {
        GreedyDesign greedy = new GreedyDesign(problem, banned);
        greedy.run();
        return new Design(greedy.open, greedy.chargers);
    }

    private void run() {
        Objective objective = problem.objective();
        // The budget bounds the capital paid after any subsidy (CostFamily).
        double budget = objective.budget() / (1 - problem.investment().economics().subsidyShare());
        double target = objective.kind() == Objective.Kind.MIN_COST
                ? objective.coverageTarget() * problem.totalDemandKwh() : Double.POSITIVE_INFINITY;
        PriorityQueue<Step> queue = new PriorityQueue<>();
        for (int i = 0; i < open.length; i++) {
            for (int k = 0; k < types; k++) {
                step(i, k).ifPresent(queue::add);
            }
        }
        while (!queue.isEmpty() && served < target) {
            Step top = queue.poll();
            var fresh = step(top.site, top.type);
            if (fresh.isEmpty()) {
                continue;
            }
            Step now = fresh.get();
            if (now.cost > budget - spent) {
                continue;
            }
            if (!queue.isEmpty() && now.compareTo(queue.peek()) > 0) {
                queue.add(now); // its gain fell: let a better step go first
                continue;
            }
            boolean opening = !open[now.site];
            newSites += opening ? 1 : 0;
            open[now.site] = true;
            chargers[now.site][now.type]++;
            spent += now.cost;
            serve(now.site, now.gain);
            queue.add(now); // the next charger of this type here, re-evaluated when popped
            if (opening) {
                for (int k = 0; k < types; k++) {
                    if (k != now.type) {
                        step(now.site, k).ifPresent(queue::add);
                    }
                }
            }
        }
    }

    /** Adding one charger of type k at site i now, if allowed and useful. */
    private java.util.Optional<Step> step(int i, int k) {
        Site site = problem.sites().get(i);
        if ((banned[i] && !site.existing()) || chargers[i][k] >= site.maxChargers(k)
                || (!open[i] && newSites >= problem.objective().maxNewStations())) {
            return java.util.Optional.empty();
        }
        double gain = Math.min(problem.chargerTypes().get(k).usableKw() / peakShare, unservedInReach[i]);
        if (site.transformer().isPresent()) {
            gain = Math.min(gain, transformerAllowance[site.transformer().getAsInt()]);
        }
        if (!(gain > 1e-9)) {
            return java.util.Optional.empty();
        }
        double cost = problem.chargerTypes().get(k).costPerCharger() + (open[i] ? 0 : site.siteCost() + problem.connectionCost(i));
        return java.util.Optional.of(new Step(i, k, gain, cost));
    }

    /** Takes up to {@code energy} kWh/day of unserved demand within reach of site i. */
    private void serve(int i, double energy) {
        Site site = problem.sites().get(i);
        if (site.transformer().isPresent()) {
            int m = site.transformer().getAsInt();
            energy = Math.min(energy, transformerAllowance[m]);
        }
        double taken = 0;
        for (int d : demandAt[i]) {
            if (taken >= energy) {
                break;
            }
            double take = Math.min(remaining[d], energy - taken);
            if (take <= 0) {
                continue;
            }
            remaining[d] -= take;
            taken += take;
            for (var r : problem.reach().get(d)) {
                unservedInReach[r.target()] -= take;
            }
        }
        if (site.transformer().isPresent()) {
            transformerAllowance[site.transformer().getAsInt()] -= taken;
        }
        served += taken;
    }

    /** One candidate step; ordered best first (most gain per cost, then lowest site and type). */
    private record Step(int site, int type, double gain, double cost) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            double mine = cost > 0 ? gain / cost : Double.POSITIVE_INFINITY;
            double theirs = other.cost > 0 ? other.gain / other.cost : Double.POSITIVE_INFINITY;
            int byRatio = Double.compare(theirs, mine);
            if (byRatio != 0) {
                return byRatio;
            }
            return site != other.site ? Integer.compare(site, other.site) : Integer.compare(type, other.type);
        }
    }

    /**
     * Integer decisions of a plan.
     *
     * @param open     whether each site is open
     * @param chargers chargers of each type at each site (existing ones included)
     */
    record Design(boolean[] open, int[][] chargers) {
        Design {
            open = open.clone();
            chargers = Arrays.stream(chargers).map(int[]::clone).toArray(int[][]::new);
        }
    }
}
