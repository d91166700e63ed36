package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chargeplan.solve.LinearModel;

/** Reads the model's rows into the relaxation's parts; refuses what it does not cover. */
final class LagrangianModelShape {

    /** A part of the model the relaxation does not cover. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private LagrangianModelShape() {
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
            for (int[] point : SiteConfigurations.configurationsOf(model, i)) {
                double[] values = SiteConfigurations.columnValues(model, i, point);
                if (!SiteConfigurations.plainRowsHold(model, i, plainRows, values)) {
                    continue;
                }
                double[] rhs = new double[energyRows.size()];
                boolean roomy = true;
                for (int r = 0; r < energyRows.size(); r++) {
                    rhs[r] = SiteConfigurations.rowRoom(linear, energyRows.get(r), model, i, values);
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
            SiteConfigurations.undominated(kept, keptCapacity, keptCost, SiteConfigurations.chargersJoined(model, i, joinedColumns));
            configurations[i] = kept.toArray(new int[0][]);
            capacity[i] = keptCapacity.toArray(new double[0][]);
            configurationCost[i] = keptCost.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double budget = budgetRow >= 0 ? linear.rowUpper(budgetRow) : Double.POSITIVE_INFINITY;
        return new LagrangianBound(model, onceRow, pairDemand, pairColumn, configurations, configurationCost,
                capacity, alpha, joins, budget);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
