package org.chargeplan.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.chargeplan.geo.LonLat;

/**
 * Seeded random radial feeders for randomized power-flow tests: 5–60 buses at 12.66 kV joined by a
 * random tree (each new bus hangs off a uniformly chosen earlier one), line sections with r and x
 * in 0.05–1.5 Ω, loads of 0–300 kW and 0–150 kvar, and a slack voltage of 1.0–1.05 p.u. The slack
 * bus sits at a random index and bus order is shuffled, so solvers cannot rely on bus 0 being the
 * root or on parents preceding children. Branches run from parent to child. Same seed, same feeder.
 */
final class RandomFeeders {

    static final double NOMINAL_KV = 12.66;

    private RandomFeeders() {
    }

    /** The feeder for {@code seed}; loads are the buses' {@code baseKw} and {@code baseKvar}. */
    static Feeder generate(long seed) {
        Random random = new Random(seed);
        int n = 5 + random.nextInt(56);
        // Tree over positions 0..n-1 with position 0 the root; index[position] is the bus index.
        List<Integer> index = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            index.add(b);
        }
        Collections.shuffle(index, random);
        Bus[] buses = new Bus[n];
        for (int position = 0; position < n; position++) {
            boolean slack = position == 0;
            double kw = slack ? 0 : 300 * random.nextDouble();
            double kvar = slack ? 0 : 150 * random.nextDouble();
            int bus = index.get(position);
            buses[bus] = new Bus(Integer.toString(bus), new LonLat(0.001 * bus, 0), kw, kvar, NOMINAL_KV, slack);
        }
        List<Branch> branches = new ArrayList<>();
        for (int position = 1; position < n; position++) {
            int parent = index.get(random.nextInt(position));
            int child = index.get(position);
            double r = 0.05 + 1.45 * random.nextDouble();
            double x = 0.05 + 1.45 * random.nextDouble();
            branches.add(new Branch(parent + "-" + child, parent, child, r, x, true, List.of()));
        }
        double slackVoltage = 1.0 + 0.05 * random.nextDouble();
        return new Feeder(List.of(buses), branches, List.of(), Collections.nCopies(24, 1.0), slackVoltage);
    }
}
