package org.chargeplan.siting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.LinDistFlow;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolverBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans under voltage margins that already cover base load's own losses ({@link #baseLoadMargins}),
 * then checks the plan with the AC power flow ({@link GridImpact}); when the AC voltages
 * or branch flows break a limit that the linearised (LinDistFlow) rows thought met, raises the
 * model's margins ({@link GridMargins}, see {@link #raised}) and plans again, up to
 * {@link #MAX_ROUNDS} rounds. A plan that the AC check still rejects is returned marked not AC-feasible, never as
 * grid-feasible.
 *
 * <p>The time limit covers all rounds. A re-plan gets what the rounds before left, and at least
 * {@value #REPLAN_SHARE} of the limit (so a run of {@value #MAX_ROUNDS} rounds may take up to 1.8
 * times the limit, plus the AC checks); where the model is large ({@link KernelSearch}), it starts
 * from the round before's plan, bound and ranking ({@link EarlierRound}) rather than from scratch.
 */
public final class AcCheckedPlanner {

    /** The most solve rounds. */
    public static final int MAX_ROUNDS = 5;
    /** The least share of the time limit a re-plan gets when the rounds before have spent it. */
    static final double REPLAN_SHARE = 0.2;
    /** Extra margin added at every bus and hour whose limit broke, p.u. (so the plan that broke it is cut off). */
    private static final double EXTRA_MARGIN_PU = 5e-4;
    /** Extra share of branch ratings held back each round beyond the measured overload. */
    private static final double EXTRA_THERMAL_SHARE = 1e-3;

    private static final Logger LOG = LoggerFactory.getLogger(AcCheckedPlanner.class);

    /**
     * @param result     the final round's result
     * @param problem    the problem it solved (with the final round's margins)
     * @param impact     the AC power flow of its plan, when there is a plan and a feeder
     * @param rounds     solve rounds made
     * @param acFeasible whether the plan's AC power flow breaks no limit (true without a feeder or
     *                   without line sections, where there is nothing to check)
     */
    public record Outcome(SitingResult result, SitingProblem problem, Optional<GridImpact> impact, int rounds,
            boolean acFeasible) {
    }

    private AcCheckedPlanner() {
    }

    public static Outcome plan(SitingProblem problem, SolverBackend backend, SolveOptions options) {
        return plan(problem, backend, options, Optional.empty());
    }

    /**
     * As {@link #plan(SitingProblem, SolverBackend, SolveOptions)}, with a known plan handed to every
     * round's min-cost solve as its start ({@link SitingSolver#solve(SitingProblem, SolverBackend,
     * SolveOptions, Optional)}).
     */
    public static Outcome plan(SitingProblem problem, SolverBackend backend, SolveOptions options, Optional<Plan> start) {
        SitingProblem current = problem;
        Outcome outcome = null;
        EarlierRound earlier = new EarlierRound();
        long deadline = System.nanoTime() + (long) (options.timeLimitSeconds() * 1e9);
        boolean acChecked = problem.gridLimits() && problem.feeder().map(Feeder::hasNetwork).orElse(false);
        Optional<GridImpact> base = acChecked ? Optional.of(baseLoadAlone(problem.feeder().get())) : Optional.empty();
        // When base load alone breaks a limit, no plan can pass the AC check; tightening is futile.
        boolean baseBreaks = base.map(AcCheckedPlanner::breaksAMarginedLimit).orElse(false);
        if (acChecked && !baseBreaks && !problem.feeder().get().carriesGeneration()) {
            current = problem.withMargins(baseLoadMargins(problem.margins(), problem.feeder().get(), base.get()));
        }
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            SitingResult result = SitingSolver.solve(current, backend, round == 1 ? options : replanOptions(options,
                    deadline), start, earlier);
            GridMargins planned = current.margins();
            result.plan().ifPresent(plan -> earlier.recordPlan(plan, planned));
            boolean network = current.feeder().map(Feeder::hasNetwork).orElse(false);
            if (result.plan().isEmpty() || !network) {
                return new Outcome(result, current, Optional.empty(), round, !network);
            }
            PlanMetrics metrics = PlanMetrics.of(current, result.plan().get());
            Feeder feeder = metrics.feederAfterPlan(); // transformer ratings with the plan's upgrades
            GridImpact impact = GridImpact.of(feeder, metrics.chargingKwByBus());
            List<GridViolation> violations = impact.violations();
            boolean acFeasible = violations.isEmpty() && impact.converged();
            outcome = new Outcome(result, current, Optional.of(impact), round, acFeasible);
            if (acFeasible || !current.gridLimits() || baseBreaks) {
                return outcome;
            }
            GridMargins margins = raised(current.margins(), violations, feeder, impact, base.orElseThrow());
            if (margins.equals(current.margins())) {
                LOG.warn("the AC check finds {} that tighter voltage and thermal margins cannot fix; keeping this plan",
                        violations.isEmpty() ? "a power flow that does not converge" : describe(worst(violations)));
                return outcome;
            }
            LOG.info("AC check round {}: {} broken limit(s), worst {}; re-planning with voltage margins up to {} p.u."
                    + " and {} (thermal share)", round, violations.size(), describe(worst(violations)),
                    String.format(Locale.ROOT, "%.4f", margins.largestVoltagePu()),
                    String.format(Locale.ROOT, "%.4f", margins.thermalShare()));
            current = current.withMargins(margins);
        }
        LOG.warn("the plan still breaks a grid limit in the AC check after {} rounds", MAX_ROUNDS);
        return outcome;
    }

    /**
     * A re-plan's options: the time left of the limit, which covers every round, and at least
     * {@value #REPLAN_SHARE} of it (a re-plan starts from the round before's plan and bound where
     * the model is large, so it needs little more than a repair).
     */
    private static SolveOptions replanOptions(SolveOptions options, long deadline) {
        double left = (deadline - System.nanoTime()) / 1e9;
        return new SolveOptions(Math.max(left, REPLAN_SHARE * options.timeLimitSeconds()), options.relativeGap(),
                options.threads());
    }

    /** The AC power flow of base load alone, every hour of its series. */
    static GridImpact baseLoadAlone(Feeder feeder) {
        return GridImpact.of(feeder, new double[feeder.buses().size()][SitingProblem.HOURS]);
    }

    /** Whether a power flow breaks a voltage or branch limit (base load alone: no margin can fix it). */
    private static boolean breaksAMarginedLimit(GridImpact impact) {
        // Transformer overloads do not count: the margins do not act on them, and a plan may upgrade them.
        return impact.violations().stream().anyMatch(v -> v.kind() != GridViolation.Kind.TRANSFORMER);
    }

    /**
     * The first round's margins: at every bus and hour of the day, at least the voltage margin
     * (p.u.) that base load's own losses call for ({@link #marginsAtTheLimit} with no charging): the
     * margin with which a lossless row, where it binds, would hold the AC voltage at the minimum if
     * the losses were base load's alone. On a feeder without generation charging only adds current
     * through each path, so (the loss gap taken to grow with the charging, as in
     * {@link #marginsAtTheLimit}) no plan that passes the AC check is cut off, while the first plan
     * no longer draws the voltage below the minimum by the part of the gap that was there before
     * it. Not used where a bus carries generation ({@link Feeder#carriesGeneration}), where charging
     * can lower the losses. Rounds after an AC
     * check raise these further where a plan adds to the gap.
     *
     * @param margins the scenario's margins, kept where they are larger
     * @param base    the AC power flow of base load alone ({@link #baseLoadAlone})
     */
    static GridMargins baseLoadMargins(GridMargins margins, Feeder feeder, GridImpact base) {
        double[][] atLimit = marginsAtTheLimit(feeder, base, base, new LinDistFlow(feeder));
        GridMargins raised = new GridMargins(margins.voltagePu(), margins.thermalShare(),
                atLeast(margins, atLimit, feeder, new boolean[feeder.buses().size()][SitingProblem.HOURS]));
        LOG.info("base load's own losses: voltage margins up to {} p.u. before the first plan",
                String.format(Locale.ROOT, "%.4f", raised.largestVoltagePu()));
        return raised;
    }

    /**
     * Per bus id, per hour of the day: the larger of {@code margins} and {@code atLimit} (p.u.),
     * plus {@value #EXTRA_MARGIN_PU} where {@code broken}.
     */
    private static Map<String, double[]> atLeast(GridMargins margins, double[][] atLimit, Feeder feeder,
            boolean[][] broken) {
        Map<String, double[]> voltage = margins.busVoltagePu();
        for (int b = 0; b < feeder.buses().size(); b++) {
            String id = feeder.buses().get(b).id();
            double[] hours = new double[SitingProblem.HOURS];
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double raised = Math.max(margins.voltagePu(id, t), atLimit[b][t]);
                hours[t] = broken[b][t] ? raised + EXTRA_MARGIN_PU : raised;
            }
            voltage.put(id, hours);
        }
        return voltage;
    }

    /**
     * Margins raised for the next round; never lower than {@code margins} anywhere.
     *
     * <p>Voltage, per bus and hour of the day: the loss correction at the limit
     * ({@link #marginsAtTheLimit}), the margin with which the linear rows, held exactly at the
     * minimum, meet AC voltages at the minimum when the charging of the plan is scaled down to that
     * point; and at every bus and hour the plan broke, that plus {@value #EXTRA_MARGIN_PU} p.u.
     * (the plan itself is then cut off, so rounds make progress). This corrects the lossless model
     * along the plan's load, as successive linear programming does for optimal power flow, but at
     * the load the next plan will draw rather than at this plan's heavier one. With a year of base
     * load, an hour of the day takes its largest margin over the year. The cut-off holds at the
     * leaves, where the rows are, since a lower bus that breaks its limit has a leaf below it that
     * breaks it too (no generation; with generation every bus has a row); it makes each round
     * differ from the one before, not the rounds converge. Margins are set at every
     * bus; the model uses those of the buses it has voltage rows for ({@link VoltageFamily}: the
     * leaves, where the gap is largest on each path, unless some bus carries generation).
     *
     * <p>Thermal: so that a lossless flow at the reduced rating would, scaled by the worst ratio of
     * AC flow to lossless flow seen on an overloaded branch, stay within the rating
     * ({@code 1 − 1/ratio}).
     */
    static GridMargins raised(GridMargins margins, List<GridViolation> violations, Feeder feeder, GridImpact impact,
            GridImpact base) {
        int buses = feeder.buses().size();
        boolean[][] broken = new boolean[buses][SitingProblem.HOURS]; // voltage below the minimum
        boolean voltageBroken = false;
        double acOverLinear = 1;
        LinDistFlow linear = new LinDistFlow(feeder);
        for (GridViolation v : violations) {
            if (v.kind() == GridViolation.Kind.VOLTAGE) {
                if (Double.isFinite(v.value())) {
                    broken[busIndex(feeder, v.element())][v.hour() % SitingProblem.HOURS] = true;
                    voltageBroken = true;
                }
            } else if (v.kind() == GridViolation.Kind.BRANCH) {
                double[] flows = linear.branchFlowsKva(impact.loadKw(v.hour()), impact.loadKvar(v.hour()));
                double lossless = flows[branchIndex(feeder, v.element())];
                acOverLinear = Math.max(acOverLinear, lossless > 0 ? v.value() / lossless : 1);
            }
        }
        Map<String, double[]> voltage = voltageBroken
                ? atLeast(margins, marginsAtTheLimit(feeder, impact, base, linear), feeder, broken)
                : margins.busVoltagePu();
        double thermal = acOverLinear > 1
                ? Math.min(0.5, Math.max(margins.thermalShare(), 1 - 1 / acOverLinear) + EXTRA_THERMAL_SHARE)
                : margins.thermalShare();
        return new GridMargins(margins.voltagePu(), thermal, voltage);
    }

    /**
     * Per bus and hour of the day, the voltage margin (p.u.) with which the model's lossless row,
     * where it binds, holds the AC voltage at the minimum, the loss gap taken to grow with the
     * charging along the plan's own.
     *
     * <p>In squared voltages (p.u.²), in one hour of the series: {@code ΔD} is the lossless drop
     * that charging adds (the row's left-hand side, {@link VoltageFamily}), {@code G} the gap
     * between the lossless and the AC squared voltage, known under base load alone ({@code G_b},
     * {@code ΔD = 0}) and with the plan ({@code G_p}, {@code ΔD_p}). Scaling the plan's charging
     * moves {@code ΔD} linearly and, since losses grow about with the square of the current,
     * {@code G} convexly; then the chord {@code G(ΔD) = G_b + s·ΔD}, {@code s = (G_p − G_b)/ΔD_p},
     * lies above the gap between the two loads (assumed, not proven: {@code AcMarginsTest} checks
     * it on the Baran &amp; Wu feeder). The row is written for the design day,
     * {@code ΔD ≤ v_design − (V_min + m)²}, while this hour's lossless voltage without charging
     * is {@code v_design + δ} ({@code δ ≥ 0} on any day but the design day's). The AC voltage is at
     * the minimum where the row binds when
     *
     * <pre>
     *   ΔD* = (v_design − V_min² − G_b + δ)/(1 + s),   (V_min + m)² = V_min² + G(ΔD*) − δ
     * </pre>
     *
     * with {@code ΔD*} held within {@code [0, ΔD_p]}: the chord is not extended beyond the loads
     * seen, so where the plan stays above the minimum the margin is the gap at the plan less
     * {@code δ}, as it is where the plan adds no drop. In squared voltage and with {@code s ≥ 0},
     * no margin is above the gap at the plan's load, and rows that the plan broke get less than
     * that gap, as much as the chord says. Each hour of the day takes its largest margin over the
     * days of the series; hours whose power flow did not converge, with the plan or with base load
     * alone, are left out.
     */
    static double[][] marginsAtTheLimit(Feeder feeder, GridImpact impact, GridImpact base, LinDistFlow linear) {
        int buses = feeder.buses().size();
        double floor = feeder.minVoltagePu() * feeder.minVoltagePu();
        double[][] design = new double[SitingProblem.HOURS][];
        for (int t = 0; t < SitingProblem.HOURS; t++) {
            design[t] = linear.designDaySquaredVoltages(t);
        }
        double[][] margin = new double[buses][SitingProblem.HOURS];
        for (int hour = 0; hour < impact.hours(); hour++) {
            if (!impact.converged(hour) || !base.converged(hour)) {
                continue;
            }
            double[] planned = linear.squaredVoltages(impact.loadKw(hour), impact.loadKvar(hour));
            double[] alone = linear.squaredVoltages(base.loadKw(hour), base.loadKvar(hour));
            int t = hour % SitingProblem.HOURS;
            for (int b = 0; b < buses; b++) {
                double added = alone[b] - planned[b];
                double gapPlan = planned[b] - square(impact.voltagePu(b, hour));
                double gapBase = alone[b] - square(base.voltagePu(b, hour));
                double extra = alone[b] - design[t][b];
                double gap;
                if (added > 1e-12) {
                    double s = Math.max(0, (gapPlan - gapBase) / added);
                    double binding = Math.min(added,
                            Math.max(0, (design[t][b] - floor - gapBase + extra) / (1 + s)));
                    gap = gapBase + s * binding - extra;
                } else {
                    gap = gapPlan - extra;
                }
                double here = Math.sqrt(floor + Math.max(0, gap)) - feeder.minVoltagePu();
                if (Double.isFinite(here)) {
                    margin[b][t] = Math.max(margin[b][t], here);
                }
            }
        }
        return margin;
    }

    private static double square(double x) {
        return x * x;
    }

    private static int busIndex(Feeder feeder, String id) {
        for (int b = 0; b < feeder.buses().size(); b++) {
            if (feeder.buses().get(b).id().equals(id)) {
                return b;
            }
        }
        throw new IllegalStateException("no bus " + id);
    }

    private static int branchIndex(Feeder feeder, String id) {
        for (int l = 0; l < feeder.branches().size(); l++) {
            if (feeder.branches().get(l).id().equals(id)) {
                return l;
            }
        }
        throw new IllegalStateException("no branch " + id);
    }

    private static GridViolation worst(List<GridViolation> violations) {
        GridViolation worst = violations.get(0);
        for (GridViolation v : violations) {
            if (Math.abs(v.value() / v.limit() - 1) > Math.abs(worst.value() / worst.limit() - 1)) {
                worst = v;
            }
        }
        return worst;
    }

    private static String describe(GridViolation v) {
        return String.format(Locale.ROOT, "%s %s at %.4f against %.4f, hour %d", v.kind().label(), v.element(),
                v.value(), v.limit(), v.hour());
    }
}
