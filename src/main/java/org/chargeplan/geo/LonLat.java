package org.chargeplan.geo;

/**
 * A position in WGS84 (EPSG:4326) as longitude and latitude in decimal degrees, in the axis order
 * of RFC 7946 GeoJSON (longitude first).
 *
 * @param lon longitude in degrees, in [-180, 180]
 * @param lat latitude in degrees, in [-90, 90]
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(
                    "not a WGS84 lon/lat position: [" + lon + ", " + lat + "]");
        }
    }

    /** Whether the pair is a valid WGS84 longitude/latitude (both finite and in range). */
    public static boolean isValid(double lon, double lat) {
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
    }
}
