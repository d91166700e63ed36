package org.chargeplan.scenario;

import java.util.Optional;

/**
 * What a plan may buy beyond sites and chargers, and how its cost is counted.
 *
 * @param storage   battery storage at sites, when the scenario offers it
 * @param upgrades  transformer upgrade steps, when the scenario offers them
 * @param economics the cost basis (capital, or annual with energy and demand charges)
 */
public record Investment(Optional<StorageOption> storage, Optional<UpgradeOption> upgrades, Economics economics) {

    /** Sites and chargers only, capital cost. */
    public static final Investment NONE = new Investment(Optional.empty(), Optional.empty(), Economics.CAPITAL_ONLY);
}
