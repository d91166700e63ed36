package org.chargeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chargeplan.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report shows storage, a cost breakdown and a Pareto front only when the folder's files carry
 * them: the sample's plan has none, and a copy of its folder with a hand-made {@code pareto.csv},
 * storage columns in {@code hourly_load.csv} and storage and cost parts on one station shows each
 * of them, with the hand-made figures.
 */
class ReportContentTest {

    @TempDir
    static Path tmp;

    private static Path plain;

    @BeforeAll
    static void planTheSample() {
        plain = tmp.resolve("plain");
        assertEquals(0, Main.run("plan", "maps/sioux-falls/scenario.yaml", "-o", plain.toString(), "--quiet"));
    }

    @Test
    void oneLoggingProviderOnTheClassPath() {
        // The GeoPackage library brings slf4j-nop; two providers make SLF4J write warnings to stderr.
        long providers = java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream().count();
        assertEquals(1, providers, "SLF4J providers");
    }

    @Test
    void planWithoutStorageOrParetoShowsNeither() throws IOException {
        String html = Files.readString(plain.resolve("report.html"));
        assertFalse(html.contains("Cost and coverage"));
        assertFalse(html.contains(">Storage<"));
        assertTrue(html.contains("cost: chargers"), "cost parts of the plan");
        assertFalse(html.contains("cost: storage"), "no storage cost part when it is 0");
    }

    @Test
    void storageCostPartsAndParetoAppearWhenTheFolderHasThem() throws IOException {
        Path rich = tmp.resolve("rich");
        Files.createDirectories(rich);
        try (var files = Files.list(plain)) {
            for (Path f : files.toList()) {
                Files.copy(f, rich.resolve(f.getFileName()));
            }
        }
        Files.writeString(rich.resolve("pareto.csv"), "point,total_cost,served_share\n0,100000,0.2\n1,600000,0.55\n"
                + "2,1200000,0.74\n");
        List<String> hourly = Files.readAllLines(rich.resolve("hourly_load.csv"));
        List<String> withStorage = new ArrayList<>(List.of(hourly.get(0) + ",storage_charge_kw,storage_discharge_kw"));
        for (String line : hourly.subList(1, hourly.size())) {
            boolean s5 = line.startsWith("site,S5,");
            withStorage.add(line + (s5 ? ",12.5,-7.25" : ",,"));
        }
        Files.write(rich.resolve("hourly_load.csv"), withStorage);
        String stations = Files.readString(rich.resolve("stations.geojson"));
        Files.writeString(rich.resolve("stations.geojson"), stations.replaceFirst(
                "\"storage_kwh\":0,\"storage_kw\":0,\"cost\":138000",
                "\"storage_kwh\":200,\"storage_kw\":50,\"cost\":138000"));
        String summary = Files.readString(rich.resolve("summary.json"));
        Files.writeString(rich.resolve("summary.json"), summary.replaceFirst("\"storage\" : 0,", "\"storage\" : 40000,"));
        PlanExports.write(rich, ReportOptions.DEFAULT);

        String html = Files.readString(rich.resolve("report.html"));
        assertTrue(html.contains("Cost against coverage (3 plans)"), "Pareto chart");
        assertTrue(html.contains("200 kWh / 50 kW"), "storage figure");
        assertTrue(html.contains("cost: storage") && html.contains("40,000"), "cost part");
        int station = html.indexOf("<title>Station S5</title>");
        String chart = html.substring(station, html.indexOf("</svg>", station));
        assertTrue(chart.contains(">storage_charge<") && chart.contains(">storage_discharge<"), chart);
        int other = html.indexOf("<title>Station S6</title>");
        assertFalse(html.substring(other, html.indexOf("</svg>", other)).contains("storage"), "no storage at S6");
    }
}
