package org.chargeplan.siting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.chargeplan.demand.DemandPoint;
import org.chargeplan.demand.HourlyProfile;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.Transformer;
import org.chargeplan.road.ReachSets;
import org.chargeplan.scenario.ChargerType;
import org.chargeplan.scenario.Objective;

/**
 * Tiny random siting instances for exhaustive comparison: 3 to 6 sites, 3 to 7 demand points, one
 * demand class, one or two charger types with at most 2 chargers a site, two transformers with
 * random hourly headroom, sometimes an existing site.
 */
final class RandomInstances {

    private RandomInstances() {
    }

    static SitingProblem generate(long seed, Objective.Kind kind) {
        Random random = new Random(seed);
        int siteCount = 3 + random.nextInt(4);
        int demandCount = 3 + random.nextInt(5);
        int typeCount = 1 + random.nextInt(2);

        List<ChargerType> types = new ArrayList<>();
        for (int k = 0; k < typeCount; k++) {
            types.add(new ChargerType("t" + k, 10 + random.nextInt(60), 1000 + random.nextInt(9000),
                    0.5 + 0.5 * random.nextDouble(), 2));
        }
        List<Double> shares = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            shares.add(random.nextInt(4) == 0 ? 0.0 : 0.2 + random.nextDouble());
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        HourlyProfile profile = new HourlyProfile("c", shares.stream().map(s -> s / sum).toList());

        List<Bus> buses = new ArrayList<>();
        buses.add(new Bus("slack", new LonLat(0, 0), 0, 0, 11, true));
        buses.add(new Bus("b1", new LonLat(0.01, 0), 20 + random.nextInt(60), 0, 11, false));
        buses.add(new Bus("b2", new LonLat(0.02, 0), 20 + random.nextInt(60), 0, 11, false));
        List<Double> baseProfile = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            baseProfile.add(0.3 + 0.7 * random.nextDouble());
        }
        List<Transformer> transformers = List.of(
                new Transformer("T1", 1, 60 + random.nextInt(100), 0.9),
                new Transformer("T2", 2, 60 + random.nextInt(100), 0.9));
        Feeder feeder = new Feeder(buses, List.of(), transformers, baseProfile);

        List<Site> sites = new ArrayList<>();
        boolean withExisting = random.nextInt(3) == 0;
        for (int i = 0; i < siteCount; i++) {
            int transformer = random.nextInt(3) - 1; // -1: connected where no transformer limits it
            List<Integer> max = Collections.nCopies(typeCount, 2);
            List<Integer> existing = new ArrayList<>(Collections.nCopies(typeCount, 0));
            if (withExisting && i == 0) {
                existing.set(0, 1);
            }
            boolean isExisting = existing.get(0) > 0;
            sites.add(new Site("s" + i, new LonLat(0.001 * i, 0), i,
                    transformer < 0 ? OptionalInt.empty() : OptionalInt.of(transformer + 1),
                    transformer < 0 ? OptionalInt.empty() : OptionalInt.of(transformer),
                    isExisting ? 0 : 5000 + random.nextInt(20000), max, existing));
        }
        List<DemandPoint> demand = new ArrayList<>();
        List<List<ReachSets.Reach>> reach = new ArrayList<>();
        double totalEnergy = 0;
        for (int d = 0; d < demandCount; d++) {
            double energy = 100 + random.nextInt(900);
            totalEnergy += energy;
            demand.add(new DemandPoint("d" + d, new LonLat(0, 0.001 * d), 0, energy, "c"));
            List<ReachSets.Reach> reachable = new ArrayList<>();
            for (int i = 0; i < siteCount; i++) {
                if (random.nextDouble() < 0.5) {
                    reachable.add(new ReachSets.Reach(i, random.nextDouble() * 10));
                }
            }
            reach.add(reachable);
        }
        Objective objective = kind == Objective.Kind.MAX_COVERAGE
                ? new Objective(kind, 10000 + random.nextInt(60000), 0)
                : new Objective(kind, Double.POSITIVE_INFINITY, 0.1 + 0.5 * random.nextDouble());
        return new SitingProblem(sites, demand, reach, types, List.of(profile), Optional.of(feeder), objective, true);
    }
}
