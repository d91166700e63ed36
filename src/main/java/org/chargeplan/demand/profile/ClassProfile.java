package org.chargeplan.demand.profile;

import java.util.List;

/**
 * The hourly charging energy of one charger class over a session file.
 *
 * @param chargerClass the class
 * @param sessions     sessions used
 * @param kwh          their energy, kWh
 * @param kwhByHour    energy per clock hour 0..23 (hour 0 is 00:00-01:00), kWh, summing to {@code kwh}
 */
public record ClassProfile(ChargerClass chargerClass, int sessions, double kwh, List<Double> kwhByHour) {

    public ClassProfile {
        kwhByHour = List.copyOf(kwhByHour);
        if (kwhByHour.size() != 24 || sessions < 1 || !(kwh > 0)) {
            throw new IllegalArgumentException(chargerClass.name() + ": " + sessions + " sessions, " + kwh + " kWh");
        }
    }

    /** Share of the class's energy in each hour, summing to 1. */
    public List<Double> shares() {
        double sum = kwhByHour.stream().mapToDouble(Double::doubleValue).sum();
        return kwhByHour.stream().map(k -> k / sum).toList();
    }
}
