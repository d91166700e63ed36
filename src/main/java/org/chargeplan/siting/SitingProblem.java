package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.grid.Feeder;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Investment;
import org.chargeplan.scenario.Objective;

/**
 * One siting instance, everything the model and the {@link PlanChecker} need and nothing else:
 * sites, demand with the sites each demand point can reach, charger types, hourly profiles, the
 * feeder and the objective. Immutable.
 *
 * @param sites        candidate and existing sites
 * @param demand       demand points
 * @param reach        for each demand point (same order), the sites within reach, by site index
 * @param chargerTypes charger types
 * @param profiles     hourly profile of each demand class, in class-name order
 * @param feeder       the feeder, if the study has one
 * @param objective    what to optimise
 * @param gridLimits   whether transformer and voltage limits constrain the plan (false to see
 *                     what an unconstrained plan would do to the grid)
 * @param margins      how much tighter than the feeder's limits the linearised grid rows are held
 *                     (none in a scenario; base load's own loss gap in the first AC-checked
 *                     round, raised when the AC re-check finds the linearisation too optimistic)
 * @param flows        OD trips with vehicle range, planned for by the flow-refuelling model
 *                     ({@link RangeFamily}), if the study has them
 * @param investment   storage and transformer upgrades on offer, and how cost is counted
 */
public record SitingProblem(List<Site> sites, List<DemandPoint> demand, List<List<ReachSets.Reach>> reach,
        List<ChargerType> chargerTypes, List<HourlyProfile> profiles, Optional<Feeder> feeder,
        Objective objective, boolean gridLimits, GridMargins margins, Optional<FlowDemand> flows,
        Investment investment) {

    /** A problem with sites and chargers only, counted at capital cost. */
    public SitingProblem(List<Site> sites, List<DemandPoint> demand, List<List<ReachSets.Reach>> reach,
            List<ChargerType> chargerTypes, List<HourlyProfile> profiles, Optional<Feeder> feeder,
            Objective objective, boolean gridLimits, GridMargins margins, Optional<FlowDemand> flows) {
        this(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, margins, flows, Investment.NONE);
    }

    /** A problem without range-limited OD flows. */
    public SitingProblem(List<Site> sites, List<DemandPoint> demand, List<List<ReachSets.Reach>> reach,
            List<ChargerType> chargerTypes, List<HourlyProfile> profiles, Optional<Feeder> feeder,
            Objective objective, boolean gridLimits, GridMargins margins) {
        this(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, margins, Optional.empty());
    }

    /** A problem without a voltage margin. */
    public SitingProblem(List<Site> sites, List<DemandPoint> demand, List<List<ReachSets.Reach>> reach,
            List<ChargerType> chargerTypes, List<HourlyProfile> profiles, Optional<Feeder> feeder,
            Objective objective, boolean gridLimits) {
        this(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, GridMargins.NONE);
    }

    /** Hours in the planning day. */
    public static final int HOURS = 24;

    public SitingProblem {
        sites = List.copyOf(sites);
        demand = List.copyOf(demand);
        reach = reach.stream().map(List::copyOf).toList();
        chargerTypes = List.copyOf(chargerTypes);
        profiles = List.copyOf(profiles);
        if (reach.size() != demand.size()) {
            throw new IllegalArgumentException("one reach list per demand point is needed");
        }
        List<String> names = profiles.stream().map(HourlyProfile::demandClass).toList();
        if (!names.equals(new ArrayList<>(new TreeSet<>(names)))) {
            throw new IllegalArgumentException("profiles must be unique and in class-name order");
        }
        for (DemandPoint point : demand) {
            if (!names.contains(point.demandClass())) {
                throw new IllegalArgumentException("no profile for class " + point.demandClass());
            }
        }
        if (flows.isPresent() && !names.contains(flows.get().demandClass())) {
            throw new IllegalArgumentException("no profile for class " + flows.get().demandClass());
        }
    }

    /** The same problem with grid limits switched on or off. */
    public SitingProblem withGridLimits(boolean enforce) {
        return new SitingProblem(sites, demand, reach, chargerTypes, profiles, feeder, objective, enforce, margins, flows, investment);
    }

    /** The same problem with another objective. */
    public SitingProblem withObjective(Objective other) {
        return new SitingProblem(sites, demand, reach, chargerTypes, profiles, feeder, other, gridLimits, margins, flows, investment);
    }

    /** The same problem with other grid margins. */
    public SitingProblem withMargins(GridMargins other) {
        return new SitingProblem(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, other, flows, investment);
    }

    /** Position of a demand point's class in {@link #profiles}. */
    public int classIndex(DemandPoint point) {
        return classIndex(point.demandClass());
    }

    /** Position of a demand class in {@link #profiles}. */
    public int classIndex(String demandClass) {
        for (int c = 0; c < profiles.size(); c++) {
            if (profiles.get(c).demandClass().equals(demandClass)) {
                return c;
            }
        }
        throw new IllegalStateException("no profile for class " + demandClass);
    }

    /** The same problem with range-limited OD flows (or none). */
    public SitingProblem withFlows(Optional<FlowDemand> other) {
        return new SitingProblem(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, margins, other, investment);
    }

    /** The same problem with other storage, upgrade and cost settings. */
    public SitingProblem withInvestment(Investment other) {
        return new SitingProblem(sites, demand, reach, chargerTypes, profiles, feeder, objective, gridLimits, margins, flows,
                other);
    }

    /** Whether battery storage may be built at a site (offered, and the site has demand to serve). */
    public boolean storageOffered() {
        return investment.storage().isPresent() && investment.storage().get().maxKwhPerSite() > 0;
    }

    /** Whether transformers may be upgraded (offered, with a feeder whose limits apply). */
    public boolean upgradesOffered() {
        return investment.upgrades().isPresent() && investment.upgrades().get().maxSteps() > 0 && feeder.isPresent()
                && gridLimits;
    }

    /** Room for charging one upgrade step adds to a transformer, kW (its kVA step at its power factor). */
    public double upgradeStepKw(int transformer) {
        return investment.upgrades().orElseThrow().stepKva() * feeder.orElseThrow().transformers().get(transformer).powerFactor();
    }

    /**
     * Great-circle distance from a site to its feeder bus, km (0 without a bus or bus position):
     * the length its grid connection is costed at.
     */
    public double connectionKm(int site) {
        Site s = sites.get(site);
        if (s.bus().isEmpty()) {
            return 0;
        }
        return feeder.orElseThrow().buses().get(s.bus().getAsInt()).position()
                .map(p -> org.chargeplan.geo.GreatCircle.distanceMeters(s.position(), p) / 1000).orElse(0.0);
    }

    /** Capital cost of connecting a new site to its bus (0 for an existing site), currency units. */
    public double connectionCost(int site) {
        return sites.get(site).existing() ? 0 : investment.economics().connectionCostPerKm() * connectionKm(site);
    }

    /** Total demand energy, kWh per day. */
    public double totalDemandKwh() {
        return demand.stream().mapToDouble(DemandPoint::energyKwhPerDay).sum();
    }

    /**
     * What serving everything would be worth in the objective: point demand in kWh/day plus the
     * weighted electric trips per day of the range-limited flows (equal to {@link #totalDemandKwh}
     * without flows).
     */
    public double totalDemandValue() {
        return totalDemandKwh() + flows.map(f -> f.weightPerTrip() * f.totalTripsPerDay()).orElse(0.0);
    }

    /**
     * Headroom of a transformer in an hour of the day: its active-power limit minus the design-day
     * base load of its bus, kW. Negative when the base load alone overloads it.
     */
    public double transformerHeadroomKw(int transformer, int hour) {
        Feeder f = feeder.orElseThrow();
        var t = f.transformers().get(transformer);
        return t.limitKw() - f.designBaseKw(t.bus(), hour);
    }

    /** Capital cost of a site and its new chargers, currency units. */
    public double capitalCost(int site, List<Integer> chargers) {
        Site s = sites.get(site);
        double cost = s.siteCost();
        for (int k = 0; k < chargerTypes.size(); k++) {
            cost += chargerTypes.get(k).costPerCharger() * Math.max(0, chargers.get(k) - s.existingChargers(k));
        }
        return cost;
    }
}
