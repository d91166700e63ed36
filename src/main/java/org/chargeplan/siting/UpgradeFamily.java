package org.chargeplan.siting;

import org.chargeplan.solve.VariableType;

/**
 * Transformer upgrade decisions (when the scenario offers them): {@code u_m ∈ {0, …, U}} whole
 * steps at each transformer that supplies a site with demand. Each step adds
 * {@code ΔS·pf_m} kW of room to that transformer's hourly rows ({@link TransformerFamily}) and
 * costs {@code c_u} ({@link CostFamily}).
 */
final class UpgradeFamily {

    private UpgradeFamily() {
    }

    static void add(SitingModel m) {
        var problem = m.problem;
        if (!problem.upgradesOffered()) {
            return;
        }
        int maxSteps = problem.investment().upgrades().orElseThrow().maxSteps();
        var transformers = problem.feeder().orElseThrow().transformers();
        for (int i = 0; i < problem.sites().size(); i++) {
            var transformer = problem.sites().get(i).transformer();
            if (transformer.isEmpty() || !ChargerCapacityFamily.hasDemand(m, i) || m.upgrade[transformer.getAsInt()] >= 0) {
                continue;
            }
            int tr = transformer.getAsInt();
            m.upgrade[tr] = m.builder.addColumn("upgrade_" + transformers.get(tr).id(), 0, maxSteps, VariableType.INTEGER, 0);
        }
    }
}
