package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chargeplan.scenario.StorageOption;

/**
 * The storage and upgrade part of {@link PlanChecker}, from the plan's decisions alone: each
 * battery is offered, at an open site, within its size limits, charges and discharges within its
 * power, and its stored energy, replayed hour by hour with the round-trip losses
 * ({@link PlanMetrics#storageLevelKwh}), stays within the state-of-charge band and ends the day
 * where it began; no site feeds power back into the grid; upgrade steps are offered and within
 * their limit. The transformer rows with upgraded ratings are checked by {@link PlanChecker}.
 */
final class StorageChecker {

    private static final double TOLERANCE = 1e-6;

    private final SitingProblem problem;
    private final Plan plan;
    private final PlanMetrics metrics;
    private final List<PlanChecker.Violation> violations = new ArrayList<>();

    private StorageChecker(SitingProblem problem, Plan plan, PlanMetrics metrics) {
        this.problem = problem;
        this.plan = plan;
        this.metrics = metrics;
    }

    static List<PlanChecker.Violation> check(SitingProblem problem, Plan plan, PlanMetrics metrics) {
        StorageChecker checker = new StorageChecker(problem, plan, metrics);
        checker.checkBatteries();
        checker.checkGridDraw();
        checker.checkUpgrades();
        return checker.violations;
    }

    private void checkBatteries() {
        Set<Integer> seen = new HashSet<>();
        for (Plan.Storage battery : plan.storage()) {
            int i = battery.site();
            String id = i >= 0 && i < problem.sites().size() ? problem.sites().get(i).id() : "site " + i;
            if (!seen.add(i) || i < 0 || i >= problem.sites().size()) {
                fail(id, "unknown site or battery listed twice");
                continue;
            }
            if (problem.investment().storage().isEmpty()) {
                fail(id, "has a battery, but the scenario offers no storage");
                continue;
            }
            StorageOption option = problem.investment().storage().get();
            if (!plan.sites().get(i).open()) {
                fail(id, "battery at a site that is not built");
            }
            within(id, "energy capacity", battery.energyKwh(), 0, option.maxKwhPerSite(), "kWh");
            within(id, "power", battery.powerKw(), 0, option.maxKwPerSite(), "kW");
            if (battery.chargeKw().size() != SitingProblem.HOURS || battery.dischargeKw().size() != SitingProblem.HOURS) {
                fail(id, "battery schedule does not have 24 hours");
                continue;
            }
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                within(id + " hour " + t, "charge", battery.chargeKw().get(t), 0, battery.powerKw(), "kW");
                within(id + " hour " + t, "discharge", battery.dischargeKw().get(t), 0, battery.powerKw(), "kW");
            }
            double[] level = metrics.storageLevelKwh(i);
            double low = option.minSoc() * battery.energyKwh();
            double high = option.maxSoc() * battery.energyKwh();
            for (int t = 0; t <= SitingProblem.HOURS; t++) {
                within(id + " hour " + t, "stored energy", level[t], low, high, "kWh");
            }
            double tolerance = TOLERANCE * Math.max(1, battery.energyKwh());
            if (Math.abs(level[SitingProblem.HOURS] - level[0]) > tolerance) {
                fail(id, String.format(Locale.ROOT, "stored energy ends the day at %.4f kWh, not where it began (%.4f kWh)",
                        level[SitingProblem.HOURS], level[0]));
            }
        }
    }

    /** No site exports: its battery cannot discharge more than its chargers use. */
    private void checkGridDraw() {
        for (Plan.Storage battery : plan.storage()) {
            int i = battery.site();
            if (i < 0 || i >= problem.sites().size()) {
                continue;
            }
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double draw = metrics.gridDrawKw(i, t);
                if (draw < -TOLERANCE * Math.max(1, metrics.siteLoadKw(i, t))) {
                    fail(problem.sites().get(i).id() + " hour " + t, String.format(Locale.ROOT,
                            "grid draw %.4f kW is negative: the battery feeds power back into the grid", draw));
                }
            }
        }
    }

    private void checkUpgrades() {
        if (plan.upgrades().isEmpty()) {
            return;
        }
        int transformers = problem.feeder().map(f -> f.transformers().size()).orElse(0);
        if (plan.upgrades().size() != transformers) {
            violations.add(new PlanChecker.Violation("upgrades", "plan", "upgrades for " + plan.upgrades().size()
                    + " transformers, the feeder has " + transformers));
            return;
        }
        int max = problem.upgradesOffered() ? problem.investment().upgrades().orElseThrow().maxSteps() : 0;
        for (int m = 0; m < transformers; m++) {
            int steps = plan.upgrades().get(m);
            if (steps < 0 || steps > max) {
                violations.add(new PlanChecker.Violation("upgrades", problem.feeder().get().transformers().get(m).id(),
                        steps + " upgrade steps, allowed 0 to " + max));
            }
        }
    }

    private void within(String element, String what, double value, double low, double high, String unit) {
        double tolerance = TOLERANCE * Math.max(1, Math.abs(high));
        if (value < low - tolerance || value > high + tolerance) {
            fail(element, String.format(Locale.ROOT, "%s %.6f %s outside [%.6f, %.6f]", what, value, unit, low, high));
        }
    }

    private void fail(String element, String message) {
        violations.add(new PlanChecker.Violation("storage", element, message));
    }
}
