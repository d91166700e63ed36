package org.chargeplan.road.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaxSpeedTest {

    private static double kmh(String value) {
        return MaxSpeed.parseKmh(value).orElseThrow();
    }

    @Test
    void numbersAndUnits() {
        assertEquals(50, kmh("50"));
        assertEquals(50, kmh("50 km/h"));
        assertEquals(50, kmh("50kmh"));
        assertEquals(30 * 1.609344, kmh("30 mph"), 1e-12);
        assertEquals(30 * 1.609344, kmh("30mph"), 1e-12);
        assertEquals(5 * 1.852, kmh("5 knots"), 1e-12);
        assertEquals(6, kmh("walk"));
    }

    @Test
    void listsTakeTheLowestAndZonesTheirUsualLimit() {
        assertEquals(30, kmh("50;30"));
        assertEquals(50, kmh("FR:urban"));
        assertEquals(90, kmh("DE:rural"));
        assertEquals(130, kmh("IT:motorway"));
    }

    @Test
    void unusableValuesGiveNothing() {
        assertTrue(MaxSpeed.parseKmh("none").isEmpty());
        assertTrue(MaxSpeed.parseKmh("signals").isEmpty());
        assertTrue(MaxSpeed.parseKmh("fast").isEmpty());
        assertTrue(MaxSpeed.parseKmh("-5").isEmpty());
        assertTrue(MaxSpeed.parseKmh("50;none").isEmpty());
        assertTrue(MaxSpeed.parseKmh(null).isEmpty());
        assertTrue(MaxSpeed.parseKmh("XX:unknown").isEmpty());
    }
}
