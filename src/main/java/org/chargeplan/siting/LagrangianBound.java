package org.chargeplan.siting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.chargeplan.solve.LinearModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upper bound on the max-coverage siting model by Lagrangian relaxation (Geoffrion,
 * "Lagrangean relaxation for integer programming", Mathematical Programming Study 2, 1974; for
 * capacitated facility location, Cornuéjols, Sridharan and Thizy, European Journal of Operational
 * Research 50, 1991), tighter than the LP relaxation because each site keeps its integer chargers
 * and the budget its knapsack.
 *
 * <p>Relaxed, with multipliers: each demand point's "served at most once" row ({@code u_d ≥ 0},
 * kWh/day) and every row that joins several sites (transformer, voltage and branch rows, the
 * station count; {@code μ_r ≥ 0}). What is left splits by site: for every charger configuration
 * of a site (closed, or open with {@code n_k} chargers of each type), {@link SiteEnergyValue}
 * gives the most it can earn at the multipliers, exactly for the integers; then the budget row
 * picks one configuration per site as a multiple-choice knapsack, relaxed to its LP
 * ({@link ChoiceKnapsack}). For any multipliers
 *
 * <pre>
 *   L(u, μ) = Σ_d u_d + Σ_r μ_r·b_r + (the knapsack's value)
 * </pre>
 *
 * is at least the MILP optimum. The multipliers follow subgradient steps of Polyak's length
 * toward the best known plan ({@link SubgradientSteps}), and the lowest {@code L} is the bound.
 * How often each site is chosen over the steps ranks the sites for {@link KernelSearch}.
 *
 * <p>It applies to the max-coverage goal with point demand only: no range-limited flows, storage,
 * upgrades or demand charge, at most two demand classes reaching any one site, and no more than
 * {@value #MOST_CONFIGURATIONS} charger configurations per site; {@link #of} says when not.
 */
final class LagrangianBound {

    private static final Logger LOG = LoggerFactory.getLogger(LagrangianBound.class);

    /** Most charger configurations (open or closed) per site. */
    static final int MOST_CONFIGURATIONS = 4096;
    /**
     * What the relaxation gave.
     *
     * @param bound     the lowest L found: no plan serves more (kWh/day)
     * @param siteScore per site, how often the relaxation opened it (recent steps weigh more)
     * @param chargers  per site, the chargers per type the relaxation chose at the bound (whole
     *                  choices only; null for a closed site): the start of a Lagrangian heuristic
     * @param lastChargers the same at the last step, whose multipliers have priced more of the
     *                  demand that several chosen sites reach (on the largest models the bound is
     *                  often lowest at the first step, where none is priced)
     */
    record Outcome(double bound, double[] siteScore, int[][] chargers, int[][] lastChargers, int steps,
            double seconds) {
    }

    private final SitingModel model;
    private final LinearModel linear;
    private final int siteCount;
    private final int classCount;
    /** Per demand point, its once row's multiplier index, or -1 when it has none. */
    private final int[] onceRow;
    /** Per site and class: the pairs (demand index, share column) reaching it. */
    private final int[][][] pairDemand;
    private final int[][][] pairColumn;
    /** Per site and class, per pair: the demand's energy (kWh/day) and its share's objective coefficient. */
    private final double[][][] pairKwh;
    private final double[][][] pairWorth;
    /** Per site, per configuration: chargers per type (null entry = closed). */
    private final int[][][] configurations;
    /** Per site, per configuration: budget cost. */
    private final double[][] configurationCost;
    /** Per site, per configuration, per local row: right-hand side K_r. */
    private final double[][][] capacity;
    /** Per site, per local row, per class: energy coefficient α_rc. */
    private final double[][][] alpha;
    /** Relaxed joining rows in ≤ form: sign (+1 or −1 for a ≥ row turned around) and right-hand side. */
    private final int[] joinRow;
    private final double[] joinSign;
    private final double[] joinRhs;
    private final double budget;

    LagrangianBound(SitingModel model, int[] onceRow, int[][][] pairDemand, int[][][] pairColumn,
            int[][][] configurations, double[][] configurationCost, double[][][] capacity, double[][][] alpha,
            List<double[]> joins, double budget) {
        this.model = model;
        this.linear = model.linearModel();
        this.siteCount = model.problem.sites().size();
        this.classCount = model.problem.profiles().size();
        this.onceRow = onceRow;
        this.pairDemand = pairDemand;
        this.pairColumn = pairColumn;
        this.pairKwh = new double[siteCount][classCount][];
        this.pairWorth = new double[siteCount][classCount][];
        for (int i = 0; i < siteCount; i++) {
            for (int c = 0; c < classCount; c++) {
                if (pairDemand[i][c] == null) {
                    continue;
                }
                int n = pairDemand[i][c].length;
                pairKwh[i][c] = new double[n];
                pairWorth[i][c] = new double[n];
                for (int p = 0; p < n; p++) {
                    pairKwh[i][c][p] = model.problem.demand().get(pairDemand[i][c][p]).energyKwhPerDay();
                    pairWorth[i][c][p] = linear.objective(pairColumn[i][c][p]);
                }
            }
        }
        this.configurations = configurations;
        this.configurationCost = configurationCost;
        this.capacity = capacity;
        this.alpha = alpha;
        this.joinRow = new int[joins.size()];
        this.joinSign = new double[joins.size()];
        this.joinRhs = new double[joins.size()];
        for (int j = 0; j < joins.size(); j++) {
            joinRow[j] = (int) joins.get(j)[0];
            // Scaled to a right-hand side of about 1, like the once rows, so that no row's
            // subgradient dwarfs the others' in the step length.
            double scale = 1 / Math.max(1, Math.abs(joins.get(j)[2]));
            joinSign[j] = joins.get(j)[1] * scale;
            joinRhs[j] = joins.get(j)[2] * scale;
        }
        this.budget = budget;
    }

    /**
     * The relaxation of {@code model}, or empty (with the reason logged at debug level) when the
     * model has a part it does not cover.
     */
    static Optional<LagrangianBound> of(SitingModel model) {
        try {
            return Optional.of(LagrangianModelShape.read(model));
        } catch (LagrangianModelShape.Unsupported e) {
            LOG.debug("no Lagrangian bound: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs the subgradient search.
     *
     * @param target  the value of the best known plan (the Polyak step aims at it)
     * @param seconds the time it may take
     * @param gap     it stops once the bound is within this relative gap of {@code target}
     */
    Outcome run(double target, double seconds, double gap) {
        long begin = System.nanoTime();
        long deadline = begin + (long) (seconds * 1e9);
        double[] u = new double[onceRow.length];
        double[] mu = new double[joinRow.length];
        SubgradientSteps steps = new SubgradientSteps();
        double[] score = new double[siteCount];
        int[][] chosen = new int[siteCount][];
        int count = 0;
        Evaluation lastFinite = null;
        while (System.nanoTime() < deadline && steps.running()) {
            Evaluation evaluation = evaluate(u, mu);
            count++;
            if (!Double.isFinite(evaluation.value)) {
                break;
            }
            lastFinite = evaluation;
            if (steps.record(evaluation.value)) {
                chosen = configurationsOf(evaluation);
            }
            for (int i = 0; i < siteCount; i++) {
                score[i] = 0.9 * score[i] + evaluation.openShare[i];
            }
            if (count % 100 == 0) {
                LOG.debug("Lagrangian step {}: L {}, lowest {}, step factor {}, {} s", count, format(evaluation.value),
                        format(steps.lowest()), format(steps.factor()), format((System.nanoTime() - begin) / 1e9));
            }
            if (steps.lowest() - target <= gap * Math.abs(target)) {
                break;
            }
            if (!steps.step(subgradient(evaluation), evaluation.value, target, u, mu)) {
                break; // the relaxed rows all hold with equality: L is the optimum
            }
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        LOG.info("Lagrangian bound {} after {} steps in {} s ({} relaxed joining rows)", format(steps.lowest()), count,
                format(elapsed), joinRow.length);
        int[][] last = lastFinite == null ? new int[siteCount][] : configurationsOf(lastFinite);
        return new Outcome(steps.lowest(), score, chosen, last, count, elapsed);
    }

    /** Per site, the chargers per type of the configuration the knapsack chose (null: closed). */
    private int[][] configurationsOf(Evaluation evaluation) {
        int[][] chargers = new int[siteCount][];
        for (int i = 0; i < siteCount; i++) {
            chargers[i] = configurations[i][evaluation.choice.option()[i]];
        }
        return chargers;
    }

    /** L(u, μ) and the relaxation's choice. */
    private static final class Evaluation {
        double value;
        ChoiceKnapsack.Choice choice;
        /** Per site, per configuration, per class: the best point's energies. */
        double[][][] energy;
        /** Per site and class, the pairs with positive value, best first (indices into the site's pair lists). */
        int[][][] order;
        double[] openShare;
    }

    private Evaluation evaluate(double[] u, double[] mu) {
        Evaluation e = new Evaluation();
        double[] columnCost = joinedColumnCost(mu);
        double[][] optionValue = new double[siteCount][];
        e.energy = new double[siteCount][][];
        e.order = new int[siteCount][][];
        IntStream.range(0, siteCount).parallel().forEach(i -> {
            SiteEnergyValue.Curve[] curves = new SiteEnergyValue.Curve[classCount];
            e.order[i] = new int[classCount][];
            for (int c = 0; c < classCount; c++) {
                if (pairDemand[i][c] == null) {
                    continue;
                }
                double energyCost = columnCost[model.classEnergy[i][c]];
                e.order[i][c] = valueOrder(i, c, u, energyCost);
                curves[c] = curve(i, c, e.order[i][c], u, energyCost);
            }
            double openCost = columnCost[model.open[i]];
            int types = model.chargers[i].length;
            optionValue[i] = new double[configurations[i].length];
            e.energy[i] = new double[configurations[i].length][classCount];
            for (int q = 0; q < configurations[i].length; q++) {
                int[] counts = configurations[i][q];
                if (counts == null) {
                    continue; // closed: nothing served, nothing earned
                }
                double value = SiteEnergyValue.best(curves, alpha[i], capacity[i][q], e.energy[i][q]);
                value -= openCost;
                for (int k = 0; k < types; k++) {
                    value -= counts[k] * columnCost[model.chargers[i][k]];
                }
                optionValue[i][q] = value;
            }
        });
        e.choice = ChoiceKnapsack.solve(configurationCost, optionValue, budget);
        double value = e.choice.value();
        for (int d = 0; d < u.length; d++) {
            value += u[d];
        }
        for (int r = 0; r < mu.length; r++) {
            value += mu[r] * joinRhs[r];
        }
        e.value = value;
        e.openShare = new double[siteCount];
        for (int i = 0; i < siteCount; i++) {
            e.openShare[i] = weightOpen(e.choice, i);
        }
        return e;
    }

    private double weightOpen(ChoiceKnapsack.Choice choice, int i) {
        double open = configurations[i][choice.option()[i]] == null ? 0 : 1;
        if (choice.next()[i] >= 0) {
            double nextOpen = configurations[i][choice.next()[i]] == null ? 0 : 1;
            open += choice.fraction() * (nextOpen - open);
        }
        return open;
    }

    /**
     * Per column, its cost at the multipliers: minus its objective coefficient plus its relaxed
     * rows' multipliers times its coefficients there (a value to subtract).
     */
    private double[] joinedColumnCost(double[] mu) {
        double[] cost = new double[linear.columnCount()];
        for (int i = 0; i < siteCount; i++) {
            cost[model.open[i]] = -linear.objective(model.open[i]);
            for (int column : model.chargers[i]) {
                cost[column] = -linear.objective(column);
            }
            for (int column : model.classEnergy[i]) {
                if (column >= 0) {
                    cost[column] = -linear.objective(column);
                }
            }
        }
        for (int r = 0; r < joinRow.length; r++) {
            if (mu[r] == 0) {
                continue;
            }
            for (int k = linear.rowStart(joinRow[r]); k < linear.rowEnd(joinRow[r]); k++) {
                cost[linear.entryColumn(k)] += mu[r] * joinSign[r] * linear.entryValue(k);
            }
        }
        return cost;
    }

    /** Value per kWh of a pair at the multipliers, less the energy's cost. */
    private double netPerKwh(int i, int c, int p, double[] u, double energyCost) {
        int d = pairDemand[i][c][p];
        return (pairWorth[i][c][p] - (onceRow[d] >= 0 ? u[d] : 0)) / pairKwh[i][c][p] - energyCost;
    }

    /** The site's pairs of class c with positive value at the multipliers, best first (ties by index). */
    private int[] valueOrder(int i, int c, double[] u, double energyCost) {
        int n = pairDemand[i][c].length;
        double[] key = new double[n];
        int[] kept = new int[n];
        int size = 0;
        for (int p = 0; p < n; p++) {
            key[p] = netPerKwh(i, c, p, u, energyCost);
            if (key[p] > 0) {
                kept[size++] = p;
            }
        }
        int[] order = Arrays.copyOf(kept, size);
        IndexSort.descending(order, key);
        return order;
    }

    private SiteEnergyValue.Curve curve(int i, int c, int[] order, double[] u, double energyCost) {
        SiteEnergyValue.Curve curve = new SiteEnergyValue.Curve();
        for (int p : order) {
            curve.append(pairKwh[i][c][p], pairKwh[i][c][p] * netPerKwh(i, c, p, u, energyCost));
        }
        return curve;
    }

    /**
     * The subgradient of L at the evaluation: per demand point {@code 1 − Σ_i a_di}, per relaxed row
     * {@code b_r − (its activity)}, at the knapsack's (possibly fractional) choice.
     */
    private double[][] subgradient(Evaluation e) {
        double[] served = new double[onceRow.length];
        double[] column = new double[linear.columnCount()];
        for (int i = 0; i < siteCount; i++) {
            int q = e.choice.option()[i];
            int next = e.choice.next()[i];
            double nextWeight = next >= 0 ? e.choice.fraction() : 0;
            add(e, i, q, 1 - nextWeight, served, column);
            if (next >= 0) {
                add(e, i, next, nextWeight, served, column);
            }
        }
        double[] demandPart = new double[onceRow.length];
        for (int d = 0; d < served.length; d++) {
            demandPart[d] = onceRow[d] >= 0 ? 1 - served[d] : 0;
        }
        double[] joinPart = new double[joinRow.length];
        for (int r = 0; r < joinRow.length; r++) {
            double activity = 0;
            for (int k = linear.rowStart(joinRow[r]); k < linear.rowEnd(joinRow[r]); k++) {
                activity += linear.entryValue(k) * column[linear.entryColumn(k)];
            }
            joinPart[r] = joinRhs[r] - joinSign[r] * activity;
        }
        return new double[][] {demandPart, joinPart};
    }

    /** Adds configuration q of site i, with weight w, to the served shares and the column values. */
    private void add(Evaluation e, int i, int q, double w, double[] served, double[] column) {
        int[] counts = configurations[i][q];
        if (counts == null || w == 0) {
            return;
        }
        column[model.open[i]] += w;
        for (int k = 0; k < counts.length; k++) {
            column[model.chargers[i][k]] += w * counts[k];
        }
        for (int c = 0; c < classCount; c++) {
            if (pairDemand[i][c] == null) {
                continue;
            }
            double left = e.energy[i][q][c];
            column[model.classEnergy[i][c]] += w * left;
            for (int p : e.order[i][c]) {
                if (left <= 0) {
                    break;
                }
                double kwh = pairKwh[i][c][p];
                double taken = Math.min(kwh, left);
                served[pairDemand[i][c][p]] += w * taken / kwh;
                left -= taken;
            }
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
