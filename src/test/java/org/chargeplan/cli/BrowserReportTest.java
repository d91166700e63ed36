package org.chargeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless Chromium (Debian {@code chromium}) as an independent client of {@code report.html}: the
 * page is opened from the file system with networking cut off (every request goes to a dead proxy
 * and every host name fails), logs nothing to the console, draws one station marker per feature of
 * {@code stations.geojson} (and demand and bus markers likewise), and its screenshot shows the map.
 * The side-by-side report of {@code --compare} is checked the same way. A page with a script error
 * shows that the console check does catch errors. Skips when Chromium is not installed.
 */
class BrowserReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATION = Pattern.compile("<path[^>]*class=\"[^\"]*\\bstation-marker\\b");
    private static final Pattern DEMAND = Pattern.compile("<path[^>]*class=\"[^\"]*\\bdemand-marker\\b");
    private static final Pattern BUS = Pattern.compile("<path[^>]*class=\"[^\"]*\\bbus-marker\\b");

    @TempDir
    static Path tmp;

    private static ExternalProgram chromium;
    private static Path limited;
    private static Path compared;

    @BeforeAll
    static void planWithAndWithoutGridLimits() {
        chromium = ExternalProgram.require("chromium", "chromium", "chromium-browser");
        limited = tmp.resolve("limits");
        CliRun run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "-o", limited.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
        compared = tmp.resolve("no-limits");
        run = CliRun.of("plan", "maps/sioux-falls/scenario.yaml", "--no-grid-limits", "--compare", limited.toString(),
                "-o", compared.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.describe());
    }

    @Test
    void reportDrawsOneMarkerPerFeatureWithoutConsoleMessages() throws IOException {
        String dom = openWithoutConsoleMessages(limited.resolve("report.html"));
        assertEquals(featureCount(limited, "stations.geojson", null), count(STATION, dom), "station markers");
        assertEquals(featureCount(limited, "demand.geojson", null), count(DEMAND, dom), "demand markers");
        assertEquals(featureCount(limited, "grid.geojson", "bus"), count(BUS, dom), "bus markers");
        assertTrue(dom.contains("leaflet-control-layers"), "layer switcher");
        assertTrue(dom.contains("class=\"legend"), "legend");
    }

    @Test
    void comparisonDrawsBothPlans() throws IOException {
        String dom = openWithoutConsoleMessages(compared.resolve("report.html"));
        int both = featureCount(limited, "stations.geojson", null) + featureCount(compared, "stations.geojson", null);
        assertEquals(both, count(STATION, dom), "station markers of both plans");
        assertTrue(dom.contains("id=\"map-1\""), "second map");
    }

    @Test
    void screenshotShowsTheMap() throws IOException {
        Path shot = tmp.resolve("report.png");
        ExternalProgram.Result result = chromium(tmp.resolve("profile-shot"), "--window-size=1280,1000",
                "--screenshot=" + shot, limited.resolve("report.html").toUri().toString());
        assertTrue(Files.isRegularFile(shot), result.describe());
        BufferedImage image = ImageIO.read(shot.toFile());
        Set<Integer> colours = new HashSet<>();
        int stationBlue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (b > 200 && r < 80 && g > 110 && g < 160) {
                    stationBlue++;
                }
            }
        }
        assertTrue(colours.size() > 200, "a blank page has few colours: " + colours.size());
        assertTrue(stationBlue > 500, "station markers' blue on the screenshot: " + stationBlue + " pixels");
    }

    @Test
    void consoleCheckCatchesAScriptError() throws IOException {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, "<html><body><script>noSuchFunction();</script></body></html>");
        ExternalProgram.Result result = chromium(tmp.resolve("profile-broken"), "--dump-dom", page.toUri().toString());
        assertFalse(consoleLines(result).isEmpty(), "the script error should reach the log\n" + result.describe());
    }

    @Test
    void reportLoadsNothingFromOutside() throws IOException {
        assertTrue(Files.readString(limited.resolve("report.html")).contains("<script>"), "the page has scripts");
        // Markup and stylesheets, without script bodies (Leaflet's code holds an unused attribution link).
        String html = Files.readString(limited.resolve("report.html")).replaceAll("(?s)<script>.*?</script>", "");
        Matcher external = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//|url\\((?!data:|#)[^)]*\\)")
                .matcher(html);
        List<String> found = new ArrayList<>();
        while (external.find()) {
            found.add(external.group());
        }
        assertTrue(found.isEmpty(), "references outside the file: " + found);
    }

    private static String openWithoutConsoleMessages(Path page) {
        ExternalProgram.Result result = chromium(tmp.resolve("profile-" + page.getParent().getFileName()),
                "--dump-dom", page.toUri().toString());
        assertEquals(0, result.exitCode(), result.describe());
        assertEquals(List.of(), consoleLines(result), "console messages");
        return result.out();
    }

    private static ExternalProgram.Result chromium(Path profile, String... args) {
        List<String> all = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND"));
        all.addAll(List.of(args));
        return chromium.run(tmp, all.toArray(String[]::new));
    }

    private static List<String> consoleLines(ExternalProgram.Result result) {
        return result.err().lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int featureCount(Path folder, String file, String kind) throws IOException {
        int n = 0;
        for (var f : JSON.readTree(folder.resolve(file).toFile()).get("features")) {
            n += kind == null || kind.equals(f.at("/properties/kind").asText()) ? 1 : 0;
        }
        return n;
    }
}
