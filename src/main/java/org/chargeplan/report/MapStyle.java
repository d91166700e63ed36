package org.chargeplan.report;

import java.awt.Color;

/**
 * The colours of the static map ({@link MapPicture}), the same classes as the HTML report's map:
 * loading (% of rating) below 80 green, 80-95 amber, 95-100 orange, above 100 red (feeder branches
 * without a rating brown); voltage from green (at least 0.03 p.u. above the limit) to red (below it); demand from red
 * (unserved) to blue (fully served).
 */
final class MapStyle {

    static final Color BACKGROUND = new Color(0xF4F6F8);
    static final Color INK = new Color(0x263238);
    static final Color ROAD = new Color(0xC9CDD3);
    static final Color FEEDER = new Color(0x8D6E63);
    static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    static final Color ROAD_SERVED = new Color(92, 107, 192, 190);
    static final Color ASSIGNMENT = new Color(55, 71, 79, 150);
    static final Color STATION = new Color(0x1E88E5);
    static final Color STATION_EXISTING = new Color(0x90CAF9);
    static final Color STATION_EDGE = new Color(0x0D47A1);
    static final Color STORAGE = new Color(0x6A1B9A);
    static final Color NO_RATING = new Color(0x8A8F98);
    static final Color GREEN = new Color(0x2E7D32);
    static final Color AMBER = new Color(0xF9A825);
    static final Color ORANGE = new Color(0xEF6C00);
    static final Color RED = new Color(0xC62828);

    private MapStyle() {
    }

    static Color loading(double pct) {
        if (Double.isNaN(pct)) {
            return NO_RATING;
        }
        return pct > 100.05 ? RED : pct >= 95 ? ORANGE : pct >= 80 ? AMBER : GREEN;
    }

    static Color voltage(double pu, double limit) {
        if (Double.isNaN(pu)) {
            return NO_RATING;
        }
        return pu < limit - 1e-6 ? RED : pu < limit + 0.01 ? ORANGE : pu < limit + 0.03 ? AMBER : GREEN;
    }

    static Color served(double share) {
        double s = Math.max(0, Math.min(1, share));
        return new Color((int) Math.round(214 + (33 - 214) * s), (int) Math.round(96 + (102 - 96) * s),
                (int) Math.round(77 + (172 - 77) * s));
    }
}
