package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.FeederReader;
import org.chargeplan.grid.GridImpact;
import org.chargeplan.grid.GridViolation;
import org.chargeplan.grid.LinDistFlow;
import org.chargeplan.grid.NewtonRaphsonPowerFlow;
import org.chargeplan.solve.LinearModel;
import org.junit.jupiter.api.Test;

/**
 * The AC check's voltage margins, per bus and hour, on the Baran &amp; Wu feeder of the sample
 * with seeded charging loads: checked against the AC power flow and LinDistFlow run here, and
 * against the voltage rows of a model built with them.
 */
class AcMarginsTest {

    private static final Feeder FEEDER = FeederReader.read(Path.of("maps/sioux-falls/feeder.geojson"),
            Collections.nCopies(24, 1.0));

    /** Seeded charging that breaks the minimum voltage at the far ends in the evening, kW per bus and hour. */
    private static double[][] charging(long seed) {
        Random random = new Random(seed);
        double[][] kw = new double[FEEDER.buses().size()][24];
        for (int b = 0; b < kw.length; b++) {
            if (FEEDER.buses().get(b).slack()) {
                continue;
            }
            double size = random.nextDouble() * 60;
            for (int t = 0; t < 24; t++) {
                kw[b][t] = size * (t >= 17 && t <= 21 ? 1 : 0.2 * random.nextDouble());
            }
        }
        return kw;
    }

    /**
     * The margins are safe along the plan's load: with the plan's charging scaled by any tenth up
     * to one, wherever the lossless voltage corrected by the margin meets the minimum, so does the
     * AC voltage (the loss gap is convex in the load here). They cut off the plan where it broke a
     * limit. And they are tight: where the row binds, the AC voltage is at the minimum or just above
     * it, and nearer to it than with the loss gap at the plan's own load (the rule before this
     * one, without its 5e-4).
     */
    @Test
    void marginsHoldAcVoltagesAlongThePlansLoadAndFollowIt() {
        LinDistFlow linear = new LinDistFlow(FEEDER);
        double minimum = FEEDER.minVoltagePu();
        int nearer = 0;
        for (long seed = 1; seed <= 8; seed++) {
            String context = "seed " + seed;
            double[][] planned = charging(seed);
            GridImpact impact = GridImpact.of(FEEDER, planned);
            List<GridViolation> violations = impact.violations();
            assertTrue(violations.stream().anyMatch(v -> v.kind() == GridViolation.Kind.VOLTAGE),
                    context + ": the loads break a voltage limit");
            GridMargins raised = AcCheckedPlanner.raised(GridMargins.NONE, violations, FEEDER, impact,
                    AcCheckedPlanner.baseLoadAlone(FEEDER));
            int held = 0;
            for (int step = 1; step <= 10; step++) {
                double scale = step / 10.0;
                GridImpact scaled = GridImpact.of(FEEDER, scaled(planned, scale));
                for (int t = 0; t < 24; t++) {
                    double[] v2 = linear.squaredVoltages(scaled.loadKw(t), scaled.loadKvar(t));
                    for (int b = 0; b < v2.length; b++) {
                        String id = FEEDER.buses().get(b).id();
                        double floor = minimum + raised.voltagePu(id, t);
                        if (v2[b] >= floor * floor) {
                            held++;
                            assertTrue(scaled.voltagePu(b, t) >= minimum - 1e-9, context + ", scale " + scale
                                    + ", bus " + id + ", hour " + t + ": the row holds, AC " + scaled.voltagePu(b, t));
                        }
                    }
                }
            }
            assertTrue(held > 0, context);
            double[][] atLimit = AcCheckedPlanner.marginsAtTheLimit(FEEDER, impact,
                    AcCheckedPlanner.baseLoadAlone(FEEDER), linear);
            for (GridViolation v : violations) {
                if (v.kind() != GridViolation.Kind.VOLTAGE) {
                    continue;
                }
                int b = index(v.element());
                int t = v.hour();
                String at = context + ", bus " + v.element() + ", hour " + t;
                double[] withPlan = linear.squaredVoltages(impact.loadKw(t), impact.loadKvar(t));
                double alone = linear.designDaySquaredVoltages(t)[b];
                double floor = minimum + raised.voltagePu(v.element(), t);
                assertTrue(withPlan[b] < floor * floor, at + ": the plan is cut off");

                // Where the row binds (the charging scaled so that the lossless voltage corrected
                // by the margin is at the minimum), the AC voltage, against the gap at the plan.
                double gapAtPlan = Math.sqrt(withPlan[b]) - impact.voltagePu(b, t);
                double slack = acAboveMinimumWhereTheRowBinds(planned, b, t, alone, withPlan[b], atLimit[b][t]);
                double slackBefore = acAboveMinimumWhereTheRowBinds(planned, b, t, alone, withPlan[b], gapAtPlan);
                assertTrue(slack >= -1e-9, at + ": AC below the minimum where the row binds, " + slack);
                assertTrue(slack <= slackBefore + 1e-12, at + ": " + slack + " above the minimum, against "
                        + slackBefore + " with the gap at the plan's load");
                assertTrue(slack < 5e-4, at + ": " + slack + " above the minimum where the row binds");
                nearer += slack < slackBefore - 1e-4 ? 1 : 0;
            }
            // The gap grows with the current through the path: large at a far end at the evening
            // peak, nothing at the substation.
            String slackBus = FEEDER.buses().get(FEEDER.slackBus()).id();
            assertEquals(0, raised.voltagePu(slackBus, 18), 1e-12, context);
            assertTrue(raised.voltagePu("18", 18) > 2 * raised.voltagePu("2", 3), context + ": "
                    + raised.voltagePu("18", 18) + " against " + raised.voltagePu("2", 3));
            assertEquals(maxOver(raised), raised.largestVoltagePu(), 0, context);

            // A second round never lowers a margin.
            GridMargins again = AcCheckedPlanner.raised(raised, violations, FEEDER, impact,
                    AcCheckedPlanner.baseLoadAlone(FEEDER));
            assertTrue(again.atLeast(raised), context);
            assertFalse(raised.atLeast(again), context + ": the broken limits raise their margins again");
        }
        assertTrue(nearer > 0, "the margins at the limit hold some row nearer the minimum than the gap at the plan");
    }

    /**
     * The first round's margins, from base load's own losses: against a Newton-Raphson power flow
     * solved here, each is the loss gap of base load alone in squared voltage (0.0029 p.u. at the
     * far end, bus 18, at 18:00, as the sample's README says); a scenario's larger margins are
     * kept; and with each seeded charging scaled up to where the AC voltage first reaches the
     * minimum (and by every tenth of that), every row with these margins holds, so no plan that
     * passes the AC check is cut off.
     */
    @Test
    void baseLoadMarginsCutOffNoPlanThatPassesTheAcCheck() {
        double minimum = FEEDER.minVoltagePu();
        GridMargins base = AcCheckedPlanner.baseLoadMargins(GridMargins.NONE, FEEDER,
                AcCheckedPlanner.baseLoadAlone(FEEDER));
        NewtonRaphsonPowerFlow newton = new NewtonRaphsonPowerFlow(FEEDER);
        LinDistFlow linear = new LinDistFlow(FEEDER);
        int buses = FEEDER.buses().size();
        for (int t = 0; t < 24; t++) {
            double[] p = new double[buses];
            double[] q = new double[buses];
            for (int b = 0; b < buses; b++) {
                p[b] = FEEDER.designBaseKw(b, t);
                q[b] = FEEDER.designBaseKvar(b, t);
            }
            double[] lossless = linear.squaredVoltages(p, q);
            double[] ac = newton.solve(p, q).voltagePu();
            for (int b = 0; b < buses; b++) {
                double gap = Math.max(0, lossless[b] - ac[b] * ac[b]);
                double expected = Math.sqrt(minimum * minimum + gap) - minimum;
                assertEquals(expected, base.voltagePu(FEEDER.buses().get(b).id(), t), 1e-7, "bus "
                        + FEEDER.buses().get(b).id() + ", hour " + t);
            }
        }
        assertEquals(0.0029, base.voltagePu("18", 18), 5e-5, "the far end at the evening peak (README)");

        // A scenario's own margins stay where they are larger.
        double[] far = new double[24];
        java.util.Arrays.fill(far, 0.01);
        GridMargins scenario = new GridMargins(0.002, 0, Map.of("18", far));
        GridMargins kept = AcCheckedPlanner.baseLoadMargins(scenario, FEEDER, AcCheckedPlanner.baseLoadAlone(FEEDER));
        for (var bus : FEEDER.buses()) {
            for (int t = 0; t < 24; t++) {
                assertEquals(Math.max(scenario.voltagePu(bus.id(), t), base.voltagePu(bus.id(), t)),
                        kept.voltagePu(bus.id(), t), 1e-12, "bus " + bus.id() + ", hour " + t);
            }
        }
        assertEquals(0.01, kept.voltagePu("18", 18), 0);

        for (long seed = 1; seed <= 8; seed++) {
            noPlanThatPassesIsCutOff(FEEDER, charging(seed), 10, "seed " + seed);
        }
    }

    /**
     * With a year of base load the first round's margins take, per hour of the day, the largest
     * any day needs less its headroom above the design day: seeded charging scaled up to where
     * the AC voltage first reaches the minimum on some day of the year meets every design-day row
     * (a year of random days, and one heavy day among light ones).
     */
    @Test
    void aYearsBaseLoadMarginsCutOffNoPlanThatPassesTheAcCheck() {
        Random random = new Random(11);
        List<Double> year = new java.util.ArrayList<>();
        for (int h = 0; h < 8760; h++) {
            year.add(0.7 + 0.3 * random.nextDouble());
        }
        List<Double> oneHeavyDay = new java.util.ArrayList<>(Collections.nCopies(8760, 0.4));
        for (int h = 24 * 200; h < 24 * 201; h++) {
            oneHeavyDay.set(h, 1.0);
        }
        for (List<Double> series : List.of(year, oneHeavyDay)) {
            Feeder yearly = new Feeder(FEEDER.buses(), FEEDER.branches(), FEEDER.transformers(), series);
            noPlanThatPassesIsCutOff(yearly, charging(2), 2, series == year ? "random days" : "one heavy day");
        }
    }

    /**
     * The plan-level flow: the first round plans under base load's margins when the AC check
     * applies, so the final problem's margins are at least those; without grid limits, or on a
     * feeder where a bus carries generation, the scenario's margins are left as they were.
     */
    @Test
    void thePlannerStartsFromBaseLoadMarginsOnlyWhereTheyHold() {
        SitingProblem problem = onBaranWuFeeder(KernelSearchTest.midSize(1), GridMargins.NONE);
        Feeder feeder = problem.feeder().orElseThrow();
        org.chargeplan.solve.SolveOptions options = new org.chargeplan.solve.SolveOptions(60, 1e-6, 1);
        org.chargeplan.solve.HighsBackend highs = new org.chargeplan.solve.HighsBackend();
        AcCheckedPlanner.Outcome checked = AcCheckedPlanner.plan(problem, highs, options);
        GridMargins first = AcCheckedPlanner.baseLoadMargins(GridMargins.NONE, feeder,
                AcCheckedPlanner.baseLoadAlone(feeder));
        assertTrue(first.largestVoltagePu() > 1e-3);
        assertTrue(checked.problem().margins().atLeast(first), "the final round's margins hold the first's");
        AcCheckedPlanner.Outcome unchecked = AcCheckedPlanner.plan(problem.withGridLimits(false), highs, options);
        assertEquals(GridMargins.NONE, unchecked.problem().margins(), "no grid limits, no margins");

        List<org.chargeplan.grid.Bus> withGeneration = new java.util.ArrayList<>(feeder.buses());
        var bus = withGeneration.get(index("25"));
        withGeneration.set(index("25"), new org.chargeplan.grid.Bus(bus.id(), bus.position(), -30, 0,
                bus.nominalKv(), false));
        Feeder generating = new Feeder(withGeneration, feeder.branches(), feeder.transformers(),
                Collections.nCopies(24, 1.0));
        assertTrue(generating.carriesGeneration());
        assertFalse(feeder.carriesGeneration());
    }

    /**
     * Scales the charging up to where the AC voltage first reaches the minimum at some bus and hour
     * of the series (bisection), then checks at every {@code steps}-th part of that scale that each
     * design-day row with the feeder's base-load margins holds.
     */
    private static void noPlanThatPassesIsCutOff(Feeder feeder, double[][] planned, int steps, String context) {
        GridMargins margins = AcCheckedPlanner.baseLoadMargins(GridMargins.NONE, feeder,
                AcCheckedPlanner.baseLoadAlone(feeder));
        LinDistFlow linear = new LinDistFlow(feeder);
        double minimum = feeder.minVoltagePu();
        double low = 0;
        double high = 1;
        for (int step = 0; step < 30; step++) {
            double middle = (low + high) / 2;
            boolean passes = GridImpact.of(feeder, scaled(planned, middle)).violations().stream()
                    .noneMatch(v -> v.kind() == GridViolation.Kind.VOLTAGE);
            if (passes) {
                low = middle;
            } else {
                high = middle;
            }
        }
        assertTrue(low > 0.05 && low < 0.999, context + ": the AC voltage reaches the minimum at scale " + low);
        double nearest = Double.POSITIVE_INFINITY;
        for (int step = 1; step <= steps; step++) {
            double scale = low * step / steps;
            double[][] charging = scaled(planned, scale);
            for (int t = 0; t < 24; t++) {
                double[] designDay = designDaySquaredVoltages(feeder, linear, charging, t);
                for (int b = 0; b < designDay.length; b++) {
                    String id = feeder.buses().get(b).id();
                    double floor = minimum + margins.voltagePu(id, t);
                    assertTrue(designDay[b] >= floor * floor - 1e-12, context + ", scale " + scale + ", bus " + id
                            + ", hour " + t + ": the plan passes the AC check but not this row");
                    nearest = Math.min(nearest, Math.sqrt(designDay[b]) - floor);
                }
            }
        }
        // At the AC limit the nearest row has only the charging's part of the loss gap left.
        assertTrue(nearest < 0.003, context + ": nearest row " + nearest + " above its floor at the AC limit");
    }

    /**
     * The AC voltage above the minimum at bus b and hour t with the plan's charging scaled to where
     * the lossless row with this margin binds (squared voltage {@code alone} without charging,
     * {@code withPlan} with all of it; lossless voltages are linear in the load).
     */
    private static double acAboveMinimumWhereTheRowBinds(double[][] planned, int b, int t, double alone,
            double withPlan, double margin) {
        double floor = FEEDER.minVoltagePu() + margin;
        double scale = (alone - floor * floor) / (alone - withPlan);
        return GridImpact.of(FEEDER, scaled(planned, scale)).voltagePu(b, t) - FEEDER.minVoltagePu();
    }

    /**
     * With a year of base load the rows are written for the design day (each hour at its highest
     * over the year), and each hour of the day takes the largest margin any day needs: with the
     * plan's charging scaled by any quarter up to one, wherever the design day's row holds, the AC
     * voltage holds on every day of the year (8,760 hourly power flows per scale, solved here).
     */
    @Test
    void aYearOfBaseLoadHoldsEveryDayWhereTheDesignDaysRowHolds() {
        java.util.List<Double> year = new java.util.ArrayList<>();
        Random random = new Random(11);
        for (int h = 0; h < 8760; h++) {
            year.add(0.7 + 0.3 * random.nextDouble()); // days differ, so does the gap
        }
        holdsEveryDayAndBindsTightly(year, charging(2));
        // One heavy day among light ones, with charging that breaks the limit far: the light days
        // have much headroom above the design day's rows, and the heavy day sets the margins.
        java.util.List<Double> oneHeavyDay = new java.util.ArrayList<>(java.util.Collections.nCopies(8760, 0.4));
        for (int h = 24 * 200; h < 24 * 201; h++) {
            oneHeavyDay.set(h, 1.0);
        }
        holdsEveryDayAndBindsTightly(oneHeavyDay, scaled(charging(2), 1.6));
    }

    private static void holdsEveryDayAndBindsTightly(List<Double> year, double[][] planned) {
        Feeder yearly = new Feeder(FEEDER.buses(), FEEDER.branches(), FEEDER.transformers(), year);
        GridImpact impact = GridImpact.of(yearly, planned);
        List<GridViolation> violations = impact.violations();
        assertTrue(violations.stream().anyMatch(v -> v.kind() == GridViolation.Kind.VOLTAGE && v.hour() >= 24),
                "limits break after the first day");
        GridMargins raised = AcCheckedPlanner.raised(GridMargins.NONE, violations, yearly, impact,
                AcCheckedPlanner.baseLoadAlone(yearly));
        LinDistFlow linear = new LinDistFlow(yearly);
        int buses = yearly.buses().size();
        int held = 0;
        double closest = Double.POSITIVE_INFINITY;
        for (int quarter = 1; quarter <= 4; quarter++) {
            double[][] charging = scaled(planned, quarter / 4.0);
            GridImpact scaled = GridImpact.of(yearly, charging);
            for (int t = 0; t < 24; t++) {
                double[] designDay = designDaySquaredVoltages(yearly, linear, charging, t);
                for (int b = 0; b < buses; b++) {
                    String id = yearly.buses().get(b).id();
                    double floor = yearly.minVoltagePu() + raised.voltagePu(id, t);
                    if (designDay[b] < floor * floor) {
                        continue;
                    }
                    held++;
                    for (int day = 0; day < 365; day++) {
                        double ac = scaled.voltagePu(b, 24 * day + t);
                        closest = Math.min(closest, ac - yearly.minVoltagePu());
                        assertTrue(ac >= yearly.minVoltagePu() - 1e-9, "scale " + quarter / 4.0 + ", bus " + id
                                + ", hour " + t + ", day " + day + ": the design day's row holds, AC " + ac);
                    }
                }
            }
        }
        assertTrue(held > 0);
        assertTrue(closest < 0.005, "some row that holds comes near the minimum on some day: " + closest);

        // Tight: where a broken row binds (its margin at the limit, the charging scaled to there),
        // the worst day's AC voltage is at the minimum or just above it.
        double[][] atLimit = AcCheckedPlanner.marginsAtTheLimit(yearly, impact, AcCheckedPlanner.baseLoadAlone(yearly),
                linear);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (GridViolation v : violations) {
            if (v.kind() != GridViolation.Kind.VOLTAGE || !seen.add(v.element() + "@" + v.hour() % 24)) {
                continue;
            }
            int b = index(v.element());
            int t = v.hour() % 24;
            double alone = linear.designDaySquaredVoltages(t)[b];
            double withPlan = designDaySquaredVoltages(yearly, linear, planned, t)[b];
            double floor = yearly.minVoltagePu() + atLimit[b][t];
            GridImpact binding = GridImpact.of(yearly, scaled(planned, (alone - floor * floor) / (alone - withPlan)));
            double worst = Double.POSITIVE_INFINITY;
            for (int day = 0; day < 365; day++) {
                worst = Math.min(worst, binding.voltagePu(b, 24 * day + t) - yearly.minVoltagePu());
            }
            String at = "bus " + v.element() + ", hour " + t;
            assertTrue(worst >= -1e-9 && worst < 5e-4, at + ": the worst day's AC voltage is " + worst
                    + " above the minimum where the row binds");
        }
        assertFalse(seen.isEmpty());
    }

    /** Lossless squared voltages in hour t of the design day with this charging (kW per bus and hour). */
    private static double[] designDaySquaredVoltages(Feeder feeder, LinDistFlow linear, double[][] chargingKw, int t) {
        int buses = feeder.buses().size();
        double[] p = new double[buses];
        double[] q = new double[buses];
        for (int b = 0; b < buses; b++) {
            p[b] = feeder.designBaseKw(b, t) + chargingKw[b][t];
            q[b] = feeder.designBaseKvar(b, t);
        }
        return linear.squaredVoltages(p, q);
    }

    private static double[][] scaled(double[][] kw, double scale) {
        double[][] out = new double[kw.length][];
        for (int b = 0; b < kw.length; b++) {
            out[b] = kw[b].clone();
            for (int t = 0; t < out[b].length; t++) {
                out[b][t] *= scale;
            }
        }
        return out;
    }

    @Test
    void eachVoltageRowHoldsItsOwnBusAndHoursMargin() {
        GridImpact impact = GridImpact.of(FEEDER, charging(3));
        GridMargins raised = AcCheckedPlanner.raised(GridMargins.NONE, impact.violations(), FEEDER, impact,
                AcCheckedPlanner.baseLoadAlone(FEEDER));
        SitingProblem problem = onBaranWuFeeder(KernelSearchTest.midSize(1), raised);
        Feeder feeder = problem.feeder().orElseThrow();
        LinearModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0).linearModel();
        LinDistFlow flow = new LinDistFlow(feeder);
        int rows = 0;
        for (int r = 0; r < model.rowCount(); r++) {
            String name = model.rowName(r);
            if (!name.startsWith("voltage_")) {
                continue;
            }
            String bus = name.substring("voltage_".length(), name.lastIndexOf("_h"));
            int hour = Integer.parseInt(name.substring(name.lastIndexOf("_h") + 2));
            double floor = feeder.minVoltagePu() + raised.voltagePu(bus, hour);
            double expected = Math.max(0, flow.designDaySquaredVoltages(hour)[index(bus)] - floor * floor);
            assertEquals(expected, model.rowUpper(r), 1e-12, name);
            rows++;
        }
        assertTrue(rows > 0, "the model has voltage rows");
    }

    @Test
    void marginsCompareAndRefuseBadValues() {
        double[] hours = new double[24];
        hours[18] = 0.01;
        GridMargins some = new GridMargins(0, 0, Map.of("18", hours));
        assertEquals(0.01, some.voltagePu("18", 18), 0);
        assertEquals(0, some.voltagePu("18", 17), 0);
        assertEquals(0.002, new GridMargins(0.002, 0, Map.of("18", hours)).voltagePu("18", 17), 0);
        assertTrue(some.atLeast(GridMargins.NONE));
        assertFalse(GridMargins.NONE.atLeast(some));
        assertTrue(new GridMargins(0.01, 0).atLeast(some), "a uniform margin as large covers it");
        assertEquals(some, new GridMargins(0, 0, Map.of("18", hours.clone())));
        assertEquals(some.hashCode(), new GridMargins(0, 0, Map.of("18", hours.clone())).hashCode());
        hours[18] = 0.5; // the margins keep their own copy
        assertEquals(0.01, some.voltagePu("18", 18), 0);
        assertThrows(IllegalArgumentException.class, () -> new GridMargins(0, 0, Map.of("18", new double[23])));
        double[] negative = new double[24];
        negative[3] = -0.001;
        assertThrows(IllegalArgumentException.class, () -> new GridMargins(0, 0, Map.of("18", negative)));
    }

    /**
     * The mid-size instance {@code base} on the Baran &amp; Wu feeder, with the given margins: its
     * three transformers (400 kVA) at the leaf buses 18, 22 and 33, so its voltage rows bind.
     */
    static SitingProblem onBaranWuFeeder(SitingProblem base, GridMargins margins) {
        Feeder feeder = new Feeder(FEEDER.buses(), FEEDER.branches(), List.of(
                new org.chargeplan.grid.Transformer("T0", index("18"), 400, 0.9),
                new org.chargeplan.grid.Transformer("T1", index("22"), 400, 0.9),
                new org.chargeplan.grid.Transformer("T2", index("33"), 400, 0.9)), Collections.nCopies(24, 1.0));
        List<Site> sites = base.sites().stream().map(s -> new Site(s.id(), s.position(), s.roadNode(),
                java.util.OptionalInt.of(feeder.transformers().get(s.transformer().getAsInt()).bus()), s.transformer(),
                s.siteCost(), s.maxChargers(), s.existingChargers())).toList();
        return new SitingProblem(sites, base.demand(), base.reach(), base.chargerTypes(), base.profiles(),
                java.util.Optional.of(feeder), base.objective(), true, margins);
    }

    /** Seeded AC-derived margins on the Baran &amp; Wu feeder (those of {@link #charging} with this seed). */
    static GridMargins raisedMargins(long seed) {
        GridImpact impact = GridImpact.of(FEEDER, charging(seed));
        return AcCheckedPlanner.raised(GridMargins.NONE, impact.violations(), FEEDER, impact,
                AcCheckedPlanner.baseLoadAlone(FEEDER));
    }

    private static double maxOver(GridMargins margins) {
        double most = margins.voltagePu();
        for (double[] hours : margins.busVoltagePu().values()) {
            for (double m : hours) {
                most = Math.max(most, m);
            }
        }
        return most;
    }

    private static int index(String bus) {
        for (int b = 0; b < FEEDER.buses().size(); b++) {
            if (FEEDER.buses().get(b).id().equals(bus)) {
                return b;
            }
        }
        throw new IllegalArgumentException(bus);
    }
}
