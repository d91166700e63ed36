package org.chargeplan.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a plan's money is counted: capital costs alone (the default), or an equivalent annual cost
 * when lifetimes are given.
 *
 * <p>Annual basis: each capital part is spread over its lifetime {@code n} years at discount rate
 * {@code r} by the capital recovery factor {@code CRF = r(1+r)^n / ((1+r)^n − 1)} ({@code 1/n} when
 * {@code r = 0}; e.g. Short, Packey and Holt, <i>A Manual for the Economic Evaluation of Energy
 * Efficiency and Renewable Energy Technologies</i>, NREL 1995, §4), and to it are added the energy
 * bought, {@code daysPerYear × Σ_t price_t × grid draw_t} over the design day, and the demand
 * charge, {@code 12 × rate × each site's peak grid draw} (the design day stands for every month's
 * peak day).
 *
 * @param discountRate           real discount rate per year, in [0, 1)
 * @param lifetimeYears          lifetime of each capital part, years; empty for the capital basis
 * @param subsidyShare           share of every capital cost paid by a subsidy, in [0, 1): the
 *                               plan pays, and the budget bounds, the rest
 * @param energyPricePerKwh      price of grid energy in each hour from 00:00 (time of use),
 *                               currency units per kWh; 24 values
 * @param demandChargePerKwMonth charge per kW of a site's monthly peak grid draw, currency units
 * @param connectionCostPerKm    cost of connecting a new site to its feeder bus, per km of
 *                               great-circle distance, currency units
 * @param daysPerYear            design days per year for the energy cost
 */
public record Economics(double discountRate, Map<CostPart, Double> lifetimeYears, double subsidyShare,
        List<Double> energyPricePerKwh, double demandChargePerKwMonth, double connectionCostPerKm,
        double daysPerYear) {

    /** Capital costs only, no subsidy, no connection cost. */
    public static final Economics CAPITAL_ONLY = new Economics(0, Map.of(), 0,
            Collections.nCopies(Scenario.HOURS, 0.0), 0, 0, 365);

    public Economics {
        Map<CostPart, Double> copy = new EnumMap<>(CostPart.class);
        copy.putAll(lifetimeYears);
        lifetimeYears = Collections.unmodifiableMap(copy);
        energyPricePerKwh = List.copyOf(energyPricePerKwh);
        if (!(discountRate >= 0 && discountRate < 1) || !(subsidyShare >= 0 && subsidyShare < 1)
                || energyPricePerKwh.size() != Scenario.HOURS || !(demandChargePerKwMonth >= 0)
                || !(connectionCostPerKm >= 0) || !(daysPerYear > 0)) {
            throw new IllegalArgumentException("invalid economics");
        }
        if (!lifetimeYears.isEmpty() && lifetimeYears.size() != CostPart.values().length) {
            throw new IllegalArgumentException("a lifetime is needed for every cost part");
        }
        for (double price : energyPricePerKwh) {
            if (!(price >= 0)) {
                throw new IllegalArgumentException("energy prices must be >= 0");
            }
        }
    }

    /** Whether costs are annual (capital annualised, energy and demand charges added). */
    public boolean annual() {
        return !lifetimeYears.isEmpty();
    }

    /** What one unit of a part's capital cost adds to the objective: CRF × (1 − subsidy), or 1 − subsidy. */
    public double weight(CostPart part) {
        double paid = 1 - subsidyShare;
        return annual() ? paid * capitalRecoveryFactor(discountRate, lifetimeYears.get(part)) : paid;
    }

    /** Whether energy and demand charges count (annual basis only). */
    public boolean hasOperatingCosts() {
        return annual() && (demandChargePerKwMonth > 0 || energyPricePerKwh.stream().anyMatch(p -> p > 0));
    }

    /**
     * The capital recovery factor: the constant yearly payment that repays 1 over {@code years}
     * at interest {@code rate}.
     */
    public static double capitalRecoveryFactor(double rate, double years) {
        if (rate == 0) {
            return 1 / years;
        }
        double growth = Math.pow(1 + rate, years);
        return rate * growth / (growth - 1);
    }

    /** Months per year, for the demand charge. */
    public static final int MONTHS = 12;

    /** Lifetimes for every part from one default and per-part overrides. */
    public static Map<CostPart, Double> lifetimes(double defaultYears, Map<CostPart, Double> overrides) {
        Map<CostPart, Double> all = new EnumMap<>(CostPart.class);
        for (CostPart part : CostPart.values()) {
            all.put(part, overrides.getOrDefault(part, defaultYears));
        }
        return all;
    }
}
