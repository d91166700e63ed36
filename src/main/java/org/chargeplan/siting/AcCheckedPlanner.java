package org.chargeplan.siting;

import java.util.Locale;
import java.util.Optional;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans, then checks the plan with the AC power flow ({@link GridImpact}); when the AC voltages
 * fall below the feeder's minimum that the linearised (LinDistFlow) rows thought satisfied, raises
 * the voltage margin of the model by the shortfall and plans again, up to {@link #MAX_ROUNDS}
 * rounds. A plan that the AC check still rejects is returned marked not AC-feasible, never as
 * grid-feasible.
 */
public final class AcCheckedPlanner {

    /** The most solve rounds. */
    public static final int MAX_ROUNDS = 5;
    /** AC voltages within this of the minimum count as meeting it, p.u. */
    static final double VOLTAGE_TOLERANCE_PU = 1e-4;
    /** Extra margin added each round beyond the measured shortfall, p.u. */
    private static final double EXTRA_MARGIN_PU = 5e-4;

    private static final Logger LOG = LoggerFactory.getLogger(AcCheckedPlanner.class);

    /**
     * @param result     the final round's result
     * @param problem    the problem it solved (with the final voltage margin)
     * @param impact     the AC power flow of its plan, when there is a plan and a feeder
     * @param rounds     solve rounds made
     * @param acFeasible whether the AC voltages of the plan meet the feeder's minimum (true without
     *                   a feeder or without line sections, where there is nothing to check)
     */
    public record Outcome(SitingResult result, SitingProblem problem, Optional<GridImpact> impact, int rounds,
            boolean acFeasible) {
    }

    private AcCheckedPlanner() {
    }

    public static Outcome plan(SitingProblem problem, SolverBackend backend, SolveOptions options) {
        SitingProblem current = problem;
        Outcome outcome = null;
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            SitingResult result = SitingSolver.solve(current, backend, options);
            boolean network = current.feeder().map(Feeder::hasNetwork).orElse(false);
            if (result.plan().isEmpty() || !network) {
                return new Outcome(result, current, Optional.empty(), round, !network);
            }
            Feeder feeder = current.feeder().get();
            GridImpact impact = GridImpact.of(feeder, PlanMetrics.of(current, result.plan().get()).chargingKwByBus());
            int worstBus = impact.minVoltageBus();
            double worst = impact.minVoltagePu(worstBus);
            double shortfall = feeder.minVoltagePu() - worst;
            boolean acFeasible = shortfall <= VOLTAGE_TOLERANCE_PU && impact.converged();
            outcome = new Outcome(result, current, Optional.of(impact), round, acFeasible);
            if (acFeasible || !current.gridLimits() || baseLoadAloneBreaks(feeder)) {
                return outcome;
            }
            double margin = current.voltageMarginPu() + shortfall + EXTRA_MARGIN_PU;
            LOG.info("AC check round {}: bus {} at {} p.u. (minimum {}); re-planning with a voltage margin of {} p.u.",
                    round, feeder.buses().get(worstBus).id(), String.format(Locale.ROOT, "%.4f", worst),
                    feeder.minVoltagePu(), String.format(Locale.ROOT, "%.4f", margin));
            current = current.withVoltageMarginPu(margin);
        }
        LOG.warn("the plan still breaks the minimum voltage in the AC check after {} rounds", MAX_ROUNDS);
        return outcome;
    }

    /** Whether the worst bus is below the minimum even without charging (nothing a plan can fix). */
    private static boolean baseLoadAloneBreaks(Feeder feeder) {
        GridImpact base = GridImpact.of(feeder, new double[feeder.buses().size()][SitingProblem.HOURS]);
        return base.minVoltagePu(base.minVoltageBus()) < feeder.minVoltagePu() - VOLTAGE_TOLERANCE_PU;
    }
}
