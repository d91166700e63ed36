package org.chargeplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart as inline SVG text (no script needed to show it): series of (x, y) points
 * on linear axes that include zero (negative values, such as storage discharge, go below it), with gridlines, tick labels, axis titles and a legend. Used by
 * the report for 24-hour load curves (x = hour) and the cost-coverage front. Output depends only on
 * the inputs, so the report stays byte-for-byte repeatable.
 */
final class SvgChart {

    /** How a series is drawn: a line through its points, the line with a dot at each, or dots only. */
    enum Mark {
        LINE, LINE_AND_DOTS, DOTS
    }

    /** One series: its legend label, colour (CSS), dashed or not, points (x ascending), and how it is drawn. */
    record Series(String label, String color, boolean dashed, double[] x, double[] y, Mark mark) {

        /** A line without dots. */
        Series(String label, String color, boolean dashed, double[] x, double[] y) {
            this(label, color, dashed, x, y, Mark.LINE);
        }
    }

    private static final int WIDTH = 360;
    private static final int HEIGHT = 190;
    private static final int LEFT = 46;
    private static final int RIGHT = 10;
    private static final int TOP = 22;
    private static final int BOTTOM = 44;

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series = new ArrayList<>();
    private double yTop;
    private double yBottom;

    SvgChart(String title, String xTitle, String yTitle) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    SvgChart add(Series line) {
        series.add(line);
        return this;
    }

    /** 24 hourly values as a series at x = 0..23. */
    static Series hourly(String label, String color, boolean dashed, double[] values) {
        double[] hours = new double[values.length];
        for (int t = 0; t < hours.length; t++) {
            hours[t] = t;
        }
        return new Series(label, color, dashed, hours, values);
    }

    String svg() {
        double xMax = 0;
        double yMax = 0;
        double yMin = 0;
        for (Series s : series) {
            for (double v : s.x()) {
                xMax = Math.max(xMax, v);
            }
            for (double v : s.y()) {
                yMax = Double.isFinite(v) ? Math.max(yMax, v) : yMax;
                yMin = Double.isFinite(v) ? Math.min(yMin, v) : yMin;
            }
        }
        double span = yMax - yMin <= 0 ? 1 : (yMax - yMin) * 1.08;
        double yStep = niceStep(span);
        yTop = yMax <= 0 ? yStep : Math.ceil(yMax * 1.08 / yStep) * yStep;
        yBottom = Math.floor(yMin / yStep) * yStep;
        double xStep = xMax == 23 ? 3 : niceStep(xMax <= 0 ? 1 : xMax);
        double xTop = xMax <= 0 ? 1 : xMax;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\">", WIDTH, HEIGHT));
        out.append("<title>").append(Html.escape(title)).append("</title>");
        out.append(text(LEFT, 14, "start", "chart-title", title));
        for (double y = yBottom; y <= yTop + 1e-9; y += yStep) {
            double py = py(y);
            out.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - RIGHT, py, py));
            out.append(text(LEFT - 4, py + 3, "end", "tick", label(Math.abs(y) < 1e-9 ? 0 : y)));
        }
        for (double x = 0; x <= xTop + 1e-9; x += xStep) {
            out.append(text(px(x, xTop), HEIGHT - BOTTOM + 12, "middle", "tick", label(x)));
        }
        out.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - BOTTOM + 24, "middle", "axis", xTitle));
        out.append(String.format(Locale.ROOT,
                "<text class=\"axis\" transform=\"translate(11,%.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>",
                (TOP + HEIGHT - BOTTOM) / 2.0, Html.escape(yTitle)));
        double legendX = LEFT;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.y()[i])) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(s.x()[i], xTop), py(s.y()[i])));
                }
            }
            boolean line = s.mark() != Mark.DOTS;
            boolean dots = s.mark() != Mark.LINE;
            if (line) {
                out.append(String.format(Locale.ROOT,
                        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>", s.color(),
                        s.dashed() ? " stroke-dasharray=\"5 3\"" : "", points.toString().trim()));
            }
            for (int i = 0; dots && i < s.x().length; i++) {
                if (Double.isFinite(s.y()[i])) {
                    out.append(dot(px(s.x()[i], xTop), py(s.y()[i]), s.color()));
                }
            }
            double ly = HEIGHT - 8;
            if (line) {
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\""
                        + " stroke=\"%s\" stroke-width=\"2\"%s/>", legendX, legendX + 14, ly - 3, ly - 3, s.color(),
                        s.dashed() ? " stroke-dasharray=\"4 2\"" : ""));
            }
            if (dots) {
                out.append(dot(legendX + 7, ly - 3, s.color()));
            }
            out.append(text(legendX + 17, ly, "start", "legend-text", s.label()));
            legendX += 24 + 5.6 * s.label().length();
        }
        return out.append("</svg>").toString();
    }

    private static String dot(double x, double y, String color) {
        return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", x, y, color);
    }

    private static double px(double x, double xTop) {
        return LEFT + (WIDTH - LEFT - RIGHT) * x / xTop;
    }

    private double py(double y) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (y - yBottom) / (yTop - yBottom);
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                cssClass, x, y, anchor, Html.escape(content));
    }

    /** 1, 2 or 5 times a power of ten, giving about five steps up to {@code max}. */
    static double niceStep(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw / power;
        return power * (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10);
    }

    private static String label(double value) {
        if (Math.abs(value) >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (Math.abs(value) >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
