package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.List;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.VariableType;

/**
 * A site's charger configurations for the {@link LagrangianBound}: every {@code (y, n_1..n_K)}
 * within the columns' bounds, the room each leaves in the site's own rows, and the pruning of
 * configurations that another one dominates.
 */
final class SiteConfigurations {

    private SiteConfigurations() {
    }

    /**
     * Drops open configurations that another open one dominates: no dearer and at least as much
     * room in every local row, so worth at least as much at any multipliers, which leaves the
     * knapsack's optimum as it was. Not when a charger column is in a relaxed row (its
     * multiplier could then make more chargers worth less).
     */
    static void undominated(List<int[]> kept, List<double[]> capacity, List<Double> cost, boolean joined) {
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

    static boolean chargersJoined(SitingModel model, int i, boolean[] joinedColumns) {
        for (int column : model.chargers[i]) {
            if (joinedColumns[column]) {
                return true;
            }
        }
        return false;
    }

    /** Every (y, n_1..n_K) within the columns' bounds, y first; refuses too many. */
    static List<int[]> configurationsOf(SitingModel model, int i) throws LagrangianModelShape.Unsupported {
        LinearModel linear = model.linearModel();
        int types = model.chargers[i].length;
        int[] lo = new int[1 + types];
        int[] hi = new int[1 + types];
        long count = 1;
        for (int k = 0; k <= types; k++) {
            int column = k == 0 ? model.open[i] : model.chargers[i][k - 1];
            if (linear.type(column) == VariableType.CONTINUOUS) {
                throw new LagrangianModelShape.Unsupported("a continuous site or charger column");
            }
            lo[k] = (int) Math.ceil(linear.lower(column) - 1e-9);
            hi[k] = (int) Math.floor(linear.upper(column) + 1e-9);
            count *= Math.max(0, hi[k] - lo[k] + 1);
        }
        if (count > LagrangianBound.MOST_CONFIGURATIONS) {
            throw new LagrangianModelShape.Unsupported(count + " charger configurations at site " + model.problem.sites().get(i).id());
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
    static double[] columnValues(SitingModel model, int i, int[] point) {
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

    static boolean plainRowsHold(SitingModel model, int i, List<double[]> plainRows, double[] values) {
        for (double[] row : plainRows) {
            if (rowRoom(model.linearModel(), row, model, i, values) < -1e-9) {
                return false;
            }
        }
        return true;
    }

    /** K_r: the row's right-hand side less its site and charger terms, in ≤ form. */
    static double rowRoom(LinearModel linear, double[] row, SitingModel model, int i, double[] values) {
        int r = (int) row[0];
        double sign = row[1];
        double rhs = sign > 0 ? linear.rowUpper(r) : -linear.rowLower(r);
        for (int k = linear.rowStart(r); k < linear.rowEnd(r); k++) {
            rhs -= sign * linear.entryValue(k) * siteColumnValue(model, i, linear.entryColumn(k), values);
        }
        return rhs;
    }
}
