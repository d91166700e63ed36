package org.chargeplan.scenario;

/**
 * Battery storage that the plan may place beside a station, sized by the model (energy and power
 * separately), behind the station's meter: it charges from the grid and discharges into the
 * station's chargers, never back into the feeder.
 *
 * <p>Losses are split evenly between charging and discharging: with round-trip efficiency
 * {@code η}, one kWh drawn stores {@code √η} kWh and one kWh stored delivers {@code √η} kWh.
 *
 * @param costPerKwh          capital cost per kWh of energy capacity, currency units
 * @param costPerKw           capital cost per kW of power (inverter), currency units
 * @param roundTripEfficiency share of charged energy that comes back out, in (0, 1]
 * @param minSoc              lowest state of charge, share of the energy capacity, in [0, maxSoc)
 * @param maxSoc              highest state of charge, share of the energy capacity, in (minSoc, 1]
 * @param maxKwhPerSite       the largest energy capacity at one site, kWh
 * @param maxKwPerSite        the largest power at one site, kW
 */
public record StorageOption(double costPerKwh, double costPerKw, double roundTripEfficiency, double minSoc,
        double maxSoc, double maxKwhPerSite, double maxKwPerSite) {

    public StorageOption {
        if (!(costPerKwh >= 0) || !(costPerKw >= 0) || !(roundTripEfficiency > 0 && roundTripEfficiency <= 1)
                || !(minSoc >= 0 && minSoc < maxSoc && maxSoc <= 1) || !(maxKwhPerSite >= 0) || !(maxKwPerSite >= 0)) {
            throw new IllegalArgumentException("invalid storage option");
        }
    }

    /** Share of a kWh drawn from the grid that is stored, {@code √η}. */
    public double chargeEfficiency() {
        return Math.sqrt(roundTripEfficiency);
    }

    /** Share of a stored kWh that reaches the chargers, {@code √η}. */
    public double dischargeEfficiency() {
        return Math.sqrt(roundTripEfficiency);
    }
}
