package org.chargeplan.siting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chargeplan.scenario.CostPart;
import org.chargeplan.scenario.Economics;

/**
 * A plan's costs, from its decisions and {@link PlanMetrics} alone, as {@link CostFamily} and
 * {@link OperatingCostFamily} count them: capital by part ({@link CostPart}, gross), what the
 * planner pays after the subsidy, and the cost in the scenario's basis (capital, or per year:
 * annualised capital, energy at time-of-use prices, demand charges).
 */
public final class PlanCosts {

    private final SitingProblem problem;
    private final PlanMetrics metrics;

    PlanCosts(SitingProblem problem, PlanMetrics metrics) {
        this.problem = problem;
        this.metrics = metrics;
    }

    /**
     * Capital cost of a part at one site (gross, before any subsidy), currency units: the site,
     * its connection (new sites), its new chargers, its battery; 0 for a closed site and for
     * {@link CostPart#UPGRADES}, which belong to transformers.
     */
    public double siteCapital(int site, CostPart part) {
        Plan.SitePlan decision = metrics.plan().sites().get(site);
        if (!decision.open()) {
            return 0;
        }
        Site s = problem.sites().get(site);
        return switch (part) {
            case SITES -> s.siteCost();
            case CONNECTION -> problem.connectionCost(site);
            case CHARGERS -> problem.capitalCost(site, decision.chargers()) - s.siteCost();
            case STORAGE -> metrics.battery(site).map(b -> {
                var option = problem.investment().storage().orElseThrow();
                return b.energyKwh() * option.costPerKwh() + b.powerKw() * option.costPerKw();
            }).orElse(0.0);
            case UPGRADES -> 0.0;
        };
    }

    /** Capital cost of a part over the whole plan (gross), currency units. */
    public double capital(CostPart part) {
        if (part == CostPart.UPGRADES) {
            double steps = metrics.plan().upgrades().stream().mapToInt(Integer::intValue).sum();
            return steps == 0 ? 0 : steps * problem.investment().upgrades().orElseThrow().costPerStep();
        }
        double sum = 0;
        for (int i = 0; i < problem.sites().size(); i++) {
            sum += siteCapital(i, part);
        }
        return sum;
    }

    /** Gross capital cost of the plan (every part, before any subsidy), currency units. */
    public double capitalCost() {
        double sum = 0;
        for (CostPart part : CostPart.values()) {
            sum += capital(part);
        }
        return sum;
    }

    /** The capital the planner pays after the subsidy, which the budget bounds, currency units. */
    public double capitalPaid() {
        return capitalCost() * (1 - problem.investment().economics().subsidyShare());
    }

    /** Energy bought for a site over a year (annual basis; 0 otherwise), currency units. */
    public double siteEnergyCost(int site) {
        Economics economics = problem.investment().economics();
        if (!economics.annual()) {
            return 0;
        }
        double cost = 0;
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            cost += economics.energyPricePerKwh().get(t) * metrics.gridDrawKw(site, t);
        }
        return economics.daysPerYear() * cost;
    }

    /** A site's demand charges over a year (annual basis; 0 otherwise), currency units. */
    public double siteDemandCharge(int site) {
        Economics economics = problem.investment().economics();
        return economics.annual() ? Economics.MONTHS * economics.demandChargePerKwMonth() * metrics.sitePeakDrawKw(site) : 0;
    }

    /**
     * A site's cost by part in the objective's units (capital parts weighted by
     * {@link Economics#weight}; on the annual basis also {@code energy} and {@code demand_charge}),
     * in part order; 0 for a closed site.
     */
    public Map<String, Double> siteCostParts(int site) {
        Economics economics = problem.investment().economics();
        Map<String, Double> parts = new LinkedHashMap<>();
        for (CostPart part : CostPart.values()) {
            if (part != CostPart.UPGRADES) {
                parts.put(part.label(), economics.weight(part) * siteCapital(site, part));
            }
        }
        if (economics.annual()) {
            parts.put("energy", siteEnergyCost(site));
            parts.put("demand_charge", siteDemandCharge(site));
        }
        return parts;
    }

    /** A site's total cost in the objective's units (the sum of {@link #siteCostParts}). */
    public double siteCost(int site) {
        return siteCostParts(site).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The plan's cost by part in the objective's units: every capital part (upgrades included)
     * weighted by {@link Economics#weight}, and on the annual basis {@code energy} and
     * {@code demand_charge} per year; in part order.
     */
    public Map<String, Double> costParts() {
        Economics economics = problem.investment().economics();
        Map<String, Double> parts = new LinkedHashMap<>();
        for (CostPart part : CostPart.values()) {
            parts.put(part.label(), economics.weight(part) * capital(part));
        }
        if (economics.annual()) {
            double energy = 0;
            double demand = 0;
            for (int i = 0; i < problem.sites().size(); i++) {
                energy += siteEnergyCost(i);
                demand += siteDemandCharge(i);
            }
            parts.put("energy", energy);
            parts.put("demand_charge", demand);
        }
        return parts;
    }

    /**
     * The plan's total cost, the quantity the min-cost objective minimises: capital cost less any
     * subsidy, or on the annual basis the equivalent annual cost (annualised capital plus energy and
     * demand charges per year), currency units.
     */
    public double total() {
        return costParts().values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
