package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chargeplan.grid.Feeder;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.AcCheckedPlanner;
import org.chargeplan.siting.PlanMetrics;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base load given as a year of hours, or as a table of every bus's load, instead of the sample's
 * inline daily shape. Each variant is built so that its design day (the worst load of each hour
 * of the day over the year) equals the sample's day, so the plan must be the sample's plan, while
 * the AC check runs over every hour of the series.
 */
class BaseLoadSeriesTest {

    private static final SolveOptions OPTIONS = new SolveOptions(120, 1e-4, 1);
    private static final List<String> FILES = List.of("roads.geojson", "od.csv", "candidates.geojson", "feeder.geojson");
    private static AcCheckedPlanner.Outcome daily;
    private static List<Double> dailyShape;

    @BeforeAll
    static void planTheSample() {
        var scenario = ScenarioReader.read(Path.of("maps/sioux-falls/scenario.yaml"));
        dailyShape = scenario.grid().orElseThrow().baseLoadProfile();
        daily = AcCheckedPlanner.plan(StudyLoader.load(scenario).problem(), new HighsBackend(), OPTIONS);
    }

    /** Day 200 (hours 4,800-4,823) carries the sample's day; every other day is lower. */
    @Test
    void aYearWhoseWorstDayIsTheSampleDayGivesTheSamePlanCheckedOverTheYear(@TempDir Path dir) throws IOException {
        copySample(dir);
        List<String> csv = new ArrayList<>(List.of("hour,multiplier"));
        for (int t = 0; t < 8760; t++) {
            int day = t / 24;
            double season = day == 200 ? 1 : 0.75 + 0.2 * Math.cos(2 * Math.PI * (day - 200) / 365.0);
            csv.add(t + "," + String.format(Locale.ROOT, "%.6f", dailyShape.get(t % 24) * season));
        }
        Files.write(dir.resolve("yearly.csv"), csv);
        replaceProfile(dir, "  base_load_profile: yearly.csv\n");

        AcCheckedPlanner.Outcome yearly = plan(dir);
        assertEquals(8760, yearly.impact().orElseThrow().hours());
        assertEquals(served(daily), served(yearly), 1e-6, "the design day is the sample's day");
        assertTrue(yearly.acFeasible(), "the plan holds in every hour of the year");
        var impact = yearly.impact().get();
        assertEquals(200 * 24 + 18, impact.minVoltageHour(impact.minVoltageBus()), "worst hour: day 200, 18:00");
    }

    @Test
    void aTableOfEveryBusEveryHourEqualToTheScaledPeaksGivesTheSamePlan(@TempDir Path dir) throws IOException {
        copySample(dir);
        Feeder feeder = daily.problem().feeder().orElseThrow();
        List<String> csv = new ArrayList<>(List.of("bus,hour,kw,kvar"));
        for (int t = 0; t < 24; t++) {
            for (int b = 0; b < feeder.buses().size(); b++) {
                var bus = feeder.buses().get(b);
                csv.add(String.format(Locale.ROOT, "%s,%d,%.6f,%.6f", bus.id(), t, bus.baseKw() * dailyShape.get(t),
                        bus.baseKvar() * dailyShape.get(t)));
            }
        }
        Files.write(dir.resolve("base_load.csv"), csv);
        replaceProfile(dir, "  base_load: base_load.csv\n");

        assertEquals(served(daily), served(plan(dir)), 1e-6);
    }

    private static AcCheckedPlanner.Outcome plan(Path dir) {
        var study = StudyLoader.load(ScenarioReader.read(dir.resolve("scenario.yaml")));
        return AcCheckedPlanner.plan(study.problem(), new HighsBackend(), OPTIONS);
    }

    private static double served(AcCheckedPlanner.Outcome outcome) {
        return PlanMetrics.of(outcome.problem(), outcome.result().plan().orElseThrow()).totalServedKwh();
    }

    private static void copySample(Path dir) throws IOException {
        for (String file : FILES) {
            Files.copy(Path.of("maps/sioux-falls").resolve(file), dir.resolve(file));
        }
    }

    /** Replaces the inline base_load_profile of the sample scenario with {@code replacement}. */
    private static void replaceProfile(Path dir, String replacement) throws IOException {
        String text = Files.readString(Path.of("maps/sioux-falls/scenario.yaml"));
        int start = text.indexOf("  base_load_profile: [");
        int end = text.indexOf("]", start) + 2;
        assertTrue(start > 0, "the sample has an inline base_load_profile");
        Files.writeString(dir.resolve("scenario.yaml"), text.substring(0, start) + replacement + text.substring(end));
    }
}
