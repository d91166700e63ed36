package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Economics;
import org.chargeplan.scenario.Investment;
import org.chargeplan.scenario.Objective;
import org.chargeplan.scenario.StorageOption;
import org.chargeplan.scenario.UpgradeOption;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A two-hour toy whose transformer cannot carry the evening peak: one site, one 100 kW charger
 * (cost 1,000), 100 kWh of demand that all charges in hour 1. The transformer's limit is 100 kW;
 * base load leaves 80 kW of headroom in hour 0, 40 kW in hour 1 and none in any other hour. So
 * 60 kW is missing in hour 1, and the plan must serve everything (min-cost, target 100 %).
 *
 * <p>Hand computation. <b>Battery</b> (round trip 0.81, so √η = 0.9 each way, state of charge
 * 0..1): 60 kWh delivered in hour 1 take 60/0.9 = 66.667 kWh out of storage, which took
 * 66.667/0.9 = 74.074 kWh from the grid in hour 0 (within its 80 kW headroom, the only other hour
 * with room). Energy capacity 66.667 kWh, power 74.074 kW (the charging hour sets it):
 * {@code 66.667·c_E + 74.074·c_P}. <b>Upgrade</b>: one 100 kVA step at power factor 1 gives 100 kW
 * more, enough; it costs {@code c_u}. The cheaper of the two is bought, plus the charger.
 */
class StorageOrUpgradeTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);
    private static final double STORED = 60 / 0.9;
    private static final double DRAWN = STORED / 0.9;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"highs", "ojalgo"})
    void batteryWhenCheaperThanUpgrade(String solver) {
        // battery: 66.667·300 + 74.074·100 = 27,407.41 < upgrade 50,000
        Plan plan = solve(toy(300, 100, 50_000, Economics.CAPITAL_ONLY), solver);
        PlanMetrics metrics = PlanMetrics.of(toy(300, 100, 50_000, Economics.CAPITAL_ONLY), plan);
        assertEquals(List.of(), plan.upgrades(), "no upgrade");
        assertEquals(1, plan.storage().size(), "one battery");
        Plan.Storage battery = plan.storage().get(0);
        assertEquals(STORED, battery.energyKwh(), 1e-4, "battery kWh");
        assertEquals(DRAWN, battery.powerKw(), 1e-4, "battery kW");
        assertEquals(DRAWN, battery.chargeKw().get(0), 1e-4, "charged in hour 0");
        assertEquals(60, battery.dischargeKw().get(1), 1e-4, "delivered in hour 1");
        assertEquals(1000 + STORED * 300 + DRAWN * 100, metrics.totalCost(), 1e-3, "total cost");
        assertEquals(27_407.41 + 1000, metrics.totalCost(), 0.01, "total cost, by hand");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"highs", "ojalgo"})
    void upgradeWhenCheaperThanBattery(String solver) {
        // the same toy with the prices switched: battery 66.667·750 + 74.074·200 = 64,814.8 > upgrade 20,000
        SitingProblem problem = toy(750, 200, 20_000, Economics.CAPITAL_ONLY);
        Plan plan = solve(problem, solver);
        assertEquals(List.of(1), plan.upgrades(), "one upgrade step");
        assertEquals(List.of(), plan.storage(), "no battery");
        assertEquals(21_000, PlanMetrics.of(problem, plan).totalCost(), 1e-6, "charger + one step");
        assertEquals(200, PlanMetrics.of(problem, plan).transformerLimitKw(0), 1e-9, "upgraded limit, kW");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"highs", "ojalgo"})
    void annualisedCostsAndSubsidyByHand(String solver) {
        // Annual basis, 5 % over 10 years for everything: CRF = 0.05·1.05^10/(1.05^10 − 1) = 0.1295046;
        // subsidy 20 %; flat energy price 0.2/kWh over 365 days; demand charge 5 per kW-month.
        // Battery (27,407.41 capital) vs upgrade (50,000): the battery also shifts nothing cheaper
        // (flat price) and costs losses: drawn 40 + 74.074 kWh instead of 100.
        Economics annual = new Economics(0.05, Economics.lifetimes(10, Map.of()), 0.2,
                Collections.nCopies(24, 0.2), 5, 0, 365);
        SitingProblem problem = toy(300, 100, 50_000, annual);
        Plan plan = solve(problem, solver);
        double crf = 0.05 * Math.pow(1.05, 10) / (Math.pow(1.05, 10) - 1);
        assertEquals(0.1295046, crf, 1e-7);
        double capital = 1000 + STORED * 300 + DRAWN * 100;
        double energy = 365 * 0.2 * (DRAWN + 40);
        double demand = 12 * 5 * DRAWN; // the peak draw is the charging hour's 74.074 kW
        assertEquals(1, plan.storage().size(), "battery still cheaper than the upgrade");
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(capital, metrics.costs().capitalCost(), 1e-3, "gross capital");
        assertEquals(0.8 * capital, metrics.costs().capitalPaid(), 1e-3, "capital paid after subsidy");
        assertEquals(0.8 * crf * capital + energy + demand, metrics.totalCost(), 1e-3, "equivalent annual cost");
        assertEquals(energy, metrics.costs().costParts().get("energy"), 1e-3, "energy per year");
        assertEquals(demand, metrics.costs().costParts().get("demand_charge"), 1e-3, "demand charge per year");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"highs", "ojalgo"})
    void upgradeStepsFirstAbsorbAnOverloadByBaseLoad(String solver) {
        // Base load 150 kW in hour 1 on the 100 kW transformer: 50 kW over before any charging. After
        // u steps of 100 kW the room is max(0, 100·u − 50): one step leaves 50 kW, two 150 kW. The
        // 100 kW of charging needs two steps (1,000 + 2 × 20,000 = 41,000); one step plus a battery
        // delivering 50 kWh costs 20,000 + 55.6·750 + 61.7·200 = 74,012 more than the charger.
        SitingProblem toy = toy(750, 200, 20_000, Economics.CAPITAL_ONLY);
        List<Double> base = new ArrayList<>(Collections.nCopies(24, 1.0));
        base.set(0, 0.2);
        base.set(1, 1.5);
        Feeder overloaded = new Feeder(toy.feeder().orElseThrow().buses(), List.of(),
                toy.feeder().orElseThrow().transformers(), base);
        SitingProblem problem = new SitingProblem(toy.sites(), toy.demand(), toy.reach(), toy.chargerTypes(),
                toy.profiles(), Optional.of(overloaded), toy.objective(), true, GridMargins.NONE, Optional.empty(),
                toy.investment());
        Plan plan = solve(problem, solver);
        assertEquals(List.of(2), plan.upgrades(), "two steps: the first absorbs the base overload");
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(41_000, metrics.totalCost(), 1e-6);
        assertTrue(metrics.transformerPeakLoadingPct(0) <= 100 + 1e-6, "within the upgraded rating");
        Plan oneStep = new Plan(plan.sites(), plan.assignments(), List.of(), List.of(), List.of(1));
        assertTrue(PlanChecker.check(problem, oneStep).stream().anyMatch(v -> v.family().equals("transformer")),
                "one step is not enough, and the checker says so");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"highs", "ojalgo"})
    void connectionCostsByDistanceToTheBus(String solver) {
        // The site moved 0.01° of longitude east of its bus on the equator: 6,371,008.8 m × 0.01 × π/180
        // = 1,111.95 m of cable at 60,000 per km = 66,717.0, on top of charger + one step (21,000).
        Economics cable = new Economics(0, Map.of(), 0, Collections.nCopies(24, 0.0), 0, 60_000, 365);
        SitingProblem near = toy(750, 200, 20_000, cable);
        Site moved = new Site("s", new LonLat(0.02, 0), 0, OptionalInt.of(1), OptionalInt.of(0), 0, List.of(1), List.of(0));
        SitingProblem problem = new SitingProblem(List.of(moved), near.demand(), near.reach(), near.chargerTypes(),
                near.profiles(), near.feeder(), near.objective(), true, GridMargins.NONE, Optional.empty(),
                near.investment());
        double cableKm = 6_371_008.8 * Math.toRadians(0.01) / 1000;
        assertEquals(1.11195, cableKm, 1e-5);
        assertEquals(cableKm, problem.connectionKm(0), 1e-9);
        PlanMetrics metrics = PlanMetrics.of(problem, solve(problem, solver));
        assertEquals(60_000 * cableKm, metrics.costs().costParts().get("connection"), 1e-6);
        assertEquals(21_000 + 60_000 * cableKm, metrics.totalCost(), 1e-6);
    }

    @org.junit.jupiter.api.Test
    void bothMaxCoveragePhasesHaveTheSameColumnsWithDemandCharges() {
        // The cheapest-plan phase starts from the max-coverage plan only if the two models have the
        // same columns in the same order (the demand charge's peak columns included).
        Economics annual = new Economics(0.05, Economics.lifetimes(10, Map.of()), 0, Collections.nCopies(24, 0.2), 5,
                0, 365);
        SitingProblem problem = toy(300, 100, 50_000, annual)
                .withObjective(new Objective(Objective.Kind.MAX_COVERAGE, 60_000, 0));
        var first = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0).linearModel();
        var second = SitingModel.build(problem, SitingModel.Goal.MIN_COST, 99).linearModel();
        assertEquals(first.columnCount(), second.columnCount());
        for (int j = 0; j < first.columnCount(); j++) {
            assertEquals(first.columnName(j), second.columnName(j));
        }
        assertTrue(java.util.stream.IntStream.range(0, first.columnCount()).anyMatch(j -> first.columnName(j).startsWith("peak_kw_")));
    }

    private static Plan solve(SitingProblem problem, String solver) {
        SitingResult result = SitingSolver.solve(problem, org.chargeplan.solve.Solvers.byName(solver).orElseThrow(), EXACT);
        assertEquals(SolveStatus.OPTIMAL, result.status(), solver);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), PlanChecker.check(problem, plan).toString());
        return plan;
    }

    /** The toy with battery prices per kWh and kW and the price of one upgrade step. */
    static SitingProblem toy(double perKwh, double perKw, double perStep, Economics economics) {
        List<Double> shares = new ArrayList<>(Collections.nCopies(24, 0.0));
        shares.set(1, 1.0);
        HourlyProfile evening = new HourlyProfile("c", shares);
        List<Double> base = new ArrayList<>(Collections.nCopies(24, 1.0));
        base.set(0, 0.2);
        base.set(1, 0.6);
        Feeder feeder = new Feeder(List.of(new Bus("slack", new LonLat(0, 0), 0, 0, 11, true),
                new Bus("b1", new LonLat(0.01, 0), 100, 0, 11, false)), List.of(),
                List.of(new Transformer("T1", 1, 100, 1.0)), base);
        Site site = new Site("s", new LonLat(0.01, 0), 0, OptionalInt.of(1), OptionalInt.of(0), 0, List.of(1), List.of(0));
        DemandPoint demand = new DemandPoint("d", new LonLat(0.01, 0), 0, 100, "c");
        Investment investment = new Investment(Optional.of(new StorageOption(perKwh, perKw, 0.81, 0, 1, 500, 500)),
                Optional.of(new UpgradeOption(100, perStep, 2)), economics);
        return new SitingProblem(List.of(site), List.of(demand), List.of(List.of(new ReachSets.Reach(0, 1))),
                List.of(new ChargerType("dc100", 100, 1000, 1, 1)), List.of(evening), Optional.of(feeder),
                new Objective(Objective.Kind.MIN_COST, Double.POSITIVE_INFINITY, 1), true, GridMargins.NONE,
                Optional.empty(), investment);
    }
}
