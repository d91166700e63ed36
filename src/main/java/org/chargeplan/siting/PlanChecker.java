package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chargeplan.scenario.Objective;

/**
 * Checks a {@link Plan} against its {@link SitingProblem} from the plan's decisions alone (through
 * {@link PlanMetrics}), independently of the model and the solver: a plan that passes is feasible
 * whatever the solver reported.
 *
 * <p>Families checked: sites (charger counts within limits and at least the existing ones, closed
 * sites empty, existing sites open), coverage (shares only at open sites within reach, each point
 * served at most once), range-limited flows (each served path driven by {@link BatterySimulation},
 * see {@link FlowChecker}), storage and upgrades ({@link StorageChecker}), charger capacity per
 * hour, transformer limits per hour (grid draw against the upgraded rating), budget,
 * new-station count, coverage target. Tolerances are relative 1e-6 (solver round-off), never looser.
 */
public final class PlanChecker {

    private static final double TOLERANCE = 1e-6;

    /**
     * One broken rule.
     *
     * @param family  the constraint family: sites, coverage, flows, storage, upgrades, capacity,
     *                transformer, voltage, budget, stations, target
     * @param element the site, demand point or transformer (with hour) concerned
     * @param message what is wrong, with the numbers
     */
    public record Violation(String family, String element, String message) {
        @Override
        public String toString() {
            return family + " " + element + ": " + message;
        }
    }

    private final SitingProblem problem;
    private final Plan plan;
    private final PlanMetrics metrics;
    private final List<Violation> violations = new ArrayList<>();

    private PlanChecker(SitingProblem problem, Plan plan) {
        this.problem = problem;
        this.plan = plan;
        this.metrics = PlanMetrics.of(problem, plan);
    }

    /** All violations of {@code plan}; empty when it is feasible. */
    public static List<Violation> check(SitingProblem problem, Plan plan) {
        PlanChecker checker = new PlanChecker(problem, plan);
        checker.checkSites();
        checker.checkCoverage();
        checker.violations.addAll(FlowChecker.check(problem, plan));
        checker.violations.addAll(StorageChecker.check(problem, plan, checker.metrics));
        checker.checkCapacity();
        checker.checkTransformers();
        checker.checkVoltages();
        checker.checkBudgetAndTarget();
        return List.copyOf(checker.violations);
    }

    private void checkSites() {
        if (plan.sites().size() != problem.sites().size()) {
            fail("sites", "plan", "has " + plan.sites().size() + " sites, the problem " + problem.sites().size());
            return;
        }
        for (int i = 0; i < problem.sites().size(); i++) {
            Site site = problem.sites().get(i);
            Plan.SitePlan decision = plan.sites().get(i);
            if (site.existing() && !decision.open()) {
                fail("sites", site.id(), "an existing site cannot be closed");
            }
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                int n = decision.chargers().get(k);
                String type = problem.chargerTypes().get(k).id();
                if (!decision.open() && n > 0) {
                    fail("sites", site.id(), "closed but has " + n + " " + type + " chargers");
                }
                if (n > site.maxChargers(k)) {
                    fail("sites", site.id(), n + " " + type + " chargers, above its maximum " + site.maxChargers(k));
                }
                if (n < site.existingChargers(k)) {
                    fail("sites", site.id(), n + " " + type + " chargers, fewer than the " + site.existingChargers(k)
                            + " installed");
                }
            }
        }
    }

    private void checkCoverage() {
        Set<Long> seen = new HashSet<>();
        for (Plan.Assignment a : plan.assignments()) {
            String element = problem.demand().get(a.demand()).id() + "->" + problem.sites().get(a.site()).id();
            if (!seen.add((long) a.demand() * problem.sites().size() + a.site())) {
                fail("coverage", element, "assigned twice");
            }
            if (!(a.share() > 0 && a.share() <= 1 + TOLERANCE)) {
                fail("coverage", element, "share " + a.share() + " outside (0, 1]");
            }
            if (!plan.sites().get(a.site()).open()) {
                fail("coverage", element, "served at a closed site");
            }
            boolean inReach = problem.reach().get(a.demand()).stream().anyMatch(r -> r.target() == a.site());
            if (!inReach) {
                fail("coverage", element, "site is not within reach of the demand point");
            }
        }
        for (int d = 0; d < problem.demand().size(); d++) {
            if (metrics.servedShare(d) > 1 + TOLERANCE) {
                fail("coverage", problem.demand().get(d).id(), String.format(Locale.ROOT,
                        "served %.6f times over (at most once)", metrics.servedShare(d)));
            }
        }
    }

    private void checkCapacity() {
        for (int i = 0; i < problem.sites().size(); i++) {
            double capacity = metrics.siteCapacityKw(i);
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double load = metrics.siteLoadKw(i, t);
                if (load > capacity + TOLERANCE * Math.max(1, capacity)) {
                    fail("capacity", problem.sites().get(i).id() + " hour " + t, String.format(Locale.ROOT,
                            "charging load %.3f kW exceeds charger capacity %.3f kW", load, capacity));
                }
            }
        }
    }

    private void checkTransformers() {
        if (problem.feeder().isEmpty() || !problem.gridLimits()) {
            return;
        }
        var transformers = problem.feeder().get().transformers();
        for (int m = 0; m < transformers.size(); m++) {
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double charging = metrics.transformerChargingKw(m, t);
                double upgrade = plan.upgradeSteps(m) == 0 || problem.investment().upgrades().isEmpty() ? 0
                        : plan.upgradeSteps(m) * problem.upgradeStepKw(m);
                // upgrade steps first absorb any overload by base load alone
                double allowed = Math.max(0, problem.transformerHeadroomKw(m, t) + upgrade);
                if (charging > allowed + TOLERANCE * Math.max(1, transformers.get(m).limitKw())) {
                    fail("transformer", transformers.get(m).id() + " hour " + t, String.format(Locale.ROOT,
                            "load %.3f kW (charging %.3f kW) exceeds its limit %.3f kW", metrics.transformerLoadKw(m, t),
                            charging, metrics.transformerLimitKw(m)));
                }
            }
        }
    }

    /** LinDistFlow voltages with the plan's charging at every bus and hour, against the floor. */
    private void checkVoltages() {
        if (problem.feeder().isEmpty() || !problem.gridLimits() || !problem.feeder().get().hasNetwork()) {
            return;
        }
        var feeder = problem.feeder().get();
        var flow = new org.chargeplan.grid.LinDistFlow(feeder);
        double[][] charging = metrics.chargingKwByBus();
        double floor2 = feeder.minVoltagePu() * feeder.minVoltagePu();
        int n = feeder.buses().size();
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            double[] p = new double[n];
            double[] q = new double[n];
            boolean anyCharging = false;
            for (int b = 0; b < n; b++) {
                p[b] = feeder.designBaseKw(b, t) + charging[b][t];
                q[b] = feeder.designBaseKvar(b, t);
                anyCharging |= charging[b][t] > 0;
            }
            if (!anyCharging) {
                continue;
            }
            double[] base = flow.designDaySquaredVoltages(t);
            double[] v = flow.squaredVoltages(p, q);
            for (int b = 0; b < n; b++) {
                // The floor applies where charging lowered the voltage below it; base-load-only
                // violations are the feeder's, not the plan's.
                if (v[b] < Math.min(floor2, base[b]) - TOLERANCE) {
                    fail("voltage", feeder.buses().get(b).id() + " hour " + t, String.format(Locale.ROOT,
                            "LinDistFlow voltage %.5f p.u. below the minimum %.3f p.u.", Math.sqrt(Math.max(0, v[b])),
                            feeder.minVoltagePu()));
                }
            }
        }
    }

    private void checkBudgetAndTarget() {
        Objective objective = problem.objective();
        double cost = metrics.costs().capitalPaid();
        if (cost > objective.budget() + TOLERANCE * Math.max(1, objective.budget())) {
            fail("budget", "plan", String.format(Locale.ROOT, "capital paid %.2f, above the budget %.2f", cost,
                    objective.budget()));
        }
        long newStations = java.util.stream.IntStream.range(0, problem.sites().size())
                .filter(i -> plan.sites().get(i).open() && !problem.sites().get(i).existing()).count();
        if (newStations > objective.maxNewStations()) {
            fail("stations", "plan", newStations + " new stations, above the limit " + objective.maxNewStations());
        }
        if (objective.kind() == Objective.Kind.MIN_COST) {
            double target = objective.coverageTarget() * problem.totalDemandValue();
            double served = metrics.servedValue();
            if (served < target - TOLERANCE * Math.max(1, target)) {
                fail("target", "plan", String.format(Locale.ROOT, "serves %.3f kWh/day, below the target %.3f",
                        served, target));
            }
        }
    }

    private void fail(String family, String element, String message) {
        violations.add(new Violation(family, element, message));
    }
}
