package org.chargeplan.siting;

import org.chargeplan.scenario.CostPart;
import org.chargeplan.scenario.Economics;

/**
 * Capital cost by part ({@link CostPart}):
 *
 * <pre>
 *   K = Σ_i (c_i + c_conn·ℓ_i)·y_i  +  Σ_ik c_k·(n_ik − e_ik)  +  Σ_i (c_E·E_i + c_P·P_i)  +  Σ_m c_u·u_m
 * </pre>
 *
 * with site cost {@code c_i} (0 for existing sites), connection cost per km {@code c_conn} and
 * distance to the bus {@code ℓ_i} (km, new sites only), charger cost {@code c_k} and existing
 * chargers {@code e_ik} (already paid for), storage costs per kWh and kW ({@link StorageFamily})
 * and upgrade steps ({@link UpgradeFamily}). The budget bounds what the plan pays,
 * {@code (1 − subsidy)·K ≤ B}. When minimising cost, each part enters the objective with its
 * {@link Economics#weight} ({@code 1 − subsidy}, times its capital recovery factor on the annual
 * basis); operating costs are added by {@link OperatingCostFamily}.
 */
final class CostFamily {

    private CostFamily() {
    }

    static void add(SitingModel m, boolean isObjective, double budget) {
        var b = m.builder;
        var problem = m.problem;
        Economics economics = problem.investment().economics();
        boolean budgeted = Double.isFinite(budget);
        Cost cost = new Cost(m, isObjective, budgeted, economics);
        if (budgeted) {
            b.startRow("budget");
        }
        double existingValue = 0;
        for (int i = 0; i < problem.sites().size(); i++) {
            Site site = problem.sites().get(i);
            cost.add(m.open[i], site.siteCost(), CostPart.SITES);
            cost.add(m.open[i], problem.connectionCost(i), CostPart.CONNECTION);
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                double perCharger = problem.chargerTypes().get(k).costPerCharger();
                cost.add(m.chargers[i][k], perCharger, CostPart.CHARGERS);
                existingValue += perCharger * site.existingChargers(k);
            }
            if (m.storageEnergy[i] >= 0) {
                var storage = problem.investment().storage().orElseThrow();
                cost.add(m.storageEnergy[i], storage.costPerKwh(), CostPart.STORAGE);
                cost.add(m.storagePower[i], storage.costPerKw(), CostPart.STORAGE);
            }
        }
        for (int column : m.upgrade) {
            if (column >= 0) {
                cost.add(column, problem.investment().upgrades().orElseThrow().costPerStep(), CostPart.UPGRADES);
            }
        }
        if (budgeted) {
            b.endRow(Double.NEGATIVE_INFINITY, budget / (1 - economics.subsidyShare()) + existingValue);
        }
        if (isObjective) {
            m.objectiveConstant = -economics.weight(CostPart.CHARGERS) * existingValue;
        }
    }

    /** Adds capital terms to the budget row and, weighted, to the objective. */
    private record Cost(SitingModel m, boolean isObjective, boolean budgeted, Economics economics) {
        void add(int column, double capital, CostPart part) {
            if (capital == 0) {
                return;
            }
            if (budgeted) {
                m.builder.addEntry(column, capital);
            }
            if (isObjective) {
                m.builder.addObjective(column, capital * economics.weight(part));
            }
        }
    }
}
