package org.chargeplan.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;

/**
 * Converts coordinates of a GeoJSON input from its coordinate reference system to WGS84
 * longitude/latitude with proj4j (EPSG definitions from proj4j-epsg). Accepted names:
 * {@code EPSG:3857}, {@code urn:ogc:def:crs:EPSG::32632}, {@code EPSG:4326} and the OGC
 * {@code CRS84} (both WGS84: no conversion; GeoJSON order, longitude first, is kept for both).
 * Projected coordinates are x east, y north in the CRS's units. Thread-safe.
 */
public final class CrsTransform {

    private static final Pattern EPSG = Pattern.compile("(?:.*EPSG:+(?:[0-9.]*:)?|.*EPSG/0/)(\\d+)$",
            Pattern.CASE_INSENSITIVE);
    private static final CrsTransform IDENTITY = new CrsTransform("EPSG:4326", null);

    private final String name;
    private final CoordinateTransform transform;

    private CrsTransform(String name, CoordinateTransform transform) {
        this.name = name;
        this.transform = transform;
    }

    /** The conversion from WGS84 to itself. */
    public static CrsTransform identity() {
        return IDENTITY;
    }

    /**
     * The conversion from the CRS named {@code crsName} to WGS84, or empty when the name is not an
     * EPSG code or CRS84, or proj4j does not know the code.
     */
    public static Optional<CrsTransform> toWgs84(String crsName) {
        String text = crsName.trim();
        if (text.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return Optional.of(IDENTITY);
        }
        Matcher m = EPSG.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = "EPSG:" + m.group(1);
        if (code.equals("EPSG:4326")) {
            return Optional.of(IDENTITY);
        }
        try {
            CRSFactory factory = new CRSFactory();
            CoordinateReferenceSystem source = factory.createFromName(code);
            CoordinateReferenceSystem wgs84 = factory.createFromName("EPSG:4326");
            return Optional.of(new CrsTransform(code, new CoordinateTransformFactory().createTransform(source, wgs84)));
        } catch (Proj4jException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The EPSG code converted from, e.g. {@code EPSG:3857}. */
    public String name() {
        return name;
    }

    public boolean isIdentity() {
        return transform == null;
    }

    /**
     * The WGS84 position of a point with coordinates {@code (x, y)} in the source CRS; for WGS84 input
     * x is the longitude and y the latitude. The result may be outside the valid range for bad input:
     * check with {@link LonLat#isValid}.
     *
     * @return {@code {lon, lat}} in degrees
     */
    public double[] apply(double x, double y) {
        if (transform == null) {
            return new double[] {x, y};
        }
        ProjCoordinate out = new ProjCoordinate();
        synchronized (this) {
            transform.transform(new ProjCoordinate(x, y), out);
        }
        return new double[] {out.x, out.y};
    }
}
