package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.VariableType;
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
 * toward the best known plan (Held, Wolfe and Crowder, Mathematical Programming 6, 1974), and
 * the lowest {@code L} is the bound. How often each site is chosen over the steps ranks the sites
 * for {@link KernelSearch}.
 *
 * <p>It applies to the max-coverage goal with point demand only: no range-limited flows, storage,
 * upgrades or demand charge, at most two demand classes reaching any one site, and no more than
 * {@value #MOST_CONFIGURATIONS} charger configurations per site; {@link #of} says when not.
 */
final class LagrangianBound {

    private static final Logger LOG = LoggerFactory.getLogger(LagrangianBound.class);

    /** Most charger configurations (open or closed) per site. */
    static final int MOST_CONFIGURATIONS = 4096;
    /** Steps without a better bound before the step factor is halved. */
    private static final int PATIENCE = 40;
    /** Camerini–Fratta–Maffioli's γ: how much of the previous direction a new one may keep. */
    private static final double DEFLECTION = 1.5;
    /** Polyak's aim is at least this far (relative) below the best bound so far. */
    private static final double AIM_BELOW = 0.05;
    /** The step factor at which the search stops. */
    private static final double SMALLEST_FACTOR = 1e-4;

    /**
     * What the relaxation gave.
     *
     * @param bound     the lowest L found: no plan serves more (kWh/day)
     * @param siteScore per site, how often the relaxation opened it (recent steps weigh more)
     * @param chargers  per site, the chargers per type the relaxation chose at the bound (whole
     *                  choices only; null for a closed site): the start of a Lagrangian heuristic
     */
    record Outcome(double bound, double[] siteScore, int[][] chargers, int steps, double seconds) {
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

    private LagrangianBound(SitingModel model, int[] onceRow, int[][][] pairDemand, int[][][] pairColumn,
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
            return Optional.of(ModelShape.read(model));
        } catch (ModelShape.Unsupported e) {
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
        int demandCount = onceRow.length;
        double[] u = new double[demandCount];
        double[] mu = new double[joinRow.length];
        double best = Double.POSITIVE_INFINITY;
        double factor = 2;
        int sinceBetter = 0;
        double[] score = new double[siteCount];
        int[][] chosen = new int[siteCount][];
        double[][] previous = null;
        int steps = 0;
        Evaluation evaluation = null;
        while (System.nanoTime() < deadline && factor >= SMALLEST_FACTOR) {
            evaluation = evaluate(u, mu);
            steps++;
            if (!Double.isFinite(evaluation.value)) {
                break;
            }
            if (best == Double.POSITIVE_INFINITY || evaluation.value < best - 1e-9 * Math.abs(best)) {
                best = evaluation.value;
                for (int i = 0; i < siteCount; i++) {
                    chosen[i] = configurations[i][evaluation.choice.option()[i]];
                }
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                factor /= 2;
                sinceBetter = 0;
            }
            for (int i = 0; i < siteCount; i++) {
                score[i] = 0.9 * score[i] + evaluation.openShare[i];
            }
            if (steps % 100 == 0) {
                LOG.debug("Lagrangian step {}: L {}, lowest {}, step factor {}, {} s", steps, format(evaluation.value),
                        format(best), format(factor), format((System.nanoTime() - begin) / 1e9));
            }
            if (best - target <= gap * Math.abs(target)) {
                break;
            }
            double[][] direction = deflected(subgradient(evaluation), previous);
            previous = direction;
            double norm = dot(direction, direction);
            if (norm < 1e-18) {
                break; // the relaxed rows all hold with equality: L is the optimum
            }
            // Polyak's step aims at the known plan, or at AIM_BELOW under the bound when that is higher
            // (a weak or missing plan would make every step too long).
            double aim = Math.max(target, (1 - AIM_BELOW) * best);
            double step = factor * Math.max(evaluation.value - aim, 1e-6 * Math.abs(aim)) / norm;
            for (int d = 0; d < demandCount; d++) {
                u[d] = Math.max(0, u[d] - step * direction[0][d]);
            }
            for (int r = 0; r < mu.length; r++) {
                mu[r] = Math.max(0, mu[r] - step * direction[1][r]);
            }
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        LOG.info("Lagrangian bound {} after {} steps in {} s ({} relaxed joining rows)", format(best), steps,
                format(elapsed), joinRow.length);
        return new Outcome(best, score, chosen, steps, elapsed);
    }

    /**
     * The step direction of Camerini, Fratta and Maffioli ("On improving relaxation methods by
     * modified gradient techniques", Mathematical Programming Study 3, 1975): the subgradient plus
     * a share of the previous direction when the two point apart, which damps the zigzag of the
     * plain subgradient method.
     */
    private static double[][] deflected(double[][] g, double[][] previous) {
        if (previous == null) {
            return g;
        }
        double along = dot(g, previous);
        if (along >= 0) {
            return g;
        }
        double beta = -DEFLECTION * along / dot(previous, previous);
        for (int part = 0; part < g.length; part++) {
            for (int k = 0; k < g[part].length; k++) {
                g[part][k] += beta * previous[part][k];
            }
        }
        return g;
    }

    private static double dot(double[][] a, double[][] b) {
        double sum = 0;
        for (int part = 0; part < a.length; part++) {
            for (int k = 0; k < a[part].length; k++) {
                sum += a[part][k] * b[part][k];
            }
        }
        return sum;
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

    /** Reads the model's rows into the relaxation's parts; refuses what it does not cover. */
    static final class ModelShape {

        /** A part of the model the relaxation does not cover. */
        static final class Unsupported extends Exception {
            Unsupported(String message) {
                super(message, null, false, false);
            }
        }

        private ModelShape() {
        }

        static LagrangianBound read(SitingModel model) throws Unsupported {
            LinearModel linear = model.linearModel();
            SitingProblem problem = model.problem;
            if (linear.sense() != LinearModel.Sense.MAXIMISE || problem.flows().isPresent()) {
                throw new Unsupported("not the max-coverage goal with point demand");
            }
            int siteCount = problem.sites().size();
            int classCount = problem.profiles().size();
            int columns = linear.columnCount();
            // Column roles: site of every y, n, A and share column; -1 elsewhere (unsupported).
            int[] siteOf = new int[columns];
            Arrays.fill(siteOf, -1);
            int[] demandOf = new int[columns];
            Arrays.fill(demandOf, -1);
            for (int i = 0; i < siteCount; i++) {
                siteOf[model.open[i]] = i;
                for (int column : model.chargers[i]) {
                    siteOf[column] = i;
                }
                for (int column : model.classEnergy[i]) {
                    if (column >= 0) {
                        siteOf[column] = i;
                        if (linear.lower(column) != 0) {
                            throw new Unsupported("class energy with a lower bound");
                        }
                    }
                }
            }
            List<List<List<int[]>>> pairs = new ArrayList<>();
            for (int i = 0; i < siteCount; i++) {
                List<List<int[]>> byClass = new ArrayList<>();
                for (int c = 0; c < classCount; c++) {
                    byClass.add(new ArrayList<>());
                }
                pairs.add(byClass);
            }
            for (int d = 0; d < problem.demand().size(); d++) {
                var reach = problem.reach().get(d);
                int c = problem.classIndex(problem.demand().get(d));
                double kwh = problem.demand().get(d).energyKwhPerDay();
                for (int p = 0; p < reach.size(); p++) {
                    int column = model.share[d][p];
                    int site = reach.get(p).target();
                    siteOf[column] = site;
                    demandOf[column] = d;
                    if (linear.lower(column) != 0 || linear.upper(column) != 1 || !(kwh > 0)
                            || model.classEnergy[site][c] < 0) {
                        throw new Unsupported("a share column outside [0, 1] or of a demand point without energy");
                    }
                    pairs.get(site).get(c).add(new int[] {d, column});
                }
            }
            for (int j = 0; j < columns; j++) {
                if (siteOf[j] < 0) {
                    throw new Unsupported("column " + linear.columnName(j) + " belongs to no site");
                }
            }
            int[] onceRow = new int[problem.demand().size()];
            Arrays.fill(onceRow, -1);
            boolean[] linked = new boolean[columns]; // shares with an a ≤ y row
            List<List<double[]>> localRows = new ArrayList<>(); // per site: {row, sign}
            for (int i = 0; i < siteCount; i++) {
                localRows.add(new ArrayList<>());
            }
            List<double[]> joins = new ArrayList<>();
            int budgetRow = -1;
            for (int r = 0; r < linear.rowCount(); r++) {
                int start = linear.rowStart(r);
                int end = linear.rowEnd(r);
                if (start == end) {
                    continue;
                }
                int site = siteOf[linear.entryColumn(start)];
                boolean oneSite = true;
                boolean shares = false;
                for (int k = start; k < end; k++) {
                    int column = linear.entryColumn(k);
                    oneSite &= siteOf[column] == site;
                    shares |= demandOf[column] >= 0;
                }
                double lo = linear.rowLower(r);
                double hi = linear.rowUpper(r);
                if (shares) {
                    if (onceRowOf(linear, r, demandOf, onceRow)) {
                        continue;
                    }
                    if (!oneSite) {
                        throw new Unsupported("row " + linear.rowName(r) + " joins shares of several sites");
                    }
                    if (!openLink(linear, r, model.open[site], demandOf, linked)
                            && !energyDefinition(linear, r, model, site, demandOf)) {
                        throw new Unsupported("row " + linear.rowName(r) + " of unknown shape");
                    }
                    continue;
                }
                double sign;
                double rhs;
                if (lo == Double.NEGATIVE_INFINITY && hi < Double.POSITIVE_INFINITY) {
                    sign = 1;
                    rhs = hi;
                } else if (hi == Double.POSITIVE_INFINITY && lo > Double.NEGATIVE_INFINITY) {
                    sign = -1;
                    rhs = -lo;
                } else {
                    throw new Unsupported("row " + linear.rowName(r) + " is an equation or a range");
                }
                if (linear.rowName(r).equals("budget")) {
                    for (int k = start; k < end; k++) {
                        int column = linear.entryColumn(k);
                        boolean siteOrChargers = isOpenOrCharger(model, siteOf[column], column);
                        if (!siteOrChargers || sign * linear.entryValue(k) < 0) {
                            throw new Unsupported("a budget row on other columns");
                        }
                    }
                    budgetRow = r;
                } else if (oneSite) {
                    localRows.get(site).add(new double[] {r, sign});
                } else {
                    joins.add(new double[] {r, sign, rhs});
                }
            }
            for (int i = 0; i < siteCount; i++) {
                if (linear.lower(model.open[i]) < 0.5) {
                    for (var byClass : pairs.get(i)) {
                        for (int[] pair : byClass) {
                            if (!linked[pair[1]]) {
                                throw new Unsupported("a share not linked to its site's opening");
                            }
                        }
                    }
                }
            }
            return assemble(model, onceRow, pairs, localRows, joins, budgetRow);
        }

        private static boolean isOpenOrCharger(SitingModel model, int site, int column) {
            if (site < 0) {
                return false;
            }
            if (model.open[site] == column) {
                return true;
            }
            for (int c : model.chargers[site]) {
                if (c == column) {
                    return true;
                }
            }
            return false;
        }

        /** Whether row r is {@code Σ_p a_dp ≤ 1} over one demand point's shares; records it. */
        private static boolean onceRowOf(LinearModel linear, int r, int[] demandOf, int[] onceRow) {
            int d = demandOf[linear.entryColumn(linear.rowStart(r))];
            if (d < 0 || linear.rowUpper(r) != 1 || linear.rowLower(r) != Double.NEGATIVE_INFINITY) {
                return false;
            }
            for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
                if (demandOf[linear.entryColumn(k)] != d || linear.entryValue(k) != 1) {
                    return false;
                }
            }
            if (onceRow[d] >= 0) {
                return false;
            }
            onceRow[d] = r;
            return true;
        }

        /** Whether row r is {@code a − y ≤ 0}; records the share as linked. */
        private static boolean openLink(LinearModel linear, int r, int open, int[] demandOf, boolean[] linked) {
            int start = linear.rowStart(r);
            if (linear.rowEnd(r) - start != 2 || linear.rowUpper(r) != 0 || linear.rowLower(r) != Double.NEGATIVE_INFINITY) {
                return false;
            }
            int share = -1;
            boolean openSeen = false;
            for (int k = start; k < start + 2; k++) {
                int column = linear.entryColumn(k);
                if (demandOf[column] >= 0 && linear.entryValue(k) == 1) {
                    share = column;
                } else if (column == open && linear.entryValue(k) == -1) {
                    openSeen = true;
                }
            }
            if (share < 0 || !openSeen) {
                return false;
            }
            linked[share] = true;
            return true;
        }

        /** Whether row r is {@code A_ic − Σ E_d·a_d = 0} over shares of class c at site i. */
        private static boolean energyDefinition(LinearModel linear, int r, SitingModel model, int site, int[] demandOf) {
            if (linear.rowLower(r) != 0 || linear.rowUpper(r) != 0) {
                return false;
            }
            int energyColumn = -1;
            for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
                int column = linear.entryColumn(k);
                int d = demandOf[column];
                if (d >= 0) {
                    double kwh = model.problem.demand().get(d).energyKwhPerDay();
                    if (Math.abs(linear.entryValue(k) + kwh) > 1e-12 * kwh) {
                        return false;
                    }
                } else if (linear.entryValue(k) == 1 && energyColumn < 0) {
                    energyColumn = column;
                } else {
                    return false;
                }
            }
            for (int column : model.classEnergy[site]) {
                if (column == energyColumn && column >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static LagrangianBound assemble(SitingModel model, int[] onceRow, List<List<List<int[]>>> pairs,
                List<List<double[]>> localRows, List<double[]> joins, int budgetRow) throws Unsupported {
            LinearModel linear = model.linearModel();
            int siteCount = model.problem.sites().size();
            int classCount = model.problem.profiles().size();
            int types = model.problem.chargerTypes().size();
            int[][][] pairDemand = new int[siteCount][classCount][];
            int[][][] pairColumn = new int[siteCount][classCount][];
            int[][][] configurations = new int[siteCount][][];
            double[][] configurationCost = new double[siteCount][];
            double[][][] capacity = new double[siteCount][][];
            double[][][] alpha = new double[siteCount][][];
            boolean[] joinedColumns = new boolean[linear.columnCount()];
            for (double[] join : joins) {
                int r = (int) join[0];
                for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
                    joinedColumns[linear.entryColumn(k)] = true;
                }
            }
            double[] budgetCoefficient = new double[linear.columnCount()];
            if (budgetRow >= 0) {
                for (int k = linear.rowStart(budgetRow); k < linear.rowEnd(budgetRow); k++) {
                    budgetCoefficient[linear.entryColumn(k)] = linear.entryValue(k);
                }
            }
            for (int i = 0; i < siteCount; i++) {
                int withPairs = 0;
                for (int c = 0; c < classCount; c++) {
                    List<int[]> list = pairs.get(i).get(c);
                    if (!list.isEmpty()) {
                        withPairs++;
                        pairDemand[i][c] = list.stream().mapToInt(p -> p[0]).toArray();
                        pairColumn[i][c] = list.stream().mapToInt(p -> p[1]).toArray();
                    }
                }
                if (withPairs > 2) {
                    throw new Unsupported("more than two demand classes reach site " + model.problem.sites().get(i).id());
                }
                // Local rows: energy coefficients (must be ≥ 0) and the rest, per configuration.
                List<double[]> rows = localRows.get(i);
                List<double[]> energyRows = new ArrayList<>();
                List<double[]> plainRows = new ArrayList<>();
                for (double[] row : rows) {
                    int r = (int) row[0];
                    double sign = row[1];
                    double[] a = new double[classCount];
                    boolean any = false;
                    for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
                        int column = linear.entryColumn(k);
                        for (int c = 0; c < classCount; c++) {
                            if (model.classEnergy[i][c] == column) {
                                a[c] = sign * linear.entryValue(k);
                                any = true;
                                if (a[c] < 0) {
                                    throw new Unsupported("row " + linear.rowName(r) + " rewards energy");
                                }
                            }
                        }
                    }
                    (any ? energyRows : plainRows).add(row);
                    if (any) {
                        energyRows.set(energyRows.size() - 1, concat(row, a));
                    }
                }
                alpha[i] = new double[energyRows.size()][];
                for (int r = 0; r < energyRows.size(); r++) {
                    alpha[i][r] = Arrays.copyOfRange(energyRows.get(r), 2, 2 + classCount);
                }
                List<int[]> kept = new ArrayList<>();
                List<double[]> keptCapacity = new ArrayList<>();
                List<Double> keptCost = new ArrayList<>();
                for (int[] point : configurationsOf(model, i)) {
                    double[] values = columnValues(model, i, point);
                    if (!plainRowsHold(model, i, plainRows, values)) {
                        continue;
                    }
                    double[] rhs = new double[energyRows.size()];
                    boolean roomy = true;
                    for (int r = 0; r < energyRows.size(); r++) {
                        rhs[r] = rowRoom(linear, energyRows.get(r), model, i, values);
                        roomy &= rhs[r] >= -1e-9; // below zero no energy, not even none, fits
                    }
                    if (!roomy) {
                        continue;
                    }
                    double cost = budgetCoefficient[model.open[i]] * point[0];
                    for (int k = 0; k < types; k++) {
                        cost += budgetCoefficient[model.chargers[i][k]] * point[1 + k];
                    }
                    kept.add(point[0] == 0 ? null : Arrays.copyOfRange(point, 1, 1 + types));
                    keptCapacity.add(rhs);
                    keptCost.add(cost);
                }
                undominated(kept, keptCapacity, keptCost, chargersJoined(model, i, joinedColumns));
                configurations[i] = kept.toArray(new int[0][]);
                capacity[i] = keptCapacity.toArray(new double[0][]);
                configurationCost[i] = keptCost.stream().mapToDouble(Double::doubleValue).toArray();
            }
            double budget = budgetRow >= 0 ? linear.rowUpper(budgetRow) : Double.POSITIVE_INFINITY;
            return new LagrangianBound(model, onceRow, pairDemand, pairColumn, configurations, configurationCost,
                    capacity, alpha, joins, budget);
        }

        /**
         * Drops open configurations that another open one dominates: no dearer and at least as much
         * room in every local row, so worth at least as much at any multipliers, which leaves the
         * knapsack's optimum as it was. Not when a charger column is in a relaxed row (its
         * multiplier could then make more chargers worth less).
         */
        private static void undominated(List<int[]> kept, List<double[]> capacity, List<Double> cost, boolean joined) {
            if (joined) {
                return;
            }
            int n = kept.size();
            boolean[] drop = new boolean[n];
            for (int q = 0; q < n; q++) {
                for (int other = 0; other < n && !drop[q]; other++) {
                    if (other == q || drop[other] || kept.get(q) == null || kept.get(other) == null
                            || cost.get(other) > cost.get(q)) {
                        continue;
                    }
                    boolean roomier = true;
                    boolean strictly = cost.get(other) < cost.get(q);
                    for (int r = 0; r < capacity.get(q).length && roomier; r++) {
                        roomier = capacity.get(other)[r] >= capacity.get(q)[r];
                        strictly |= capacity.get(other)[r] > capacity.get(q)[r];
                    }
                    drop[q] = roomier && (strictly || other < q);
                }
            }
            for (int q = n - 1; q >= 0; q--) {
                if (drop[q]) {
                    kept.remove(q);
                    capacity.remove(q);
                    cost.remove(q);
                }
            }
        }

        private static boolean chargersJoined(SitingModel model, int i, boolean[] joinedColumns) {
            for (int column : model.chargers[i]) {
                if (joinedColumns[column]) {
                    return true;
                }
            }
            return false;
        }

        private static double[] concat(double[] a, double[] b) {
            double[] joined = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        }

        /** Every (y, n_1..n_K) within the columns' bounds, y first; refuses too many. */
        private static List<int[]> configurationsOf(SitingModel model, int i) throws Unsupported {
            LinearModel linear = model.linearModel();
            int types = model.chargers[i].length;
            int[] lo = new int[1 + types];
            int[] hi = new int[1 + types];
            long count = 1;
            for (int k = 0; k <= types; k++) {
                int column = k == 0 ? model.open[i] : model.chargers[i][k - 1];
                if (linear.type(column) == VariableType.CONTINUOUS) {
                    throw new Unsupported("a continuous site or charger column");
                }
                lo[k] = (int) Math.ceil(linear.lower(column) - 1e-9);
                hi[k] = (int) Math.floor(linear.upper(column) + 1e-9);
                count *= Math.max(0, hi[k] - lo[k] + 1);
            }
            if (count > MOST_CONFIGURATIONS) {
                throw new Unsupported(count + " charger configurations at site " + model.problem.sites().get(i).id());
            }
            List<int[]> all = new ArrayList<>();
            int[] point = lo.clone();
            while (count > 0) {
                all.add(point.clone());
                int k = types;
                while (k >= 0 && point[k] == hi[k]) {
                    point[k] = lo[k];
                    k--;
                }
                if (k < 0) {
                    break;
                }
                point[k]++;
            }
            return all;
        }

        /** Column values of a configuration at site i, by column (only y and n set). */
        private static double[] columnValues(SitingModel model, int i, int[] point) {
            double[] values = new double[1 + model.chargers[i].length];
            for (int k = 0; k < values.length; k++) {
                values[k] = point[k];
            }
            return values;
        }

        private static double siteColumnValue(SitingModel model, int i, int column, double[] values) {
            if (column == model.open[i]) {
                return values[0];
            }
            for (int k = 0; k < model.chargers[i].length; k++) {
                if (model.chargers[i][k] == column) {
                    return values[1 + k];
                }
            }
            return 0; // class energy: handled by α
        }

        private static boolean plainRowsHold(SitingModel model, int i, List<double[]> plainRows, double[] values) {
            for (double[] row : plainRows) {
                if (rowRoom(model.linearModel(), row, model, i, values) < -1e-9) {
                    return false;
                }
            }
            return true;
        }

        /** K_r: the row's right-hand side less its site and charger terms, in ≤ form. */
        private static double rowRoom(LinearModel linear, double[] row, SitingModel model, int i, double[] values) {
            int r = (int) row[0];
            double sign = row[1];
            double rhs = sign > 0 ? linear.rowUpper(r) : -linear.rowLower(r);
            for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
                rhs -= sign * linear.entryValue(k) * siteColumnValue(model, i, linear.entryColumn(k), values);
            }
            return rhs;
        }
    }
}
