package org.chargeplan.siting;

import java.util.List;

/**
 * A charging plan: which sites are open, how many chargers of each type each has, and which share
 * of each demand point's energy each site serves. It holds decisions only; every derived figure
 * (loads, costs, coverage) is computed from it by {@link PlanMetrics}, so a plan read back from
 * files can be checked the same way as one fresh from the solver.
 *
 * @param sites       one entry per site of the problem, in site order
 * @param assignments non-zero shares, sorted by demand then site
 * @param servedPaths the OD paths the plan serves (range-limited flows), by path index
 */
public record Plan(List<SitePlan> sites, List<Assignment> assignments, List<ServedPath> servedPaths) {

    public Plan {
        sites = List.copyOf(sites);
        assignments = List.copyOf(assignments);
        servedPaths = List.copyOf(servedPaths);
    }

    /** A plan without range-limited flows. */
    public Plan(List<SitePlan> sites, List<Assignment> assignments) {
        this(sites, assignments, List.of());
    }

    /**
     * An OD path the plan serves.
     *
     * @param path    index of the path in the problem's flows
     * @param charges for the capacitated model, the range each vehicle adds where (sorted by
     *                position); empty for the uncapacitated model, where vehicles charge to full at
     *                every open station they pass
     */
    public record ServedPath(int path, List<Charge> charges) {
        public ServedPath {
            charges = List.copyOf(charges);
        }
    }

    /**
     * Range added by each vehicle of a path at one node of it.
     *
     * @param position position of the node on the path (0 = origin)
     * @param site     the site charging it
     * @param km       range added per vehicle, km
     */
    public record Charge(int position, int site, double km) {
    }

    /**
     * Decisions at one site.
     *
     * @param site     site index
     * @param open     whether the site is built (or kept, for an existing one)
     * @param chargers chargers of each type after the plan (existing ones included)
     */
    public record SitePlan(int site, boolean open, List<Integer> chargers) {
        public SitePlan {
            chargers = List.copyOf(chargers);
        }

        public int totalChargers() {
            return chargers.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A share of a demand point's daily energy served at a site.
     *
     * @param demand index of the demand point
     * @param site   index of the site
     * @param share  share of the point's energy, in (0, 1]
     */
    public record Assignment(int demand, int site, double share) {
    }

    public long openSiteCount() {
        return sites.stream().filter(SitePlan::open).count();
    }
}
