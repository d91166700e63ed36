package org.chargeplan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** The side panel of {@link MapPicture}: the scenario's name, the key figures and the legend. */
final class MapPanel {

    private final PlanFolder plan;
    private final Graphics2D g;
    private final int left;
    private final int width;
    private final int height;
    private int y;

    MapPanel(PlanFolder plan, Graphics2D g, int left, int width, int height) {
        this.plan = plan;
        this.g = g;
        this.left = left;
        this.width = width;
        this.height = height;
    }

    void draw() {
        g.setColor(Color.WHITE);
        g.fillRect(left, 0, width, height);
        g.setColor(new Color(0x12355B));
        g.fillRect(left, 0, width, 74);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 19));
        g.drawString(fit(plan.figure("scenario"), width - 40), left + 20, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Charging plan by chargeplan", left + 20, 58);
        y = 104;
        for (KeyFigures.Figure f : KeyFigures.of(plan)) {
            g.setColor(new Color(0x5F6B7A));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(f.label().trim().toUpperCase(java.util.Locale.ROOT), left + 20, y);
            g.setColor(new Color(0x1F2933));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(fit(f.text(), width - 40), left + 20, y + 18);
            y += 40;
        }
        y += 6;
        heading("Legend");
        swatch(MapStyle.STATION, MapStyle.STATION_EDGE, "Station (size: chargers; label: id (chargers))");
        swatch(MapStyle.STATION_EXISTING, MapStyle.STATION_EDGE, "Existing station");
        swatch(MapStyle.served(0), Color.WHITE, "Demand, unserved (size: kWh/day)");
        swatch(MapStyle.served(1), Color.WHITE, "Demand, fully served");
        line(MapStyle.ROAD, "Road");
        line(MapStyle.ROAD_SERVED, "Road carrying served trips (width: kWh/day)");
        line(MapStyle.GREEN, "Feeder branch < 80 % of rating");
        line(MapStyle.ORANGE, "Feeder branch 95-100 %");
        line(MapStyle.RED, "Feeder branch > 100 %");
        line(MapStyle.FEEDER, "Feeder branch without rating (dashed: open)");
        swatch(MapStyle.BACKGROUND, MapStyle.ORANGE, "Transformer ring: 95-100 % at peak");
        swatch(MapStyle.BACKGROUND, MapStyle.RED, "Transformer ring: over 100 % at peak");
        swatch(MapStyle.GREEN, MapStyle.INK, "Bus voltage ≥ limit + 0.03 p.u.");
        swatch(MapStyle.ORANGE, MapStyle.INK, "Bus voltage within 0.01 p.u. of limit");
        swatch(MapStyle.RED, MapStyle.INK, "Bus voltage below limit");
    }

    private void heading(String text) {
        g.setColor(new Color(0x12355B));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(text, left + 20, y);
        y += 20;
    }

    private void swatch(Color fill, Color edge, String text) {
        Ellipse2D dot = new Ellipse2D.Double(left + 22, y - 11, 12, 12);
        g.setColor(fill);
        g.fill(dot);
        g.setColor(edge);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
        label(text);
    }

    private void line(Color color, String text) {
        g.setColor(color);
        g.setStroke(new BasicStroke(4f));
        g.drawLine(left + 20, y - 5, left + 36, y - 5);
        label(text);
    }

    private void label(String text) {
        g.setColor(new Color(0x1F2933));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(text, left + 44, y);
        y += 20;
    }

    /** The text, shortened with an ellipsis to fit {@code pixels}. */
    private String fit(String text, int pixels) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= pixels) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > pixels) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
