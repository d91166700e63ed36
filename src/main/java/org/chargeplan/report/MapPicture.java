package org.chargeplan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * {@code report.png}: a static map of the plan drawn with Java2D (no browser), 1600 × 1000 pixels,
 * for slides and e-mails: roads by served flow, feeder branches by peak loading, demand by served
 * share, stations sized by chargers and labelled, with a side panel of key figures and a legend
 * ({@link MapStyle}). The map uses an equirectangular projection at the layers' mean latitude
 * (true shape at city scale). Same folder, same pixels.
 */
final class MapPicture {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int MAP_WIDTH = 1140;
    private static final int MARGIN = 40;
    /** Mean length of a degree of latitude, km. */
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    private final PlanFolder plan;
    private final Graphics2D g;
    private double minLon = 180;
    private double maxLon = -180;
    private double minLat = 90;
    private double maxLat = -90;
    private double scale;
    private double cosLat;

    private MapPicture(PlanFolder plan, Graphics2D g) {
        this.plan = plan;
        this.g = g;
    }

    static void write(PlanFolder plan, Path file) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            new MapPicture(plan, g).draw();
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void draw() {
        g.setColor(MapStyle.BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        fit();
        double flowMax = max("roads", "served_kwh_per_day");
        for (LayerFeature road : plan.layer("roads").features()) {
            double flow = road.number("served_kwh_per_day", 0);
            line(road, flow > 0 ? MapStyle.ROAD_SERVED : MapStyle.ROAD,
                    1.5f + (flowMax > 0 ? (float) (8 * flow / flowMax) : 0), null);
        }
        for (LayerFeature branch : plan.layer("grid_branches").features()) {
            boolean inService = !"false".equals(branch.text("in_service"));
            double pct = branch.number("peak_loading_pct", Double.NaN);
            line(branch, Double.isNaN(pct) ? MapStyle.FEEDER : MapStyle.loading(pct), 3f,
                    inService ? null : new float[] {6, 5});
        }
        for (LayerFeature a : plan.layer("assignments").features()) {
            line(a, MapStyle.ASSIGNMENT, 1f, new float[] {4, 4});
        }
        double demandMax = max("demand", "kwh_per_day");
        for (LayerFeature d : plan.layer("demand").features()) {
            double r = 4 + 10 * Math.sqrt(d.number("kwh_per_day", 0) / (demandMax > 0 ? demandMax : 1));
            circle(d, r, MapStyle.served(d.number("served_share", 0)), Color.WHITE, 1.2f);
        }
        double limit = plan.number("min_voltage_limit_pu");
        for (LayerFeature bus : plan.layer("grid_buses").features()) {
            circle(bus, 4.5, MapStyle.voltage(bus.number("min_voltage_pu", Double.NaN), Double.isNaN(limit) ? 0.9 : limit),
                    MapStyle.INK, 1f);
        }
        double chargersMax = max("stations", "chargers");
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        for (LayerFeature s : plan.layer("stations").features()) {
            double r = 8 + 13 * Math.sqrt(s.number("chargers", 0) / (chargersMax > 0 ? chargersMax : 1));
            boolean storage = s.number("storage_kwh", 0) > 0;
            circle(s, r, "true".equals(s.text("existing")) ? MapStyle.STATION_EXISTING : MapStyle.STATION,
                    storage ? MapStyle.STORAGE : MapStyle.STATION_EDGE, storage ? 4f : 2f);
            Point2D p = project(s.positions().get(0));
            g.setColor(MapStyle.STATION_EDGE);
            g.drawString(s.text("id") + " (" + s.text("chargers") + ")", (float) (p.getX() + r + 3), (float) (p.getY() + 5));
        }
        // Drawn last so that a station at the bus does not hide its transformer's state.
        for (LayerFeature t : plan.layer("grid_transformers").features()) {
            double pct = t.number("peak_loading_pct", 0);
            if (pct >= 95) {
                circle(t, 11, MapStyle.TRANSPARENT, MapStyle.loading(pct), 3.5f);
            }
        }
        scaleBar();
        new MapPanel(plan, g, MAP_WIDTH, WIDTH - MAP_WIDTH, HEIGHT).draw();
    }

    /** A bar of a round number of kilometres, at most about a fifth of the map wide, at the bottom right. */
    private void scaleBar() {
        double pixelsPerKm = scale / KM_PER_DEGREE_LATITUDE;
        double km = SvgChart.niceStep(MAP_WIDTH / 10.0 / pixelsPerKm * 5);
        int length = (int) Math.round(km * pixelsPerKm);
        int x = MAP_WIDTH - length - 80;
        int y = HEIGHT - 24;
        g.setColor(MapStyle.INK);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y, x + length, y);
        g.drawLine(x, y - 6, x, y);
        g.drawLine(x + length, y - 6, x + length, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString((km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km", x + length + 6, y + 4);
    }

    private void fit() {
        for (Layer layer : plan.layers()) {
            for (LayerFeature f : layer.features()) {
                for (double[] p : f.positions()) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        if (minLon > maxLon) {
            minLon = -1;
            maxLon = 1;
            minLat = -1;
            maxLat = 1;
        }
        cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double width = Math.max((maxLon - minLon) * cosLat, 1e-9);
        double height = Math.max(maxLat - minLat, 1e-9);
        scale = Math.min((MAP_WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height);
    }

    private Point2D project(double[] lonLat) {
        double x = MAP_WIDTH / 2.0 + ((lonLat[0] - (minLon + maxLon) / 2) * cosLat) * scale;
        double y = HEIGHT / 2.0 - (lonLat[1] - (minLat + maxLat) / 2) * scale;
        return new Point2D.Double(x, y);
    }

    private void line(LayerFeature f, Color color, float width, float[] dash) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < f.positions().size(); i++) {
            Point2D p = project(f.positions().get(i));
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.draw(path);
    }

    private void circle(LayerFeature f, double radius, Color fill, Color edge, float edgeWidth) {
        Point2D p = project(f.positions().get(0));
        Ellipse2D shape = new Ellipse2D.Double(p.getX() - radius, p.getY() - radius, 2 * radius, 2 * radius);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(new BasicStroke(edgeWidth));
        g.draw(shape);
    }

    private double max(String layer, String field) {
        return plan.layer(layer).features().stream().mapToDouble(f -> f.number(field, 0)).max().orElse(0);
    }
}
