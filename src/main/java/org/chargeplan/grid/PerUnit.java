package org.chargeplan.grid;

/**
 * The per-unit system every power-flow class here uses: 1 MVA and the slack bus's nominal voltage,
 * so {@code z_pu = z_ohm / (kV² / 1 MVA)} and {@code s_pu = s_kVA / 1000}. The feeder model has no
 * transformers between voltage levels, so one voltage base serves all buses.
 */
final class PerUnit {

    /** Power base, kVA. */
    static final double BASE_KVA = 1000;

    private PerUnit() {
    }

    /** Each branch's series resistance in p.u. (by branch index). */
    static double[] resistance(Feeder feeder) {
        double zBase = impedanceBaseOhm(feeder);
        double[] r = new double[feeder.branches().size()];
        for (int l = 0; l < r.length; l++) {
            r[l] = feeder.branches().get(l).rOhm() / zBase;
        }
        return r;
    }

    /** Each branch's series reactance in p.u. (by branch index). */
    static double[] reactance(Feeder feeder) {
        double zBase = impedanceBaseOhm(feeder);
        double[] x = new double[feeder.branches().size()];
        for (int l = 0; l < x.length; l++) {
            x[l] = feeder.branches().get(l).xOhm() / zBase;
        }
        return x;
    }

    /** The impedance base, ohms: kV² / MVA at the slack bus's nominal voltage. */
    static double impedanceBaseOhm(Feeder feeder) {
        double baseKv = feeder.buses().get(feeder.slackBus()).nominalKv();
        return baseKv * baseKv / (BASE_KVA / 1000);
    }
}
