package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.chargeplan.scenario.Economics;
import org.chargeplan.scenario.Objective;
import org.junit.jupiter.api.Test;

/**
 * The {@link PlanChecker}'s storage and upgrade rules on hand-made plans of the
 * {@link StorageOrUpgradeTest} toy (one site, 100 kWh all in hour 1, 40 kW of headroom then, 80 kW
 * in hour 0, none otherwise; round trip 0.81, state of charge 0..1, at most 500 kWh / 500 kW and
 * 2 upgrade steps of 100 kW). The valid battery stores 66.667 kWh from 74.074 kWh drawn in hour 0
 * and delivers 60 kWh in hour 1; each broken variant names the rule it breaks.
 */
class StorageCheckerTest {

    private static final double STORED = 60 / 0.9;
    private static final double DRAWN = STORED / 0.9;
    private static final SitingProblem TOY = StorageOrUpgradeTest.toy(300, 100, 50_000, Economics.CAPITAL_ONLY);

    @Test
    void theHandBuiltBatteryPlanPasses() {
        assertEquals(List.of(), PlanChecker.check(TOY, plan(battery(STORED, DRAWN, 0, DRAWN, 60), List.of())));
        assertEquals(List.of(), PlanChecker.check(TOY, plan(List.of(), List.of(1))), "one upgrade step instead");
    }

    @Test
    void storedEnergyAboveItsCapacityIsFound() {
        // a 50 kWh battery cannot hold the 66.667 kWh that hour 0 stores
        assertFamily("storage", "stored energy", plan(battery(50, DRAWN, 0, DRAWN, 60), List.of()));
    }

    @Test
    void lossesAreReplayed() {
        // delivering 66.667 kWh from 66.667 kWh stored ignores the discharge loss: it ends below empty
        assertFamily("storage", "stored energy", plan(battery(STORED, DRAWN, 0, DRAWN, STORED), List.of()));
    }

    @Test
    void aDayThatDoesNotEndWhereItBeganIsFound() {
        // drawing 81.5 kWh (73.3 stored) but delivering 60 kWh (66.7 taken out): the day ends 6.7 kWh up
        assertFamily("storage", "not where it began", plan(battery(STORED + 20, DRAWN * 1.1, 0, DRAWN * 1.1, 60),
                List.of()));
    }

    @Test
    void chargingAbovePowerIsFound() {
        assertFamily("storage", "charge", plan(battery(STORED, 60, 0, DRAWN, 60), List.of()));
    }

    @Test
    void feedingPowerBackIntoTheGridIsFound() {
        // discharging 60 kW in hour 2, where the chargers use nothing, exports to the grid (the plan
        // breaks other rules too; the export must be among them)
        Plan.Storage exporting = new Plan.Storage(0, STORED + 100, DRAWN, 0, hours(Map.of(0, DRAWN, 3, 200 / 0.9 / 0.9 / 3)),
                hours(Map.of(1, 60.0, 2, 60.0)));
        assertFamily("storage", "feeds power back", plan(List.of(exporting), List.of(1)));
    }

    @Test
    void tooManyUpgradeStepsAreFound() {
        assertFamily("upgrades", "allowed 0 to 2", plan(List.of(), List.of(3)));
    }

    @Test
    void theTransformerLimitCountsUpgradeStepsAndBatteries() {
        // neither a battery nor an upgrade: 100 kW in hour 1 against 40 kW of headroom
        assertFamily("transformer", "exceeds its limit", plan(List.of(), List.of()));
    }

    @Test
    void theBudgetBoundsCapitalAfterTheSubsidy() {
        // charger 1,000 + one step 50,000 = 51,000 gross; a 40 % subsidy leaves 30,600 to pay
        Economics subsidised = new Economics(0, Map.of(), 0.4, Collections.nCopies(24, 0.0), 0, 0, 365);
        SitingProblem withinBudget = TOY.withInvestment(new org.chargeplan.scenario.Investment(
                TOY.investment().storage(), TOY.investment().upgrades(), subsidised))
                .withObjective(new Objective(Objective.Kind.MIN_COST, 30_600, 1));
        assertEquals(List.of(), PlanChecker.check(withinBudget, plan(List.of(), List.of(1))));
        SitingProblem tight = withinBudget.withObjective(new Objective(Objective.Kind.MIN_COST, 30_000, 1));
        assertFamily(tight, "budget", "above the budget", plan(List.of(), List.of(1)));
    }

    private static void assertFamily(String family, String words, Plan plan) {
        assertFamily(TOY, family, words, plan);
    }

    private static void assertFamily(SitingProblem problem, String family, String words, Plan plan) {
        List<PlanChecker.Violation> violations = PlanChecker.check(problem, plan);
        assertTrue(violations.stream().anyMatch(v -> v.family().equals(family) && v.message().contains(words)),
                "expected a " + family + " violation with '" + words + "', got " + violations);
    }

    private static List<Plan.Storage> battery(double kwh, double kw, double initial, double charge0, double discharge1) {
        return List.of(new Plan.Storage(0, kwh, kw, initial, hours(Map.of(0, charge0)), hours(Map.of(1, discharge1))));
    }

    private static List<Double> hours(Map<Integer, Double> values) {
        List<Double> list = new ArrayList<>(Collections.nCopies(24, 0.0));
        values.forEach(list::set);
        return list;
    }

    /** The whole demand served at the site with its one charger, plus the given battery and upgrades. */
    private static Plan plan(List<Plan.Storage> storage, List<Integer> upgrades) {
        return new Plan(List.of(new Plan.SitePlan(0, true, List.of(1))), List.of(new Plan.Assignment(0, 0, 1.0)),
                List.of(), storage, upgrades);
    }
}
