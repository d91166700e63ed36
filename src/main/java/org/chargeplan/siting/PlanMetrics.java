package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;

/**
 * Figures derived from a {@link Plan} and its {@link SitingProblem} alone, never from solver
 * values: energy served per site and demand point, hourly site loads, transformer loading, cost.
 *
 * <p>Hourly site load follows DESIGN.md: {@code L_it = Σ_d share_di · E_d · h_{c(d),t}} in kW (kWh
 * in that hour), plus, for capacitated range-limited flows, the range each served path's vehicles
 * add there times kWh per km and trips per day, shaped by the flows' class. A site's grid draw adds
 * what its battery charges and subtracts what it discharges; transformer load is the grid draw of
 * its sites plus the base load of its bus, against its rating raised by any upgrade steps. Costs
 * are in {@link PlanCosts}.
 */
public final class PlanMetrics {

    private final SitingProblem problem;
    private final Plan plan;
    private final double[] servedKwhBySite;
    private final double[] servedShareByDemand;
    private final double[][] siteLoadKw;
    private final double[] flowKwhBySite;
    private final boolean[] pathServed;
    private double servedTrips;
    private final PlanCosts costs;
    /** The battery at each site (the first listed), null where there is none. */
    private final Plan.Storage[] batteries;

    private PlanMetrics(SitingProblem problem, Plan plan) {
        this.problem = problem;
        this.plan = plan;
        int siteCount = problem.sites().size();
        servedKwhBySite = new double[siteCount];
        servedShareByDemand = new double[problem.demand().size()];
        siteLoadKw = new double[siteCount][SitingProblem.HOURS];
        for (Plan.Assignment a : plan.assignments()) {
            DemandPoint point = problem.demand().get(a.demand());
            double kwh = a.share() * point.energyKwhPerDay();
            servedKwhBySite[a.site()] += kwh;
            servedShareByDemand[a.demand()] += a.share();
            var profile = problem.profiles().get(problem.classIndex(point));
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                siteLoadKw[a.site()][t] += kwh * profile.share(t);
            }
        }
        flowKwhBySite = new double[siteCount];
        pathServed = new boolean[problem.flows().map(f -> f.paths().size()).orElse(0)];
        problem.flows().ifPresent(this::addFlows);
        batteries = new Plan.Storage[siteCount];
        for (Plan.Storage battery : plan.storage()) {
            if (battery.site() >= 0 && battery.site() < siteCount && batteries[battery.site()] == null) {
                batteries[battery.site()] = battery; // (unknown or repeated sites fail the PlanChecker)
            }
        }
        costs = new PlanCosts(problem, this);
    }

    /** Served trips, and the capacitated flows' charging energy at each site and hour. */
    private void addFlows(org.chargeplan.demand.FlowDemand flows) {
        var profile = problem.profiles().get(problem.classIndex(flows.demandClass()));
        double kwhPerKm = flows.kwhPerKm().orElse(0.0);
        for (Plan.ServedPath served : plan.servedPaths()) {
            var path = flows.paths().get(served.path());
            pathServed[served.path()] = true;
            servedTrips += path.evTripsPerDay();
            for (Plan.Charge charge : served.charges()) {
                double kwh = charge.km() * kwhPerKm * path.evTripsPerDay();
                flowKwhBySite[charge.site()] += kwh;
                for (int t = 0; t < SitingProblem.HOURS; t++) {
                    siteLoadKw[charge.site()][t] += kwh * profile.share(t);
                }
            }
        }
    }

    public static PlanMetrics of(SitingProblem problem, Plan plan) {
        return new PlanMetrics(problem, plan);
    }

    public Plan plan() {
        return plan;
    }

    /** Energy served at a site, kWh per day. */
    public double servedKwh(int site) {
        return servedKwhBySite[site];
    }

    /** Energy charged at a site by the range-limited flows' vehicles (capacitated model), kWh per day. */
    public double flowKwh(int site) {
        return flowKwhBySite[site];
    }

    /** Whether the plan serves an OD path. */
    public boolean pathServed(int path) {
        return pathServed[path];
    }

    /** Electric trips per day on the OD paths the plan serves. */
    public double servedTrips() {
        return servedTrips;
    }

    /** Served trips as a share of all electric trips of the flows (0 without flows or trips). */
    public double servedTripShare() {
        double total = problem.flows().map(f -> f.totalTripsPerDay()).orElse(0.0);
        return total > 0 ? servedTrips / total : 0;
    }

    /** The plan's value in the objective's units: served kWh/day plus the weighted served trips. */
    public double servedValue() {
        return totalServedKwh() + problem.flows().map(f -> f.weightPerTrip() * servedTrips).orElse(0.0);
    }

    /** Share of a demand point's energy served anywhere. */
    public double servedShare(int demand) {
        return servedShareByDemand[demand];
    }

    /** Total energy served, kWh per day. */
    public double totalServedKwh() {
        double sum = 0;
        for (double kwh : servedKwhBySite) {
            sum += kwh;
        }
        return sum;
    }

    /** Served energy as a share of all demand energy (0 when there is no demand). */
    public double servedShare() {
        double total = problem.totalDemandKwh();
        return total > 0 ? totalServedKwh() / total : 0;
    }

    /** Charging load of a site in an hour, kW. */
    public double siteLoadKw(int site, int hour) {
        return siteLoadKw[site][hour];
    }

    /** The battery built at a site, if any. */
    public java.util.Optional<Plan.Storage> battery(int site) {
        return java.util.Optional.ofNullable(batteries[site]);
    }

    /** What a site's battery draws from the grid in an hour, kW (0 without a battery). */
    public double storageChargeKw(int site, int hour) {
        return batteries[site] == null ? 0 : batteries[site].chargeKw().get(hour);
    }

    /** What a site's battery delivers to its chargers in an hour, kW (0 without a battery). */
    public double storageDischargeKw(int site, int hour) {
        return batteries[site] == null ? 0 : batteries[site].dischargeKw().get(hour);
    }

    /** A site's draw from the grid in an hour: charging load plus battery charge less discharge, kW. */
    public double gridDrawKw(int site, int hour) {
        return siteLoadKw[site][hour] + storageChargeKw(site, hour) - storageDischargeKw(site, hour);
    }

    /** Peak hourly grid draw of a site, kW (the demand charge's kW). */
    public double sitePeakDrawKw(int site) {
        double peak = 0;
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            peak = Math.max(peak, gridDrawKw(site, t));
        }
        return peak;
    }

    /**
     * Stored energy of a site's battery at the start of each hour and at the end of the day (25
     * values, kWh): {@code s_{t+1} = s_t + √η·ch_t − dis_t/√η} from its initial level. Empty for a
     * site without a battery.
     */
    public double[] storageLevelKwh(int site) {
        var storage = battery(site);
        if (storage.isEmpty()) {
            return new double[0];
        }
        var option = problem.investment().storage().orElseThrow();
        double[] level = new double[SitingProblem.HOURS + 1];
        level[0] = storage.get().initialKwh();
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            level[t + 1] = level[t] + option.chargeEfficiency() * storage.get().chargeKw().get(t)
                    - storage.get().dischargeKw().get(t) / option.dischargeEfficiency();
        }
        return level;
    }

    /** Peak hourly charging load of a site, kW. */
    public double sitePeakKw(int site) {
        double peak = 0;
        for (double load : siteLoadKw[site]) {
            peak = Math.max(peak, load);
        }
        return peak;
    }

    /** Usable charger capacity of a site, kW: Σ_k utilisation_k · power_k · n_k. */
    public double siteCapacityKw(int site) {
        Plan.SitePlan sitePlan = plan.sites().get(site);
        double capacity = 0;
        for (int k = 0; k < problem.chargerTypes().size(); k++) {
            capacity += problem.chargerTypes().get(k).usableKw() * sitePlan.chargers().get(k);
        }
        return capacity;
    }

    /** Installed charger power of a site, kW: Σ_k power_k · n_k. */
    public double siteInstalledKw(int site) {
        Plan.SitePlan sitePlan = plan.sites().get(site);
        double kw = 0;
        for (int k = 0; k < problem.chargerTypes().size(); k++) {
            kw += problem.chargerTypes().get(k).powerKw() * sitePlan.chargers().get(k);
        }
        return kw;
    }

    /** The plan's costs by part (capital, energy, demand charges). */
    public PlanCosts costs() {
        return costs;
    }

    /**
     * The plan's total cost, the quantity the min-cost objective minimises ({@link PlanCosts#total}).
     */
    public double totalCost() {
        return costs.total();
    }

    /** Chargers of a type across all sites (existing included). */
    public int chargerCount(int type) {
        return plan.sites().stream().mapToInt(s -> s.chargers().get(type)).sum();
    }

    /**
     * Grid draw of charging per feeder bus and hour, kW ({@code [bus][hour]}): the sites connected
     * there (their charging load, net of their batteries).
     */
    public double[][] chargingKwByBus() {
        Feeder feeder = problem.feeder().orElseThrow();
        double[][] load = new double[feeder.buses().size()][SitingProblem.HOURS];
        for (int i = 0; i < problem.sites().size(); i++) {
            int site = i;
            problem.sites().get(i).bus().ifPresent(bus -> {
                for (int t = 0; t < SitingProblem.HOURS; t++) {
                    load[bus][t] += gridDrawKw(site, t);
                }
            });
        }
        return load;
    }

    /** Grid draw of charging on a transformer in an hour, kW (sites connected to its bus). */
    public double transformerChargingKw(int transformer, int hour) {
        double load = 0;
        List<Site> sites = problem.sites();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).transformer().orElse(-1) == transformer) {
                load += gridDrawKw(i, hour);
            }
        }
        return load;
    }

    /** Total active load on a transformer in an hour of the design day (base plus charging), kW. */
    public double transformerLoadKw(int transformer, int hour) {
        Feeder feeder = problem.feeder().orElseThrow();
        Transformer t = feeder.transformers().get(transformer);
        return feeder.designBaseKw(t.bus(), hour) + transformerChargingKw(transformer, hour);
    }

    /** Loading of a transformer in an hour, % of its active-power limit after any upgrade. */
    public double transformerLoadingPct(int transformer, int hour) {
        return 100 * transformerLoadKw(transformer, hour) / transformerLimitKw(transformer);
    }

    /** A transformer's active-power limit after the plan's upgrade steps, kW ((kVA + steps·step) × pf). */
    public double transformerLimitKw(int transformer) {
        return feederAfterPlan().transformers().get(transformer).limitKw();
    }

    /** The feeder with the plan's transformer upgrades (ratings raised by the steps bought). */
    public Feeder feederAfterPlan() {
        Feeder feeder = problem.feeder().orElseThrow();
        if (plan.upgrades().isEmpty() || problem.investment().upgrades().isEmpty()) {
            return feeder; // (a plan with upgrades that were not offered fails the PlanChecker)
        }
        double step = problem.investment().upgrades().orElseThrow().stepKva();
        List<Transformer> upgraded = new ArrayList<>();
        for (int m = 0; m < feeder.transformers().size(); m++) {
            Transformer t = feeder.transformers().get(m);
            upgraded.add(new Transformer(t.id(), t.bus(), t.ratingKva() + step * plan.upgradeSteps(m), t.powerFactor()));
        }
        return feeder.withTransformers(upgraded);
    }

    /** The highest loading of a transformer over the day, %. */
    public double transformerPeakLoadingPct(int transformer) {
        double peak = 0;
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            peak = Math.max(peak, transformerLoadingPct(transformer, t));
        }
        return peak;
    }
}
