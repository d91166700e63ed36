package org.chargeplan.siting;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chargeplan.geo.LonLat;
import org.chargeplan.geo.SpatialIndex;
import org.chargeplan.grid.Feeder;
import org.chargeplan.road.RoadNetwork;

/**
 * Connects a site position to the road network (nearest road node, great-circle metres) and to the
 * feeder (nearest bus and that bus's transformer). Immutable once built; thread-safe.
 */
final class SiteConnector {

    private final SpatialIndex<Integer> roadIndex;
    private final Optional<SpatialIndex<Integer>> busIndex;
    private final Optional<Feeder> feeder;

    SiteConnector(RoadNetwork network, Optional<Feeder> feeder) {
        this.roadIndex = network.nodeLocator();
        this.busIndex = feeder.map(Feeder::busLocator);
        this.feeder = feeder;
    }

    /** The nearest road node and its distance in metres; empty for a network without nodes. */
    Optional<SpatialIndex.Hit<Integer>> nearestRoadNode(LonLat position) {
        return roadIndex.nearest(position);
    }

    /** The feeder bus nearest to {@code position}, or empty without a feeder or bus positions. */
    Optional<Integer> nearestBus(LonLat position) {
        return busIndex.flatMap(index -> index.nearest(position)).map(SpatialIndex.Hit::item);
    }

    boolean hasFeeder() {
        return feeder.isPresent();
    }

    /** A site at {@code roadNode}, connected to {@code bus} (if any) and its transformer. */
    Site site(String id, LonLat position, int roadNode, Optional<Integer> bus, double cost, List<Integer> max,
            List<Integer> existing) {
        OptionalInt busIndexValue = bus.map(OptionalInt::of).orElse(OptionalInt.empty());
        OptionalInt transformer = bus.isPresent() ? feeder.orElseThrow().transformerOf(bus.get()) : OptionalInt.empty();
        return new Site(id, position, roadNode, busIndexValue, transformer, cost, max, existing);
    }
}
