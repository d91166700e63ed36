package org.chargeplan.pareto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every plan a front's solves found, and the choice of the best one for a served-value floor: the
 * repair that keeps the front monotone when solves stop at a gap ({@link ParetoSweep}).
 *
 * <p>Order: plans that passed the AC check before those that did not; then least cost (costs within
 * a relative 1e-9 count as equal: round-off of sums of prices); then most served (exactly); then the
 * preferred source; then the earliest added.
 *
 * <p>Why this keeps the front monotone (among AC-feasible plans): for floors {@code f < g} the plans
 * meeting {@code g} are a subset of those meeting {@code f}, so the choice for {@code g} costs at
 * least as much as the choice for {@code f}. If it costs more, the choice for {@code f} cannot meet
 * {@code g} (it would have been chosen), so it serves less than {@code g}, which the choice for
 * {@code g} serves. If the costs are equal, the most-served plan of that cost meeting {@code f}
 * meets {@code g} too, so both choices serve the same. Not thread-safe.
 *
 * @param <T> what a plan is carried as (the solve's outcome)
 */
final class PlanPool<T> {

    /** Relative difference below which two costs count as equal. */
    private static final double COST_TIE = 1e-9;

    /**
     * A plan with its figures.
     *
     * @param item        the plan (with whatever the caller keeps with it)
     * @param source      which solve found it
     * @param acFeasible  whether it passed the AC check
     * @param servedValue served value, in the objective's units (kWh/day plus weighted trips/day)
     * @param cost        cost, currency units
     */
    record Entry<T>(T item, String source, boolean acFeasible, double servedValue, double cost) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    Entry<T> add(T item, String source, boolean acFeasible, double servedValue, double cost) {
        Entry<T> entry = new Entry<>(item, source, acFeasible, servedValue, cost);
        entries.add(entry);
        return entry;
    }

    /**
     * The best plan serving at least {@code floor} (less the plan checker's relative 1e-6), or empty
     * when none does.
     *
     * @param preferred the source that wins a full tie (a point's own solve)
     */
    Optional<Entry<T>> best(double floor, String preferred) {
        double slack = 1e-6 * Math.max(1, floor);
        Comparator<Entry<T>> order = Comparator.<Entry<T>, Boolean>comparing(e -> !e.acFeasible())
                .thenComparing((a, b) -> tie(a.cost(), b.cost()) ? 0 : Double.compare(a.cost(), b.cost()))
                .thenComparing(Comparator.<Entry<T>>comparingDouble(Entry::servedValue).reversed())
                .thenComparing(e -> !e.source().equals(preferred));
        return entries.stream().filter(e -> e.servedValue() >= floor - slack).min(order);
    }

    private static boolean tie(double a, double b) {
        return Math.abs(a - b) <= COST_TIE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
