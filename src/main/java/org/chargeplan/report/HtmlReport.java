package org.chargeplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report.html}: one self-contained page that works offline, from a plan folder's files: key
 * figures, a Leaflet map per plan (roads by served flow, demand, assignments, stations sized by
 * chargers, feeder branches by peak loading, buses by minimum voltage, transformers, hosting
 * capacity; popups, legend, layer switcher; no tiles), transformer and station load charts (inline
 * SVG), the cost-coverage front when the folder has one, and a station table. Leaflet's script and
 * stylesheet come from the Leaflet webjar on the class path and are inlined, its images as data
 * URIs, so the page loads nothing. With a second folder ({@code --compare}) the figures become a
 * side-by-side table and the maps stand side by side.
 */
final class HtmlReport {

    private static final String LEAFLET = "/META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final Pattern CSS_IMAGE = Pattern.compile("url\\(images/([a-z0-9-]+\\.png)\\)");

    private HtmlReport() {
    }

    static void write(PlanFolder plan, Optional<PlanFolder> other, Path file) {
        String titleA = other.isPresent() ? title(plan, "A: this plan") : "";
        String titleB = other.map(o -> title(o, "B: " + o.folder().getFileName())).orElse("");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>chargeplan: ").append(Html.escape(plan.figure("scenario"))).append("</title>\n")
                .append("<style>\n").append(leafletCss()).append("\n</style>\n<style>\n")
                .append(resource("report.css")).append("</style>\n</head>\n<body>\n<header><h1>Charging plan: ")
                .append(Html.escape(plan.figure("scenario"))).append("</h1><p>")
                .append(Html.escape(headline(plan))).append("</p></header>\n<main>\n<h2>Key figures</h2>\n")
                .append(other.isPresent() ? KeyFigures.comparison(plan, other.get(), titleA, titleB)
                        : KeyFigures.cards(plan))
                .append("\n<h2>Map</h2>\n<div class=\"maps\">\n").append(mapPanel(0, titleA));
        other.ifPresent(o -> html.append(mapPanel(1, titleB)));
        html.append("</div>\n<div id=\"legend-below\"></div>\n<p class=\"note\">Click any element for its figures; switch layers at the top right. "
                        + "No background map: roads, feeder and stations are drawn from the plan's own layers.</p>\n")
                .append(legend(plan))
                .append("<h2>Transformer loading over the day</h2>\n<p class=\"note\">Load in kW against each "
                        + "transformer's limit (rating × power factor)")
                .append(other.isPresent() ? "; dashed orange: " + Html.escape(titleB) : "")
                .append(".</p>\n<div class=\"charts\">").append(LoadCharts.transformers(plan, other, "B total"))
                .append("</div>\n<h2>Station load over the day</h2>\n<div class=\"charts\">")
                .append(LoadCharts.sites(plan)).append("</div>\n");
        LoadCharts.pareto(plan).ifPresent(svg -> html.append("<h2>Cost and coverage</h2>\n<div class=\"charts\">")
                .append(svg).append("</div>\n"));
        html.append("<h2>Stations</h2>\n").append(stationTable(plan)).append("</main>\n")
                .append("<script>\n").append(resourceText(LEAFLET + "leaflet.js")).append("\n</script>\n")
                .append("<script>\nwindow.CHARGEPLAN = ").append(Html.scriptJson(data(plan, other, titleA, titleB)))
                .append(";\n</script>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String title(PlanFolder plan, String name) {
        return name + (plan.figure("grid_limits").equals("true") ? " (grid limits on)" : " (grid limits off)");
    }

    private static String headline(PlanFolder plan) {
        return String.format(Locale.ROOT, "%s · %s sites · %s chargers · serves %.1f %% of demand · capital cost %,.0f",
                plan.figure("status"), plan.figure("sites_opened"), plan.figure("chargers_total"),
                100 * plan.number("served_share"), plan.number("total_cost"));
    }

    private static String mapPanel(int index, String title) {
        return "<div class=\"map-panel\">" + (title.isEmpty() ? "" : "<h3>" + Html.escape(title) + "</h3>")
                + "<div class=\"map\" id=\"map-" + index + "\"></div></div>\n";
    }

    private static String legend(PlanFolder plan) {
        String limit = plan.figure("min_voltage_limit_pu").isEmpty() ? "0.9" : plan.figure("min_voltage_limit_pu");
        return "<template id=\"legend-template\"><b>Stations</b>"
                + "<span class=\"swatch\" style=\"background:#1e88e5\"></span>new, size by chargers<br>"
                + "<span class=\"swatch\" style=\"background:#90caf9\"></span>existing<br>"
                + "<span class=\"swatch\" style=\"background:#fff;border:3px solid #6a1b9a\"></span>with storage"
                + "<b>Demand (served share)</b><span class=\"swatch\" style=\"background:rgb(214,96,77)\"></span>0 %"
                + " <span class=\"swatch\" style=\"background:rgb(33,102,172)\"></span>100 %"
                + "<b>Branch / transformer peak loading</b>"
                + "<span class=\"line\" style=\"background:#2e7d32\"></span>&lt; 80 %<br>"
                + "<span class=\"line\" style=\"background:#f9a825\"></span>80–95 %<br>"
                + "<span class=\"line\" style=\"background:#ef6c00\"></span>95–100 %<br>"
                + "<span class=\"line\" style=\"background:#c62828\"></span>&gt; 100 %<br>"
                + "<span class=\"line\" style=\"background:#8d6e63\"></span>branch without rating"
                + "<b>Bus minimum voltage (limit " + Html.escape(limit) + " p.u.)</b>"
                + "<span class=\"swatch\" style=\"background:#2e7d32\"></span>≥ limit + 0.03<br>"
                + "<span class=\"swatch\" style=\"background:#f9a825\"></span>limit + 0.01 to + 0.03<br>"
                + "<span class=\"swatch\" style=\"background:#ef6c00\"></span>limit to + 0.01<br>"
                + "<span class=\"swatch\" style=\"background:#c62828\"></span>below limit</template>\n";
    }

    private static String stationTable(PlanFolder plan) {
        Layer stations = plan.layer("stations");
        List<String> columns = new ArrayList<>(stations.propertyNames());
        StringBuilder html = new StringBuilder("<table class=\"list\"><thead><tr>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (LayerFeature f : stations.features()) {
            html.append("<tr>");
            for (String c : columns) {
                boolean number = f.properties().path(c).isNumber();
                html.append(number ? "<td class=\"num\">" : "<td>").append(Html.escape(f.text(c))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** The map data: each plan's layers as the GeoJSON text of its files. */
    private static String data(PlanFolder plan, Optional<PlanFolder> other, String titleA, String titleB) {
        StringBuilder json = new StringBuilder("{\"plans\":[").append(planData(plan, titleA));
        other.ifPresent(o -> json.append(",\n").append(planData(o, titleB)));
        return json.append("]}").toString();
    }

    private static String planData(PlanFolder plan, String title) {
        StringBuilder json = new StringBuilder("{\"title\":").append(quote(title)).append(",\"minVoltagePu\":")
                .append(plan.figure("min_voltage_limit_pu").isEmpty() ? "null" : plan.figure("min_voltage_limit_pu"))
                .append(",\"layers\":{");
        List<String> parts = new ArrayList<>();
        for (Layer layer : plan.layers()) {
            parts.add(quote(layer.name()) + ":" + layer.toGeoJson());
        }
        return json.append(String.join(",\n", parts)).append("}}").toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String leafletCss() {
        Matcher m = CSS_IMAGE.matcher(resourceText(LEAFLET + "leaflet.css"));
        StringBuilder css = new StringBuilder();
        while (m.find()) {
            String data = Base64.getEncoder().encodeToString(resourceBytes(LEAFLET + "images/" + m.group(1)));
            m.appendReplacement(css, Matcher.quoteReplacement("url(data:image/png;base64," + data + ")"));
        }
        return m.appendTail(css).toString();
    }

    private static String resource(String name) {
        return resourceText("/org/chargeplan/report/" + name);
    }

    private static String resourceText(String path) {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String path) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
