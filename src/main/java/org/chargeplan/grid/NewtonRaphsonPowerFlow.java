package org.chargeplan.grid;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * AC power flow of a radial or meshed feeder by Newton's method in polar coordinates (W. F. Tinney
 * and C. E. Hart, "Power flow solution by Newton's method", IEEE Trans. Power Apparatus and Systems
 * PAS-86(11), 1967).
 *
 * <p>The slack bus ({@link Feeder#slackBus()}) is held at {@link Feeder#slackVoltagePu()} and angle
 * 0; every other bus is PQ with a constant-power load. In-service branches are series impedances
 * {@code r + jx} (no shunt) assembled into the bus admittance matrix {@code Y}. From a flat start,
 * each iteration computes the injections {@code P_i − jQ_i = V_i* Σ_k Y_ik V_k}, and, while some
 * mismatch against the specified injections ({@code −load}) exceeds {@link #TOLERANCE_PU}, solves
 * {@code J·[Δθ; Δ|V|] = [ΔP; ΔQ]} and updates angles and magnitudes of the non-slack buses. Per unit
 * on 1 MVA and the slack bus's nominal voltage ({@code z_pu = ohm / kV²}); the feeder has no
 * transformers between voltage levels in this model.
 *
 * <p>Unlike {@link RadialPowerFlow} this handles loops (closed tie switches). The price is a dense
 * {@code Y} and a dense Jacobian of order {@code 2(n−1)}: O(n²) memory and O(n³) time per
 * iteration, fine for feeders of tens to a few hundred buses, not for thousands. If no solution is
 * found within {@value #MAX_ITERATIONS} iterations (an overloaded feeder has none), the result says
 * {@code converged == false}; nothing is thrown. Stateless after construction and thread-safe.
 */
public final class NewtonRaphsonPowerFlow {

    /** Convergence tolerance on every active and reactive power mismatch, p.u. of 1 MVA. */
    public static final double TOLERANCE_PU = 1e-10;
    private static final int MAX_ITERATIONS = 50;
    private static final double BASE_KVA = PerUnit.BASE_KVA;

    private final Feeder feeder;
    private final int slack;
    private final double[] rPu;
    private final double[] xPu;
    private final double[][] g;
    private final double[][] b;

    /**
     * Builds the admittance matrix of {@code feeder}.
     *
     * @throws IllegalArgumentException naming a bus that in-service branches do not connect to the
     *                                  slack bus (callers validate feeders first)
     */
    public NewtonRaphsonPowerFlow(Feeder feeder) {
        this.feeder = feeder;
        this.slack = feeder.slackBus();
        int n = feeder.buses().size();
        List<Branch> branches = feeder.branches();
        rPu = PerUnit.resistance(feeder);
        xPu = PerUnit.reactance(feeder);
        g = new double[n][n];
        b = new double[n][n];
        for (int l = 0; l < branches.size(); l++) {
            Branch branch = branches.get(l);
            if (!branch.inService()) {
                continue;
            }
            double z2 = rPu[l] * rPu[l] + xPu[l] * xPu[l];
            double gl = rPu[l] / z2;
            double bl = -xPu[l] / z2;
            int f = branch.fromBus();
            int t = branch.toBus();
            g[f][f] += gl;
            b[f][f] += bl;
            g[t][t] += gl;
            b[t][t] += bl;
            g[f][t] -= gl;
            b[f][t] -= bl;
            g[t][f] -= gl;
            b[t][f] -= bl;
        }
        requireConnected(feeder);
    }

    /** Every bus must be reachable from the slack bus through non-zero entries of Y. */
    private void requireConnected(Feeder feeder) {
        boolean[] reached = new boolean[g.length];
        reached[slack] = true;
        Deque<Integer> queue = new ArrayDeque<>(List.of(slack));
        while (!queue.isEmpty()) {
            int bus = queue.poll();
            for (int other = 0; other < g.length; other++) {
                if (!reached[other] && (g[bus][other] != 0 || b[bus][other] != 0)) {
                    reached[other] = true;
                    queue.add(other);
                }
            }
        }
        for (int bus = 0; bus < g.length; bus++) {
            if (!reached[bus]) {
                throw new IllegalArgumentException("bus " + feeder.buses().get(bus).id()
                        + " is not connected to the slack bus by in-service branches; close a branch to it or remove it");
            }
        }
    }

    /**
     * Solves for the given loads.
     *
     * @param loadKw   active load per bus, kW (positive = consumption; the slack bus's is ignored)
     * @param loadKvar reactive load per bus, kvar
     */
    public PowerFlowResult solve(double[] loadKw, double[] loadKvar) {
        int n = feeder.buses().size();
        // Unknowns: angle then magnitude of each non-slack bus; position[bus] is its row, -1 for the slack.
        int[] position = new int[n];
        int m = 0;
        for (int bus = 0; bus < n; bus++) {
            position[bus] = bus == slack ? -1 : m++;
        }
        double[] vm = new double[n];
        double[] va = new double[n];
        Arrays.fill(vm, feeder.slackVoltagePu());
        double[] p = new double[n];
        double[] q = new double[n];
        double[] mismatch = new double[2 * m];
        int iteration = 0;
        boolean converged = false;
        while (true) {
            injections(vm, va, p, q);
            double worst = 0;
            for (int bus = 0; bus < n; bus++) {
                if (bus != slack) {
                    mismatch[position[bus]] = -loadKw[bus] / BASE_KVA - p[bus];
                    mismatch[m + position[bus]] = -loadKvar[bus] / BASE_KVA - q[bus];
                    worst = Math.max(worst, Math.max(Math.abs(mismatch[position[bus]]),
                            Math.abs(mismatch[m + position[bus]])));
                }
            }
            converged = worst < TOLERANCE_PU;
            if (converged || !Double.isFinite(worst) || iteration == MAX_ITERATIONS) {
                break;
            }
            double[][] jacobian = jacobian(vm, va, p, q, position, m);
            if (!solveInPlace(jacobian, mismatch)) {
                break;
            }
            iteration++;
            for (int bus = 0; bus < n; bus++) {
                if (bus != slack) {
                    va[bus] += mismatch[position[bus]];
                    vm[bus] += mismatch[m + position[bus]];
                }
            }
        }
        return result(converged, iteration, vm, va);
    }

    /** P_i + jQ_i = V_i · conj(Σ_k Y_ik V_k), in polar form. */
    private void injections(double[] vm, double[] va, double[] p, double[] q) {
        int n = vm.length;
        for (int i = 0; i < n; i++) {
            double pi = 0;
            double qi = 0;
            for (int k = 0; k < n; k++) {
                if (g[i][k] != 0 || b[i][k] != 0) {
                    double cos = Math.cos(va[i] - va[k]);
                    double sin = Math.sin(va[i] - va[k]);
                    pi += vm[k] * (g[i][k] * cos + b[i][k] * sin);
                    qi += vm[k] * (g[i][k] * sin - b[i][k] * cos);
                }
            }
            p[i] = vm[i] * pi;
            q[i] = vm[i] * qi;
        }
    }

    /** ∂[P; Q]/∂[θ; |V|] over the non-slack buses (Tinney and Hart's partial derivatives). */
    private double[][] jacobian(double[] vm, double[] va, double[] p, double[] q, int[] position, int m) {
        int n = vm.length;
        double[][] jacobian = new double[2 * m][2 * m];
        for (int i = 0; i < n; i++) {
            if (i == slack) {
                continue;
            }
            int row = position[i];
            for (int k = 0; k < n; k++) {
                if (k == slack || k == i || (g[i][k] == 0 && b[i][k] == 0)) {
                    continue;
                }
                int col = position[k];
                double cos = Math.cos(va[i] - va[k]);
                double sin = Math.sin(va[i] - va[k]);
                double along = g[i][k] * cos + b[i][k] * sin;
                double across = g[i][k] * sin - b[i][k] * cos;
                jacobian[row][col] = vm[i] * vm[k] * across;
                jacobian[row][m + col] = vm[i] * along;
                jacobian[m + row][col] = -vm[i] * vm[k] * along;
                jacobian[m + row][m + col] = vm[i] * across;
            }
            double v2 = vm[i] * vm[i];
            jacobian[row][row] = -q[i] - b[i][i] * v2;
            jacobian[row][m + row] = p[i] / vm[i] + g[i][i] * vm[i];
            jacobian[m + row][row] = p[i] - g[i][i] * v2;
            jacobian[m + row][m + row] = q[i] / vm[i] - b[i][i] * vm[i];
        }
        return jacobian;
    }

    private PowerFlowResult result(boolean converged, int iterations, double[] vm, double[] va) {
        List<Branch> branches = feeder.branches();
        double[] flowKva = new double[branches.size()];
        double lossesKw = 0;
        double lossesKvar = 0;
        for (int l = 0; l < branches.size(); l++) {
            Branch branch = branches.get(l);
            if (!branch.inService()) {
                continue;
            }
            int f = branch.fromBus();
            int t = branch.toBus();
            double dRe = vm[f] * Math.cos(va[f]) - vm[t] * Math.cos(va[t]);
            double dIm = vm[f] * Math.sin(va[f]) - vm[t] * Math.sin(va[t]);
            // |I| = |V_f − V_t| / |z|, and |S_f| = |V_f|·|I|.
            double current2 = (dRe * dRe + dIm * dIm) / (rPu[l] * rPu[l] + xPu[l] * xPu[l]);
            lossesKw += current2 * rPu[l] * BASE_KVA;
            lossesKvar += current2 * xPu[l] * BASE_KVA;
            flowKva[l] = vm[f] * Math.sqrt(current2) * BASE_KVA;
        }
        return new PowerFlowResult(converged, iterations, vm.clone(), flowKva, lossesKw, lossesKvar);
    }

    /**
     * Overwrites {@code rhs} with the solution of {@code a·x = rhs} by dense LU factorisation with
     * partial pivoting, applied to {@code rhs} as it is formed (each Jacobian is solved once, so the
     * factors are not kept); false if {@code a} is singular. Written here rather than taken from
     * ojAlgo so that the grid package stays independent of the optimisation library; the systems
     * are small (a few hundred unknowns), so a plain loop is fast enough.
     */
    private static boolean solveInPlace(double[][] a, double[] rhs) {
        int size = rhs.length;
        for (int col = 0; col < size; col++) {
            int pivot = col;
            for (int row = col + 1; row < size; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(a[pivot][col]) > 0)) {
                return false;
            }
            double[] swap = a[pivot];
            a[pivot] = a[col];
            a[col] = swap;
            double swapRhs = rhs[pivot];
            rhs[pivot] = rhs[col];
            rhs[col] = swapRhs;
            // Rows up to col are final; below it, columns before col are already zero.
            for (int row = col + 1; row < size; row++) {
                double factor = a[row][col] / a[col][col];
                if (factor != 0) {
                    for (int k = col; k < size; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                    rhs[row] -= factor * rhs[col];
                }
            }
        }
        for (int row = size - 1; row >= 0; row--) {
            double sum = rhs[row];
            for (int k = row + 1; k < size; k++) {
                sum -= a[row][k] * rhs[k];
            }
            rhs[row] = sum / a[row][row];
        }
        return true;
    }
}
