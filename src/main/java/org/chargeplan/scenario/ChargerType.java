package org.chargeplan.scenario;

/**
 * A kind of charger that can be installed at a site.
 *
 * @param id             short identifier used in files and outputs, e.g. {@code ac22}
 * @param powerKw        rated power of one charger, kW
 * @param costPerCharger capital cost of one charger including installation, currency units
 * @param utilisation    share of the rated power one charger delivers on average over an hour when
 *                       busy (plug-in gaps, tapering), in (0, 1]
 * @param maxPerSite     the most chargers of this kind one site can take (default; a candidate
 *                       may lower or raise it)
 */
public record ChargerType(String id, double powerKw, double costPerCharger, double utilisation,
        int maxPerSite) {

    public ChargerType {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("charger type needs an id");
        }
        if (!(powerKw > 0) || !(costPerCharger >= 0) || !(utilisation > 0 && utilisation <= 1)
                || maxPerSite < 0) {
            throw new IllegalArgumentException("invalid charger type " + id);
        }
    }

    /** Energy one charger can deliver in one hour, kWh (= usable kW). */
    public double usableKw() {
        return powerKw * utilisation;
    }
}
