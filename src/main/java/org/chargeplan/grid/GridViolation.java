package org.chargeplan.grid;

/**
 * A limit broken in one hour.
 *
 * @param hour    hour of the day, 0-23
 * @param kind    what kind of limit
 * @param element the bus, branch or transformer id
 * @param value   the value reached: p.u. for a voltage, kVA for a branch, kW for a transformer
 * @param limit   the limit, in the same unit
 */
public record GridViolation(int hour, Kind kind, String element, double value, double limit) {

    /** Relative tolerance beyond which a limit counts as broken. */
    public static final double TOLERANCE = 1e-6;

    /**
     * Adds to {@code found} every limit broken in one hour: bus voltage below the feeder's minimum,
     * flow above a rated branch's rating, transformer active load above rating × power factor.
     *
     * @param voltagePu     voltage per bus, p.u.
     * @param flowKva       apparent power per branch, kVA
     * @param transformerKw active load per transformer, kW
     */
    public static void collect(Feeder feeder, int hour, double[] voltagePu, double[] flowKva, double[] transformerKw,
            java.util.List<GridViolation> found) {
        for (int b = 0; b < feeder.buses().size(); b++) {
            if (voltagePu[b] < feeder.minVoltagePu() * (1 - TOLERANCE)) {
                found.add(new GridViolation(hour, Kind.VOLTAGE, feeder.buses().get(b).id(), voltagePu[b],
                        feeder.minVoltagePu()));
            }
        }
        for (int l = 0; l < feeder.branches().size(); l++) {
            Branch branch = feeder.branches().get(l);
            if (branch.ratingKva().isPresent() && flowKva[l] > branch.ratingKva().getAsDouble() * (1 + TOLERANCE)) {
                found.add(new GridViolation(hour, Kind.BRANCH, branch.id(), flowKva[l], branch.ratingKva().getAsDouble()));
            }
        }
        for (int m = 0; m < feeder.transformers().size(); m++) {
            Transformer transformer = feeder.transformers().get(m);
            if (transformerKw[m] > transformer.limitKw() * (1 + TOLERANCE)) {
                found.add(new GridViolation(hour, Kind.TRANSFORMER, transformer.id(), transformerKw[m],
                        transformer.limitKw()));
            }
        }
    }

    /** Kinds of limit. */
    public enum Kind {
        /** Bus voltage below the feeder's minimum (p.u.). */
        VOLTAGE,
        /** Branch apparent power above its rating (kVA). */
        BRANCH,
        /** Transformer active load above rating × power factor (kW). */
        TRANSFORMER;

        /** Lower-case name for files. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
