package org.chargeplan.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SpatialIndex} against brute force over {@link GreatCircle}, and the great-circle figure. */
class SpatialIndexTest {

    private record Item(String name, LonLat position) {
    }

    private static SpatialIndex<Item> index(List<Item> items) {
        return new SpatialIndex<>(items, Item::position);
    }

    /** A point within ±0.05° of (7.4, 43.7): a city-sized box, about 8 km by 11 km. */
    private static LonLat around(Random random) {
        return new LonLat(7.4 + 0.1 * (random.nextDouble() - 0.5), 43.7 + 0.1 * (random.nextDouble() - 0.5));
    }

    @Test
    void nearestAgreesWithBruteForce() {
        long seed = 20240611L;
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(new Item("i" + i, around(random)));
        }
        SpatialIndex<Item> index = index(items);
        for (int q = 0; q < 500; q++) {
            LonLat query = around(random);
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            Item nearest = null;
            for (Item item : items) {
                double d = GreatCircle.distanceMeters(query, item.position());
                if (d < best) {
                    second = best;
                    best = d;
                    nearest = item;
                } else if (d < second) {
                    second = d;
                }
            }
            String where = "seed " + seed + ", query " + q + " " + query;
            SpatialIndex.Hit<Item> hit = index.nearest(query).orElseThrow();
            assertEquals(GreatCircle.distanceMeters(query, hit.item().position()), hit.distanceMeters(), 1e-9,
                    where + ": reported distance is not the great-circle distance of the item found");
            // The index ranks in a local plane, documented within 0.1 % of great-circle distance.
            assertTrue(hit.distanceMeters() <= best * (1 + 1e-3) + 1e-9,
                    where + ": found " + hit + " but " + nearest + " is at " + best + " m");
            if (second > best * 1.01) {
                assertEquals(nearest, hit.item(), where + ": clear nearest item missed");
            }
        }
    }

    @Test
    void emptyIndexFindsNothing() {
        assertEquals(Optional.empty(), index(List.of()).nearest(new LonLat(7.4, 43.7)));
    }

    @Test
    void tiesGoToFirstInsertedItem() {
        LonLat p = new LonLat(7.40, 43.70);
        LonLat elsewhere = new LonLat(7.45, 43.72);
        // Same position twice.
        Item a = new Item("a", p);
        Item b = new Item("b", elsewhere);
        Item c = new Item("c", p);
        assertEquals(a, index(List.of(a, b, c)).nearest(p).orElseThrow().item());
        assertEquals(c, index(List.of(b, c, a)).nearest(p).orElseThrow().item());

        // Two positions at the same distance east and west of the query.
        Item west = new Item("west", new LonLat(7.39, 43.70));
        Item east = new Item("east", new LonLat(7.41, 43.70));
        assertEquals(west, index(List.of(west, east)).nearest(p).orElseThrow().item());
        assertEquals(east, index(List.of(east, west)).nearest(p).orElseThrow().item());
        // With many other items in the tree as well.
        Random random = new Random(7);
        List<Item> many = new ArrayList<>();
        many.add(new Item("far", new LonLat(7.0, 43.0)));
        for (int i = 0; i < 200; i++) {
            LonLat q = around(random);
            if (GreatCircle.distanceMeters(q, p) > 2000) {
                many.add(new Item("x" + i, q));
            }
        }
        many.add(east);
        many.add(west);
        assertEquals(east, index(many).nearest(p).orElseThrow().item(), "seed 7");
    }

    @Test
    void oneDegreeOfLongitudeOnTheEquator() {
        // R × π / 180 = 6,371,008.8 × 0.0174532925 = 111,195.08 m.
        assertEquals(111_195, GreatCircle.distanceMeters(new LonLat(0, 0), new LonLat(1, 0)), 1.0);
        assertEquals(0, GreatCircle.distanceMeters(new LonLat(7.4, 43.7), new LonLat(7.4, 43.7)));
    }
}
