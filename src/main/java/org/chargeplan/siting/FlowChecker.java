package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.demand.FlowDemand;
import org.chargeplan.demand.FlowPath;

/**
 * The range-limited flows' part of {@link PlanChecker}: every path the plan calls served is driven
 * by {@link BatterySimulation} with the plan's open sites (and, for the capacitated model, with the
 * plan's charge amounts, each at an open site at that node of the path); paths are served at most
 * once and exist. It uses neither the model's cover sets nor the solver's values.
 */
final class FlowChecker {

    private FlowChecker() {
    }

    static List<PlanChecker.Violation> check(SitingProblem problem, Plan plan) {
        List<PlanChecker.Violation> violations = new ArrayList<>();
        if (problem.flows().isEmpty()) {
            if (!plan.servedPaths().isEmpty()) {
                violations.add(new PlanChecker.Violation("flows", "plan", "serves OD paths, but the problem has none"));
            }
            return violations;
        }
        FlowDemand flows = problem.flows().get();
        boolean[] seen = new boolean[flows.paths().size()];
        for (Plan.ServedPath served : plan.servedPaths()) {
            int q = served.path();
            if (q < 0 || q >= seen.length || seen[q]) {
                violations.add(new PlanChecker.Violation("flows", "path " + q, "unknown or listed twice"));
                continue;
            }
            seen[q] = true;
            FlowPath path = flows.paths().get(q);
            boolean[] openAt = openAt(problem, plan, path);
            if (!flows.capacitated()) {
                if (!served.charges().isEmpty()) {
                    violations.add(new PlanChecker.Violation("flows", path.id(), "charge amounts in an uncapacitated plan"));
                } else if (!BatterySimulation.refuelToFull(path, flows.range(), openAt)) {
                    violations.add(new PlanChecker.Violation("flows", path.id(),
                            "cannot be driven charging to full at the open stations on it"));
                }
                continue;
            }
            double[] chargeKm = new double[path.nodes().size()];
            for (Plan.Charge charge : served.charges()) {
                boolean valid = charge.position() >= 0 && charge.position() < chargeKm.length
                        && charge.site() >= 0 && charge.site() < problem.sites().size()
                        && problem.sites().get(charge.site()).roadNode() == path.nodes().get(charge.position())
                        && plan.sites().get(charge.site()).open();
                if (!valid) {
                    violations.add(new PlanChecker.Violation("flows", path.id(), "charges at position "
                            + charge.position() + " at a site that is not an open site at that node"));
                    continue;
                }
                chargeKm[charge.position()] += charge.km();
            }
            BatterySimulation.withCharges(path, flows.range(), openAt, chargeKm)
                    .ifPresent(why -> violations.add(new PlanChecker.Violation("flows", path.id(), why)));
        }
        return violations;
    }

    /** Whether an open site sits at each node of the path, by position. */
    private static boolean[] openAt(SitingProblem problem, Plan plan, FlowPath path) {
        boolean[] open = new boolean[path.nodes().size()];
        for (int i = 0; i < problem.sites().size(); i++) {
            if (!plan.sites().get(i).open()) {
                continue;
            }
            int node = problem.sites().get(i).roadNode();
            for (int k = 0; k < open.length; k++) {
                open[k] |= path.nodes().get(k) == node;
            }
        }
        return open;
    }
}
