package org.chargeplan.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A typed nearest-neighbour index of point items over a JTS {@link STRtree}.
 *
 * <p>Items are stored in a local equirectangular projection (metres east and north of the first
 * item's latitude), where Euclidean distance is within 0.1 % of the great-circle distance across a
 * city or a province; the distance returned by {@link #nearest} is the exact great-circle distance
 * of the item found. Ties are broken by insertion order, so results are deterministic. The index is
 * immutable once built and safe to query from several threads. An empty index finds nothing.
 *
 * @param <T> the item type
 */
public final class SpatialIndex<T> {

    /** An item and its great-circle distance in metres from the query point. */
    public record Hit<T>(T item, double distanceMeters) {
    }

    private record Entry<T>(int order, T item, LonLat position) {
    }

    private final STRtree tree = new STRtree();
    private final Function<T, LonLat> positionOf;
    private final double cosLat0;
    private final boolean empty;

    /**
     * @param items      the items, in a stable order (ties go to the earlier item)
     * @param positionOf each item's position
     */
    public SpatialIndex(List<T> items, Function<T, LonLat> positionOf) {
        this.positionOf = positionOf;
        this.cosLat0 = items.isEmpty() ? 1 : Math.cos(Math.toRadians(positionOf.apply(items.get(0)).lat()));
        this.empty = items.isEmpty();
        for (int order = 0; order < items.size(); order++) {
            T item = items.get(order);
            LonLat position = positionOf.apply(item);
            Coordinate xy = project(position);
            tree.insert(new Envelope(xy), new Entry<>(order, item, position));
        }
        tree.build();
    }

    /** The item nearest to {@code position}, or empty when the index is empty. */
    public Optional<Hit<T>> nearest(LonLat position) {
        if (empty) {
            return Optional.empty();
        }
        Coordinate xy = project(position);
        Envelope query = new Envelope(xy);
        Object[] candidates = tree.nearestNeighbour(query, new Entry<>(-1, null, position),
                (a, b) -> distance(a, b), 1);
        // nearestNeighbour returns one of possibly several equidistant items; gather all within
        // a hair of that distance and keep the first inserted, for determinism.
        @SuppressWarnings("unchecked")
        Entry<T> found = (Entry<T>) candidates[0];
        double best = planarDistance(xy, project(found.position()));
        double slack = 1e-6 + best * 1e-9;
        Envelope around = new Envelope(xy);
        around.expandBy(best + slack);
        List<Entry<T>> ties = new ArrayList<>();
        for (Object o : tree.query(around)) {
            @SuppressWarnings("unchecked")
            Entry<T> e = (Entry<T>) o;
            if (planarDistance(xy, project(e.position())) <= best + slack) {
                ties.add(e);
            }
        }
        Entry<T> first = ties.stream().min(Comparator.comparingInt(Entry::order)).orElse(found);
        return Optional.of(new Hit<>(first.item(), GreatCircle.distanceMeters(position, first.position())));
    }

    /** The position of an item, as given to the constructor. */
    public LonLat positionOf(T item) {
        return positionOf.apply(item);
    }

    private double distance(ItemBoundable a, ItemBoundable b) {
        @SuppressWarnings("unchecked")
        Entry<T> ea = (Entry<T>) a.getItem();
        @SuppressWarnings("unchecked")
        Entry<T> eb = (Entry<T>) b.getItem();
        return planarDistance(project(ea.position()), project(eb.position()));
    }

    private Coordinate project(LonLat p) {
        double x = Math.toRadians(p.lon()) * cosLat0 * GreatCircle.EARTH_RADIUS_M;
        double y = Math.toRadians(p.lat()) * GreatCircle.EARTH_RADIUS_M;
        return new Coordinate(x, y);
    }

    private static double planarDistance(Coordinate a, Coordinate b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }
}
