package org.chargeplan.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.PowerFlowResult;

/**
 * The state of a feeder in each hour that {@code grid-check} reports: bus voltages (p.u.), branch
 * flows (kVA at the sending end), transformer loads (kW: the bus's base load plus charging) and the
 * limits broken, either for the 24 hours of a plan ({@link #ofDay}) or for the base case alone
 * ({@link #ofBaseCase}, reported as hour 0). Loadings are % of a branch's {@code ratingKva} and of a
 * transformer's {@code limitKw} (rating × power factor). Immutable.
 */
public final class FeederLoading {

    /**
     * An extreme value and where it occurs.
     *
     * @param element index of the bus, branch or transformer in the feeder
     * @param hour    hour of the series (0-23 for a day, 0-8759 for a year)
     * @param value   the value: p.u. for voltages, % for loadings
     */
    public record Extreme(int element, int hour, double value) {
    }

    private final Feeder feeder;
    private final int hours;
    private final double[][] voltagePu;
    private final double[][] flowKva;
    private final double[][] transformerKw;
    private final double[] chargingPeakKw;
    private final boolean converged;
    private final List<GridViolation> violations;
    private final double[] lossesKw;

    private FeederLoading(Feeder feeder, int hours, double[][] voltagePu, double[][] flowKva, double[][] transformerKw,
            double[] chargingPeakKw, boolean converged, List<GridViolation> violations, double[] lossesKw) {
        this.feeder = feeder;
        this.hours = hours;
        this.voltagePu = voltagePu;
        this.flowKva = flowKva;
        this.transformerKw = transformerKw;
        this.chargingPeakKw = chargingPeakKw;
        this.converged = converged;
        this.violations = List.copyOf(violations);
        this.lossesKw = lossesKw;
    }

    /** Active losses of the feeder in an hour, kW. */
    public double lossesKw(int hour) {
        return lossesKw[hour];
    }

    /**
     * Every hour of the feeder's series (24 or 8,760) with a plan, with the violations that {@link GridImpact#violations()} lists.
     *
     * @param chargingKw the charging load per bus and hour that {@code impact} was computed with, kW
     */
    public static FeederLoading ofDay(Feeder feeder, GridImpact impact, double[][] chargingKw) {
        int n = feeder.buses().size();
        double[][] voltage = new double[impact.hours()][n];
        double[][] flow = new double[impact.hours()][feeder.branches().size()];
        double[][] transformer = new double[impact.hours()][feeder.transformers().size()];
        for (int t = 0; t < impact.hours(); t++) {
            for (int b = 0; b < n; b++) {
                voltage[t][b] = impact.voltagePu(b, t);
            }
            for (int l = 0; l < flow[t].length; l++) {
                flow[t][l] = impact.flowKva(l, t);
            }
            for (int m = 0; m < transformer[t].length; m++) {
                transformer[t][m] = impact.transformerLoadKw(m, t);
            }
        }
        double[] chargingPeak = new double[n];
        for (int b = 0; b < n; b++) {
            chargingPeak[b] = Math.max(0, Arrays.stream(chargingKw[b]).max().orElse(0));
        }
        double[] losses = new double[impact.hours()];
        for (int t = 0; t < losses.length; t++) {
            losses[t] = impact.lossesKw(t);
        }
        return new FeederLoading(feeder, impact.hours(), voltage, flow, transformer, chargingPeak,
                impact.converged(), impact.violations(), losses);
    }

    /**
     * The base case (each bus's load as given in hour 0, no charging) as hour 0, with its broken
     * limits by the same rule as {@link GridImpact#violations()} ({@link GridViolation#collect}).
     */
    public static FeederLoading ofBaseCase(Feeder feeder, PowerFlowResult flow) {
        double[] transformer = new double[feeder.transformers().size()];
        for (int m = 0; m < transformer.length; m++) {
            transformer[m] = feeder.baseKw(feeder.transformers().get(m).bus(), 0);
        }
        double[] voltage = flow.voltagePu().clone();
        double[] flowKva = flow.branchFlowKva().clone();
        List<GridViolation> found = new ArrayList<>();
        GridViolation.collect(feeder, 0, voltage, flowKva, transformer, found);
        return new FeederLoading(feeder, 1, new double[][] {voltage}, new double[][] {flowKva},
                new double[][] {transformer}, new double[feeder.buses().size()], flow.converged(), found,
                new double[] {flow.lossesKw()});
    }

    public Feeder feeder() {
        return feeder;
    }

    /** Number of hours reported: 24 for a plan, 1 for the base case. */
    public int hours() {
        return hours;
    }

    public double voltagePu(int bus, int hour) {
        return voltagePu[hour][bus];
    }

    public double flowKva(int branch, int hour) {
        return flowKva[hour][branch];
    }

    public double transformerLoadKw(int transformer, int hour) {
        return transformerKw[hour][transformer];
    }

    /** Flow as % of the branch's rating; empty for a branch without one. */
    public Optional<Double> branchLoadingPct(int branch, int hour) {
        var rating = feeder.branches().get(branch).ratingKva();
        return rating.isPresent() ? Optional.of(100 * flowKva[hour][branch] / rating.getAsDouble()) : Optional.empty();
    }

    public double transformerLoadingPct(int transformer, int hour) {
        return 100 * transformerKw[hour][transformer] / feeder.transformers().get(transformer).limitKw();
    }

    /** Highest hourly charging load at a bus, kW (0 for the base case). */
    public double chargingPeakKw(int bus) {
        return chargingPeakKw[bus];
    }

    /** Whether the power flow converged in every hour. */
    public boolean converged() {
        return converged;
    }

    /** The broken limits, by hour, then voltage, branch, transformer. */
    public List<GridViolation> violations() {
        return violations;
    }

    /** The lowest voltage of a bus and its hour (the first hour on ties). */
    public Extreme minVoltage(int bus) {
        int best = 0;
        for (int t = 1; t < hours; t++) {
            if (voltagePu[t][bus] < voltagePu[best][bus]) {
                best = t;
            }
        }
        return new Extreme(bus, best, voltagePu[best][bus]);
    }

    /** The lowest voltage of any bus (the first bus on ties). */
    public Extreme minVoltage() {
        Extreme lowest = minVoltage(0);
        for (int b = 1; b < feeder.buses().size(); b++) {
            Extreme candidate = minVoltage(b);
            if (candidate.value() < lowest.value()) {
                lowest = candidate;
            }
        }
        return lowest;
    }

    /** A branch's highest flow, kVA, and its hour. */
    public Extreme peakFlow(int branch) {
        int best = 0;
        for (int t = 1; t < hours; t++) {
            if (flowKva[t][branch] > flowKva[best][branch]) {
                best = t;
            }
        }
        return new Extreme(branch, best, flowKva[best][branch]);
    }

    /** A transformer's highest load, kW, and its hour. */
    public Extreme peakLoad(int transformer) {
        int best = 0;
        for (int t = 1; t < hours; t++) {
            if (transformerKw[t][transformer] > transformerKw[best][transformer]) {
                best = t;
            }
        }
        return new Extreme(transformer, best, transformerKw[best][transformer]);
    }

    /** The highest loading of an in-service branch with a rating, %; empty when none has one. */
    public Optional<Extreme> peakBranchLoading() {
        Optional<Extreme> peak = Optional.empty();
        for (int l = 0; l < feeder.branches().size(); l++) {
            Branch branch = feeder.branches().get(l);
            if (branch.inService() && branch.ratingKva().isPresent()) {
                Extreme flow = peakFlow(l);
                double pct = 100 * flow.value() / branch.ratingKva().getAsDouble();
                if (peak.isEmpty() || pct > peak.get().value()) {
                    peak = Optional.of(new Extreme(l, flow.hour(), pct));
                }
            }
        }
        return peak;
    }

    /** The highest transformer loading, % of limit_kw; empty without transformers. */
    public Optional<Extreme> peakTransformerLoading() {
        Optional<Extreme> peak = Optional.empty();
        for (int m = 0; m < feeder.transformers().size(); m++) {
            Extreme load = peakLoad(m);
            double pct = 100 * load.value() / feeder.transformers().get(m).limitKw();
            if (peak.isEmpty() || pct > peak.get().value()) {
                peak = Optional.of(new Extreme(m, load.hour(), pct));
            }
        }
        return peak;
    }

    /** The higher of the peak branch and transformer loadings, %; empty when nothing has a rating. */
    public Optional<Double> maxLoadingPct() {
        return Stream.of(peakBranchLoading(), peakTransformerLoading()).flatMap(Optional::stream)
                .map(Extreme::value).max(Double::compare);
    }
}
