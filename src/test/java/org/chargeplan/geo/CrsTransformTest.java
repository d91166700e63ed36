package org.chargeplan.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chargeplan.scenario.InputException;
import org.junit.jupiter.api.Test;

/**
 * Reprojection of GeoJSON inputs, against hand computations: the inverse spherical Web Mercator
 * formula (EPSG:3857, R = 6,378,137 m) and the UTM zone 32N position of 45°N on the central
 * meridian 9°E (northing 0.9996 × 4,984,944.38 m, the WGS84 meridian arc to 45°).
 */
class CrsTransformTest {

    private static final double R = 6_378_137.0;

    @Test
    void webMercatorFromTheCrsMember() {
        List<GeoJsonFeature> features = GeoJsonReader.read(Path.of("src/test/resources/geo/points_3857.geojson"));
        double[][] xy = {{826_903.442, 5_425_263.534}, {825_656.663, 5_423_399.377}};
        for (int i = 0; i < 2; i++) {
            LonLat p = features.get(i).point();
            double lon = Math.toDegrees(xy[i][0] / R);
            double lat = Math.toDegrees(2 * Math.atan(Math.exp(xy[i][1] / R)) - Math.PI / 2);
            assertEquals(lon, p.lon(), 1e-7);
            assertEquals(lat, p.lat(), 1e-7);
        }
        assertEquals(7.4282, features.get(0).point().lon(), 1e-7);
        assertEquals(43.7398, features.get(0).point().lat(), 1e-7);
    }

    @Test
    void utmFromTheScenarioDefault() {
        LonLat p = GeoJsonReader.read(Path.of("src/test/resources/geo/points_utm32n_no_crs.geojson"),
                Optional.of("EPSG:32632")).get(0).point();
        assertEquals(9.0, p.lon(), 1e-7);
        assertEquals(45.0, p.lat(), 1e-6);
    }

    @Test
    void wgs84NamesNeedNoConversionAndUnknownCodesAreRefused() {
        assertTrue(CrsTransform.toWgs84("urn:ogc:def:crs:OGC:1.3:CRS84").orElseThrow().isIdentity());
        assertTrue(CrsTransform.toWgs84("EPSG:4326").orElseThrow().isIdentity());
        assertTrue(CrsTransform.toWgs84("EPSG:999999").isEmpty());
        assertTrue(CrsTransform.toWgs84("my local grid").isEmpty());
        InputException e = assertThrows(InputException.class,
                () -> GeoJsonReader.read(Path.of("src/test/resources/geo/points_unknown_crs.geojson")));
        assertTrue(e.getMessage().contains("field 'crs' = EPSG:999999"), e.getMessage());
    }
}
