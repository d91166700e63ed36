package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.SolveResult;

/**
 * The siting MILP of DESIGN.md built from a {@link SitingProblem}, with the column index of every
 * decision so that a solution can be read back into a {@link Plan}.
 *
 * <p>Columns: {@code y_i} (open site, binary), {@code n_ik} (chargers, integer),
 * {@code a_dp} (share of demand {@code d} served at its {@code p}-th reachable site, in [0, 1]) and
 * {@code A_ic} (energy of class {@code c} served at site {@code i}, kWh/day), and when offered
 * battery storage and transformer upgrades. Rows come from one class per family:
 * {@link SiteFamily}, {@link CoverageFamily}, {@link ChargerCapacityFamily}, {@link StorageFamily},
 * {@link UpgradeFamily}, {@link TransformerFamily}, {@link VoltageFamily}, {@link BranchFlowFamily},
 * {@link SiteEnergyBoundFamily}, {@link CostFamily}, {@link OperatingCostFamily}.
 */
public final class SitingModel {

    /** What the model optimises. */
    public enum Goal {
        /** Maximise served energy (budget row applies). */
        MAX_SERVED,
        /**
         * Minimise cost in the scenario's basis: capital less any subsidy, or the equivalent annual
         * cost (budget row applies when finite, served-energy floor given).
         */
        MIN_COST
    }

    private static final double SERVED_SLACK = 1e-7;

    final SitingProblem problem;
    final LinearModel.Builder builder;
    final int[] open;
    final int[][] chargers;
    final int[][] share;
    final int[][] classEnergy;
    /** Column of {@code z_q} per OD path (range-limited flows). */
    final int[] served;
    /** Served-value terms of the flows: {column, value per unit}, added to the served floor. */
    final List<double[]> servedTerms = new ArrayList<>();
    /** Capacitated charging columns: {path, position, site, column}. */
    final List<int[]> charges = new ArrayList<>();
    /** Per site, flow charging energy terms {column, kWh/day per unit} of the flows' class. */
    final List<List<double[]>> flowEnergy = new ArrayList<>();
    /** Per site, the most flow charging energy it could serve, kWh/day. */
    final double[] flowEnergyBoundKwh;
    /** Storage columns per site (-1 or null where the site has none): E_i, P_i, ch_it, dis_it, s_it. */
    final int[] storageEnergy;
    final int[] storagePower;
    final int[][] storageCharge;
    final int[][] storageDischarge;
    final int[][] storageLevel;
    /** Upgrade steps column per transformer, -1 where none. */
    final int[] upgrade;
    /** Peak grid draw column per site for the demand charge, -1 where none. */
    final int[] peakDraw;
    private LinearModel model;
    Goal goal;
    double minimumServedKwh;
    private Optional<Map<String, Integer>> columnsByName;
    private Optional<LagrangianBound> lagrangian;
    double objectiveConstant;

    private SitingModel(SitingProblem problem, LinearModel.Sense sense) {
        this.problem = problem;
        this.builder = new LinearModel.Builder(sense);
        int siteCount = problem.sites().size();
        this.open = new int[siteCount];
        this.chargers = new int[siteCount][problem.chargerTypes().size()];
        this.share = new int[problem.demand().size()][];
        this.classEnergy = new int[siteCount][problem.profiles().size()];
        for (int[] row : classEnergy) {
            Arrays.fill(row, -1);
        }
        this.served = new int[problem.flows().map(f -> f.paths().size()).orElse(0)];
        for (int i = 0; i < siteCount; i++) {
            flowEnergy.add(new ArrayList<>());
        }
        this.flowEnergyBoundKwh = new double[siteCount];
        this.storageEnergy = filled(siteCount);
        this.storagePower = filled(siteCount);
        this.storageCharge = new int[siteCount][];
        this.storageDischarge = new int[siteCount][];
        this.storageLevel = new int[siteCount][];
        this.upgrade = filled(problem.feeder().map(f -> f.transformers().size()).orElse(0));
        this.peakDraw = filled(siteCount);
    }

    private static int[] filled(int length) {
        int[] columns = new int[length];
        Arrays.fill(columns, -1);
        return columns;
    }

    /**
     * Builds the model.
     *
     * @param problem          the instance
     * @param goal             the objective
     * @param minimumServedKwh a floor on the served value, kWh/day plus the weighted served trips of
     *                         range-limited flows (0 for none)
     */
    public static SitingModel build(SitingProblem problem, Goal goal, double minimumServedKwh) {
        SitingModel m = new SitingModel(problem,
                goal == Goal.MAX_SERVED ? LinearModel.Sense.MAXIMISE : LinearModel.Sense.MINIMISE);
        SiteFamily.add(m);
        RangeFamily.add(m, goal == Goal.MAX_SERVED);
        CoverageFamily.add(m, goal == Goal.MAX_SERVED, minimumServedKwh);
        StationCountFamily.add(m);
        ChargerCapacityFamily.add(m);
        StorageFamily.add(m);
        UpgradeFamily.add(m);
        TransformerFamily.add(m);
        VoltageFamily.add(m);
        BranchFlowFamily.add(m);
        SiteEnergyBoundFamily.add(m);
        CostFamily.add(m, goal == Goal.MIN_COST, problem.objective().budget());
        OperatingCostFamily.add(m, goal == Goal.MIN_COST);
        m.model = m.builder.build();
        m.goal = goal;
        m.minimumServedKwh = minimumServedKwh;
        return m;
    }

    /**
     * The served-energy floor of the lexicographic second phase (cheapest plan at the best coverage),
     * kWh/day: the first phase's optimum less a relative 1e-7, so that solver tolerances cannot
     * make the second phase infeasible.
     */
    public static double cheapestPhaseFloor(double servedOptimumKwh) {
        return servedOptimumKwh * (1 - SERVED_SLACK) - 1e-9;
    }

    /**
     * For the max-served goal, a bound no plan can beat: the energy of every demand point that can
     * reach some site, kWh/day ({@code NaN} for other goals and with range-limited flows). When a plan serves this much, it is
     * optimal without any solve.
     */
    public double servedUpperBound() {
        if (model.sense() != LinearModel.Sense.MAXIMISE || problem.flows().isPresent()) {
            return Double.NaN;
        }
        double total = 0;
        for (int d = 0; d < problem.demand().size(); d++) {
            total += problem.reach().get(d).isEmpty() ? 0 : problem.demand().get(d).energyKwhPerDay();
        }
        return total;
    }

    /**
     * Column index by column name, built on first use and kept (the warm start maps the LPs of
     * its designs back with it); empty when names repeat (site or demand ids that collide).
     */
    Optional<Map<String, Integer>> columnsByName() {
        if (columnsByName == null) {
            Map<String, Integer> byName = new HashMap<>(2 * model.columnCount());
            for (int j = 0; j < model.columnCount(); j++) {
                byName.put(model.columnName(j), j);
            }
            columnsByName = byName.size() == model.columnCount() ? Optional.of(byName) : Optional.empty();
        }
        return columnsByName;
    }

    /**
     * The Lagrangian relaxation of this model, read on first use and kept (reading it walks every
     * row; the solver asks whether it applies before the kernel search runs it); empty when it
     * does not cover the model.
     */
    Optional<LagrangianBound> lagrangian() {
        if (lagrangian == null) {
            lagrangian = LagrangianBound.of(this);
        }
        return lagrangian;
    }

    public LinearModel linearModel() {
        return model;
    }

    /**
     * A constant to add to the linear model's objective to get the quantity reported to users
     * (for cost, minus the value of chargers that already exist).
     */
    public double objectiveConstant() {
        return objectiveConstant;
    }

    /** Reads a solution into a plan: integers rounded, shares below 1e-9 dropped, sorted. */
    public Plan decode(SolveResult result) {
        List<Plan.SitePlan> sites = new ArrayList<>();
        for (int i = 0; i < problem.sites().size(); i++) {
            boolean isOpen = result.value(open[i]) > 0.5;
            List<Integer> counts = new ArrayList<>();
            int total = 0;
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                int count = isOpen ? (int) Math.rint(result.value(chargers[i][k])) : 0;
                counts.add(count);
                total += count;
            }
            // A new site "opened" without chargers (free sites tie) has no capacity and serves nothing:
            // it is not built.
            isOpen = isOpen && (total > 0 || problem.sites().get(i).existing());
            sites.add(new Plan.SitePlan(i, isOpen, counts));
        }
        List<Plan.Assignment> assignments = new ArrayList<>();
        for (int d = 0; d < share.length; d++) {
            var reach = problem.reach().get(d);
            for (int p = 0; p < reach.size(); p++) {
                double value = Math.min(1, result.value(share[d][p]));
                int site = reach.get(p).target();
                if (value > 1e-9 && sites.get(site).open()) {
                    assignments.add(new Plan.Assignment(d, site, value));
                }
            }
        }
        assignments.sort((a, b) -> a.demand() != b.demand() ? Integer.compare(a.demand(), b.demand())
                : Integer.compare(a.site(), b.site()));
        return new Plan(sites, assignments, servedPaths(result), storage(result, sites), upgrades(result));
    }

    /** Batteries with energy above 1e-6 kWh at open sites; hourly values below 1e-9 kW read as 0. */
    private List<Plan.Storage> storage(SolveResult result, List<Plan.SitePlan> sites) {
        List<Plan.Storage> storage = new ArrayList<>();
        for (int i = 0; i < storageEnergy.length; i++) {
            if (storageEnergy[i] < 0 || !sites.get(i).open() || result.value(storageEnergy[i]) <= 1e-6) {
                continue;
            }
            List<Double> charge = new ArrayList<>();
            List<Double> discharge = new ArrayList<>();
            double efficiency = problem.investment().storage().orElseThrow().roundTripEfficiency();
            for (int t = 0; t < SitingProblem.HOURS; t++) {
                double ch = clean(result.value(storageCharge[i][t]));
                double dis = clean(result.value(storageDischarge[i][t]));
                // Charging and discharging in the same hour only burns energy; when the objective is
                // indifferent the solver may still return it. Net it out: δ less charge and η·δ less
                // discharge leave the stored energy as it was and lower the grid draw by (1 − η)·δ,
                // so every row still holds; δ stops where the draw would turn negative.
                double draw = 0;
                for (double[] term : GridDraw.terms(this, i, t)) {
                    draw += term[1] * result.value((int) term[0]);
                }
                double delta = Math.min(ch, dis / efficiency);
                if (efficiency < 1) {
                    delta = Math.min(delta, Math.max(0, draw) / (1 - efficiency));
                }
                charge.add(clean(ch - delta));
                discharge.add(clean(dis - efficiency * delta));
            }
            storage.add(new Plan.Storage(i, result.value(storageEnergy[i]), result.value(storagePower[i]),
                    Math.max(0, result.value(storageLevel[i][0])), charge, discharge));
        }
        return storage;
    }

    private static double clean(double value) {
        return value > 1e-9 ? value : 0;
    }

    /** Upgrade steps per transformer, or an empty list when none is bought. */
    private List<Integer> upgrades(SolveResult result) {
        List<Integer> steps = new ArrayList<>();
        boolean any = false;
        for (int column : upgrade) {
            int n = column >= 0 ? (int) Math.rint(result.value(column)) : 0;
            steps.add(n);
            any |= n > 0;
        }
        return any ? steps : List.of();
    }

    private List<Plan.ServedPath> servedPaths(SolveResult result) {
        List<List<Plan.Charge>> chargesByPath = new ArrayList<>();
        for (int q = 0; q < served.length; q++) {
            chargesByPath.add(new ArrayList<>());
        }
        for (int[] c : charges) {
            double km = result.value(c[3]);
            if (km > 1e-9) {
                chargesByPath.get(c[0]).add(new Plan.Charge(c[1], c[2], km));
            }
        }
        List<Plan.ServedPath> paths = new ArrayList<>();
        for (int q = 0; q < served.length; q++) {
            if (result.value(served[q]) > 0.5) {
                paths.add(new Plan.ServedPath(q, chargesByPath.get(q)));
            }
        }
        return paths;
    }
}
