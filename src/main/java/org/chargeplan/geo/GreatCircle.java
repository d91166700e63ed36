package org.chargeplan.geo;

/**
 * Great-circle distance on a spherical earth by the haversine formula.
 *
 * <p>The sphere has the IUGG mean earth radius 6,371,008.8 m; against the WGS84 ellipsoid the error
 * is below 0.5 %, which is well inside the precision of road lengths and grid distances used here.
 * Stateless and thread-safe.
 */
public final class GreatCircle {

    /** Mean earth radius in metres (IUGG R1). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private GreatCircle() {
    }

    /** Distance between two positions, in metres. */
    public static double distanceMeters(LonLat a, LonLat b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
