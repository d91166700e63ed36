package org.chargeplan.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scenario's {@code storage} and {@code costs} sections and {@code grid.upgrades} into an
 * {@link Investment}; part of {@link ScenarioReader}. Fields and units are documented in README.md.
 */
final class InvestmentSectionReader {

    private static final double MAX_MONEY = 1e15;

    private InvestmentSectionReader() {
    }

    static Investment read(YamlNode root) {
        boolean feeder = root.optional("grid").isPresent();
        Optional<StorageOption> storage = root.optional("storage").map(n -> storage(n.requireMapping()));
        Optional<UpgradeOption> upgrades = root.optional("grid").flatMap(g -> g.optional("upgrades"))
                .map(n -> upgrades(n.requireMapping()));
        Economics economics = root.optional("costs").map(n -> economics(n.requireMapping()))
                .orElse(Economics.CAPITAL_ONLY);
        if (economics.connectionCostPerKm() > 0 && !feeder) {
            throw root.required("costs", "").required("connection_cost_per_km", "")
                    .error("a cost per km of cable to the feeder bus needs a grid section with the feeder's buses");
        }
        return new Investment(storage, upgrades, economics);
    }

    private static StorageOption storage(YamlNode node) {
        node.allowOnly("cost_per_kwh", "cost_per_kw", "round_trip_efficiency", "min_soc", "max_soc", "max_kwh_per_site",
                "max_kw_per_site");
        double perKwh = node.required("cost_per_kwh", "capital cost per kWh of battery").number(0, MAX_MONEY, "a cost >= 0");
        double perKw = node.optional("cost_per_kw").map(n -> n.number(0, MAX_MONEY, "a cost >= 0")).orElse(0.0);
        double efficiency = node.optional("round_trip_efficiency")
                .map(n -> n.number(1e-3, 1, "a share in (0, 1], e.g. 0.9")).orElse(0.9);
        double minSoc = node.optional("min_soc").map(n -> n.number(0, 0.999, "a share in [0, 1)")).orElse(0.0);
        YamlNode maxNode = node.optional("max_soc").orElse(null);
        double maxSoc = maxNode == null ? 1 : maxNode.number(1e-3, 1, "a share in (0, 1]");
        if (maxSoc <= minSoc) {
            throw maxNode.error("a share above min_soc = " + minSoc + " and at most 1");
        }
        double maxKwh = node.required("max_kwh_per_site", "the largest battery at one site, kWh")
                .number(0, 1e7, "an energy in kWh >= 0");
        double maxKw = node.optional("max_kw_per_site").map(n -> n.number(0, 1e7, "a power in kW >= 0")).orElse(maxKwh);
        return new StorageOption(perKwh, perKw, efficiency, minSoc, maxSoc, maxKwh, maxKw);
    }

    private static UpgradeOption upgrades(YamlNode node) {
        node.allowOnly("step_kva", "cost_per_step", "max_steps");
        double step = node.required("step_kva", "rating added by one upgrade step, kVA").number(1e-6, 1e7, "kVA > 0");
        double cost = node.required("cost_per_step", "capital cost of one step").number(0, MAX_MONEY, "a cost >= 0");
        int max = node.optional("max_steps").map(n -> n.integer(0, 1000, "a whole number >= 0")).orElse(1);
        return new UpgradeOption(step, cost, max);
    }

    private static Economics economics(YamlNode node) {
        node.allowOnly("discount_rate", "lifetime_years", "subsidy_share", "energy_price_per_kwh",
                "demand_charge_per_kw_month", "connection_cost_per_km", "days_per_year");
        double rate = node.optional("discount_rate").map(n -> n.number(0, 0.999, "a rate per year in [0, 1), e.g. 0.05"))
                .orElse(0.0);
        Map<CostPart, Double> lifetimes = node.optional("lifetime_years").map(InvestmentSectionReader::lifetimes)
                .orElse(Map.of());
        double subsidy = node.optional("subsidy_share").map(n -> n.number(0, 0.999, "a share in [0, 1)")).orElse(0.0);
        Optional<YamlNode> priceNode = node.optional("energy_price_per_kwh");
        List<Double> prices = priceNode.map(InvestmentSectionReader::prices)
                .orElse(Collections.nCopies(Scenario.HOURS, 0.0));
        Optional<YamlNode> demandNode = node.optional("demand_charge_per_kw_month");
        double demand = demandNode.map(n -> n.number(0, 1e9, "a charge per kW per month >= 0")).orElse(0.0);
        double connection = node.optional("connection_cost_per_km").map(n -> n.number(0, MAX_MONEY, "a cost per km >= 0"))
                .orElse(0.0);
        double days = node.optional("days_per_year").map(n -> n.number(1, 366, "a number of days in [1, 366]"))
                .orElse(365.0);
        if (lifetimes.isEmpty()) {
            for (Optional<YamlNode> operating : List.of(priceNode, demandNode)) {
                if (operating.isPresent()) {
                    throw operating.get().error("energy and demand charges are yearly costs: give costs.lifetime_years"
                            + " too, so that capital costs are annualised and the two can be added");
                }
            }
            for (String annualOnly : List.of("discount_rate", "days_per_year")) {
                node.optional(annualOnly).ifPresent(n -> {
                    throw n.error("only used on the annual basis: give costs.lifetime_years too, or leave this out");
                });
            }
        }
        return new Economics(rate, lifetimes, subsidy, prices, demand, connection, days);
    }

    /** One number for every part, or a mapping with {@code default} and per-part years. */
    private static Map<CostPart, Double> lifetimes(YamlNode node) {
        String expected = "a lifetime in years > 0";
        if (!node.isMapping()) {
            return Economics.lifetimes(node.number(0.1, 200, expected), Map.of());
        }
        List<String> names = new ArrayList<>(List.of("default"));
        for (CostPart part : CostPart.values()) {
            names.add(part.label());
        }
        node.allowOnly(names.toArray(String[]::new));
        double fallback = node.required("default", "the lifetime of parts not listed, years").number(0.1, 200, expected);
        Map<CostPart, Double> overrides = new EnumMap<>(CostPart.class);
        for (CostPart part : CostPart.values()) {
            node.optional(part.label()).ifPresent(n -> overrides.put(part, n.number(0.1, 200, expected)));
        }
        return Economics.lifetimes(fallback, overrides);
    }

    /** 24 hourly prices, or one flat price. */
    private static List<Double> prices(YamlNode node) {
        String expected = "a price per kWh >= 0";
        if (!node.isList()) {
            return Collections.nCopies(Scenario.HOURS, node.number(0, 1e6, expected));
        }
        List<YamlNode> elements = node.elements("24 prices, one per hour from 00:00");
        if (elements.size() != Scenario.HOURS) {
            throw node.error("a price per kWh, or a list of exactly 24, one per hour from 00:00 (found "
                    + elements.size() + ")");
        }
        List<Double> prices = new ArrayList<>();
        for (YamlNode element : elements) {
            prices.add(element.number(0, 1e6, expected));
        }
        return prices;
    }
}
