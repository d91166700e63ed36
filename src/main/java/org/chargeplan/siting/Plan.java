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
 * @param storage     batteries built, sorted by site (sites without storage left out)
 * @param upgrades    upgrade steps bought at each transformer of the feeder, in feeder order
 *                    (empty when no upgrade is bought or there is no feeder)
 */
public record Plan(List<SitePlan> sites, List<Assignment> assignments, List<ServedPath> servedPaths,
        List<Storage> storage, List<Integer> upgrades) {

    public Plan {
        sites = List.copyOf(sites);
        assignments = List.copyOf(assignments);
        servedPaths = List.copyOf(servedPaths);
        storage = List.copyOf(storage);
        upgrades = List.copyOf(upgrades);
    }

    /** A plan without storage or upgrades. */
    public Plan(List<SitePlan> sites, List<Assignment> assignments, List<ServedPath> servedPaths) {
        this(sites, assignments, servedPaths, List.of(), List.of());
    }

    /** A plan without range-limited flows, storage or upgrades. */
    public Plan(List<SitePlan> sites, List<Assignment> assignments) {
        this(sites, assignments, List.of());
    }

    /** Upgrade steps bought at a transformer (0 when none). */
    public int upgradeSteps(int transformer) {
        return transformer < upgrades.size() ? upgrades.get(transformer) : 0;
    }

    /**
     * A battery beside a station and how it runs over the design day (hour 0 = 00:00-01:00).
     *
     * @param site        site index
     * @param energyKwh   energy capacity, kWh
     * @param powerKw     power capacity (charge and discharge), kW
     * @param initialKwh  stored energy at 00:00, kWh (the day is cyclic: it ends where it starts)
     * @param chargeKw    energy drawn from the grid into the battery in each hour, kWh (= mean kW);
     *                    {@code √η} of it is stored
     * @param dischargeKw energy the battery delivers to the chargers in each hour, kWh (= mean kW);
     *                    it takes {@code 1/√η} of that out of storage
     */
    public record Storage(int site, double energyKwh, double powerKw, double initialKwh, List<Double> chargeKw,
            List<Double> dischargeKw) {
        public Storage {
            chargeKw = List.copyOf(chargeKw);
            dischargeKw = List.copyOf(dischargeKw);
        }

        /** The same battery at another site index (plans of reduced problems mapped back). */
        public Storage atSite(int other) {
            return new Storage(other, energyKwh, powerKw, initialKwh, chargeKw, dischargeKw);
        }
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
