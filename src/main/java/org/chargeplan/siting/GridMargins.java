package org.chargeplan.siting;

/**
 * How much tighter than the feeder's limits the linearised grid rows are held, so that the AC
 * power flow, which sees the losses LinDistFlow ignores, also meets them. Both start at 0 and are
 * raised by {@link AcCheckedPlanner} when the AC check finds a limit broken.
 *
 * @param voltagePu    added to the minimum voltage, p.u.
 * @param thermalShare share of every branch rating held back, in [0, 1)
 */
public record GridMargins(double voltagePu, double thermalShare) {

    /** No margins. */
    public static final GridMargins NONE = new GridMargins(0, 0);

    public GridMargins {
        if (!(voltagePu >= 0) || !(thermalShare >= 0 && thermalShare < 1)) {
            throw new IllegalArgumentException("margins must be >= 0 (thermal below 1)");
        }
    }
}
