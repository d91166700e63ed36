package org.chargeplan.scenario;

/**
 * Transformer upgrades the plan may buy: each transformer's rating can be raised in whole steps.
 * A step adds {@code stepKva × powerFactor} kW of room for charging (the transformer's own power
 * factor, as for its rating).
 *
 * @param stepKva     rating added by one step, kVA
 * @param costPerStep capital cost of one step, currency units
 * @param maxSteps    the most steps at one transformer
 */
public record UpgradeOption(double stepKva, double costPerStep, int maxSteps) {

    public UpgradeOption {
        if (!(stepKva > 0) || !(costPerStep >= 0) || maxSteps < 0) {
            throw new IllegalArgumentException("invalid upgrade option");
        }
    }
}
