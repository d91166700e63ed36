package org.chargeplan.grid;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Hosting capacity of each bus of a radial feeder for charging load: the largest extra charging
 * load that a bus can take, on top of the feeder's base load, in every hour of its series (a day or a year) without
 * breaking a limit that {@link GridImpact#violations()} checks (bus voltage below the feeder's
 * minimum, branch flow above its rating, transformer active load above rating × power factor).
 *
 * <p><b>Load shape.</b> The extra load is charging with a given 24-hour profile: {@code H} kW of
 * hosting at bus {@code b} means {@code H · s_t / max_u s_u} kW at {@code b} in hour {@code t}
 * (unity power factor, as in {@link GridImpact}), where {@code s_t} are the profile's shares. So
 * {@code H} is the load in the profile's peak hour, and the other hours scale with it.
 *
 * <p><b>Algorithm.</b> For each non-slack bus on its own (the other buses carry base load only),
 * the AC power flow of every hour of the series with load {@code H} is the oracle: {@code H} is feasible when it
 * converges in every hour and breaks no limit. Starting from {@code H = 0}, the bracket
 * {@code [feasible, infeasible]} is found by doubling from {@value #FIRST_STEP_KW} kW up to
 * {@value #UPPER_BOUND_KW} kW, then bisected until it is at most {@value #TOLERANCE_KW} kW wide
 * (0.1 % or better for capacities of 10 kW and more; 15 to 30 power-flow series per bus).
 * The reported capacity is the feasible end, so adding it breaks no limit. Bisection is valid
 * because the violations are monotone in {@code H}: on a radial feeder with positive
 * constant-power loads, more load at a bus raises the flow in every branch on its path to the
 * substation and lowers every bus voltage (on the upper side of the voltage-collapse point, far
 * below any minimum voltage used in planning), lower voltages only raise the currents and losses
 * elsewhere, and the load of the bus's own transformer grows linearly. So once a limit breaks, it
 * stays broken for every larger {@code H}.
 *
 * <p><b>Results.</b> One {@link BusHosting} per non-slack bus, in feeder order. Its binding limit is
 * the first violation, in {@link GridImpact#violations()} order (by hour, then kind, then element
 * in feeder order), at the infeasible end of the bracket, i.e. within the tolerance above the
 * reported capacity. When the base load alone already breaks a limit, every bus has capacity 0 and
 * that first violation as binding. When nothing breaks up to {@value #UPPER_BOUND_KW} kW, the
 * capacity is that bound and the binding limit is empty; it is empty too in the unlikely cases that
 * the power flow stops converging before any limit breaks (a minimum voltage near 0) or does not
 * converge for the base load alone (capacity 0).
 *
 * <p>Thread-safe; buses are computed in parallel (each with its own power flows) and returned in
 * feeder order, so the result does not depend on scheduling.
 */
public final class HostingCapacity {

    /** Highest capacity searched, kW (100 MW, beyond any distribution feeder). */
    public static final double UPPER_BOUND_KW = 100_000;
    /** Bracket width at which bisection stops, kW. */
    public static final double TOLERANCE_KW = 0.01;
    private static final double FIRST_STEP_KW = 100;

    /**
     * Hosting capacity of one bus.
     *
     * @param bus       index of the bus in its feeder
     * @param hostingKw largest extra charging load, kW in the profile's peak hour, that breaks no
     *                  limit in any hour
     * @param binding   the limit that breaks just above {@code hostingKw}; empty when none does up
     *                  to {@link #UPPER_BOUND_KW}
     */
    public record BusHosting(int bus, double hostingKw, Optional<GridViolation> binding) {

        public BusHosting {
            if (!(hostingKw >= 0)) {
                throw new IllegalArgumentException("hosting capacity must be >= 0 kW, got " + hostingKw);
            }
        }
    }

    private final Feeder feeder;
    private final double[] shape;

    private HostingCapacity(Feeder feeder, List<Double> profileShares) {
        if (!feeder.hasNetwork()) {
            throw new IllegalArgumentException("hosting capacity needs a feeder with line sections");
        }
        this.feeder = feeder;
        this.shape = PeakShape.of(profileShares);
    }

    /**
     * Computes the hosting capacity of every non-slack bus.
     *
     * @param feeder        a radial feeder with line sections ({@link Feeder#hasNetwork()})
     * @param profileShares the charging profile: 24 non-negative hourly shares from 00:00, not all
     *                      zero (any scale; only the shape matters)
     * @return one entry per non-slack bus, in feeder order
     * @throws IllegalArgumentException if the feeder has no line sections or the profile is not 24
     *                                  non-negative shares with a positive peak
     */
    public static List<BusHosting> compute(Feeder feeder, List<Double> profileShares) {
        HostingCapacity hosting = new HostingCapacity(feeder, profileShares);
        int slack = feeder.slackBus();
        Check base = hosting.check(-1, 0);
        if (!base.feasible()) {
            return IntStream.range(0, feeder.buses().size()).filter(b -> b != slack)
                    .mapToObj(b -> new BusHosting(b, 0, base.firstViolation())).toList();
        }
        return IntStream.range(0, feeder.buses().size()).filter(b -> b != slack).parallel()
                .mapToObj(hosting::ofBus).toList();
    }

    private BusHosting ofBus(int bus) {
        double feasibleKw = 0;
        double infeasibleKw = FIRST_STEP_KW;
        Check above = check(bus, infeasibleKw);
        while (above.feasible()) {
            feasibleKw = infeasibleKw;
            if (infeasibleKw >= UPPER_BOUND_KW) {
                return new BusHosting(bus, UPPER_BOUND_KW, Optional.empty());
            }
            infeasibleKw = Math.min(2 * infeasibleKw, UPPER_BOUND_KW);
            above = check(bus, infeasibleKw);
        }
        // Invariant: feasibleKw breaks no limit, infeasibleKw does (or does not converge), and `above`
        // is the check of infeasibleKw.
        while (infeasibleKw - feasibleKw > TOLERANCE_KW) {
            double middle = 0.5 * (feasibleKw + infeasibleKw);
            Check check = check(bus, middle);
            if (check.feasible()) {
                feasibleKw = middle;
            } else {
                infeasibleKw = middle;
                above = check;
            }
        }
        return new BusHosting(bus, feasibleKw, above.firstViolation());
    }

    /** The day's power flow with {@code peakKw} of shaped charging at {@code bus} (none when bus is -1). */
    private Check check(int bus, double peakKw) {
        double[][] chargingKw = new double[feeder.buses().size()][GridImpact.HOURS_PER_DAY];
        if (bus >= 0) {
            for (int t = 0; t < GridImpact.HOURS_PER_DAY; t++) {
                chargingKw[bus][t] = peakKw * shape[t];
            }
        }
        GridImpact impact = GridImpact.of(feeder, chargingKw);
        if (!impact.converged()) {
            // Voltages of a sweep that did not converge mean nothing, so neither do their violations.
            return new Check(false, Optional.empty());
        }
        List<GridViolation> violations = impact.violations();
        return new Check(violations.isEmpty(), violations.stream().findFirst());
    }

    private record Check(boolean feasible, Optional<GridViolation> firstViolation) {
    }
}
