package org.chargeplan.pareto;

import java.util.List;
import org.chargeplan.siting.AcCheckedPlanner;

/**
 * The cost-versus-coverage front of a scenario ({@link ParetoSweep}).
 *
 * @param points   the points by number (rising target, served share and cost); empty when the
 *                 scenario has no plan at all
 * @param upperEnd the max-coverage solve that fixed the front's upper end (its result explains
 *                 why there is no plan when {@code points} is empty)
 */
public record ParetoFront(List<ParetoPoint> points, AcCheckedPlanner.Outcome upperEnd) {

    public ParetoFront {
        points = List.copyOf(points);
    }

    /** Whether the front has points. */
    public boolean found() {
        return !points.isEmpty();
    }

    /** The points marked as knees, by number. */
    public List<ParetoPoint> knees() {
        return points.stream().filter(ParetoPoint::knee).toList();
    }
}
