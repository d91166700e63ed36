package org.chargeplan.siting;

/**
 * Capital cost {@code Σ_i c_i·y_i + Σ_ik c_k·(n_ik − e_ik)}, with site cost {@code c_i} (0 for
 * existing sites), charger cost {@code c_k} and existing chargers {@code e_ik} (already paid for).
 * It is bounded by the budget and, when minimising cost, is the objective.
 */
final class CostFamily {

    private CostFamily() {
    }

    static void add(SitingModel m, boolean isObjective, double budget) {
        var b = m.builder;
        var problem = m.problem;
        double existingValue = 0;
        if (Double.isFinite(budget)) {
            b.startRow("budget");
        }
        for (int i = 0; i < problem.sites().size(); i++) {
            Site site = problem.sites().get(i);
            addTerm(m, m.open[i], site.siteCost(), isObjective, budget);
            for (int k = 0; k < problem.chargerTypes().size(); k++) {
                double cost = problem.chargerTypes().get(k).costPerCharger();
                addTerm(m, m.chargers[i][k], cost, isObjective, budget);
                existingValue += cost * site.existingChargers(k);
            }
        }
        if (Double.isFinite(budget)) {
            b.endRow(Double.NEGATIVE_INFINITY, budget + existingValue);
        }
        if (isObjective) {
            m.objectiveConstant = -existingValue;
        }
    }

    private static void addTerm(SitingModel m, int column, double cost, boolean isObjective, double budget) {
        if (Double.isFinite(budget)) {
            m.builder.addEntry(column, cost);
        }
        if (isObjective) {
            m.builder.addObjective(column, cost);
        }
    }
}
