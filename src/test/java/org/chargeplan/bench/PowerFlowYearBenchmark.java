package org.chargeplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chargeplan.geo.LonLat;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Bus;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.NewtonRaphsonPowerFlow;
import org.chargeplan.grid.PowerFlowResult;
import org.chargeplan.grid.RadialPowerFlow;

/**
 * A year of hourly power flows (8,760 runs) on a seeded 141-bus radial feeder, by the radial
 * backward/forward sweep and by the general Newton-Raphson solver, side by side in one JVM. Not a
 * test: run by {@code benchmarks/power-flow-year.sh}, which writes
 * {@code benchmarks/results/power-flow-year.md}.
 *
 * <p>The feeder: 141 buses at 12.47 kV on a random tree that grows laterals (each new bus hangs
 * off one of the last eight buses, so the tree is deep like a real feeder), sections of 0.01–0.10 Ω
 * resistance and reactance, loads of 10–150 kW at power factors 0.85–0.98 (about 11 MW in all, the
 * size of the published 141-bus case). Each hour scales every load by a daily shape, a seasonal
 * factor and ±10 % seeded noise.
 */
public final class PowerFlowYearBenchmark {

    private static final int HOURS = 8760;
    private static final int BUSES = 141;

    private PowerFlowYearBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "benchmarks/results/power-flow-year.md");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Feeder feeder = feeder(new Random(141));
        double[][] p = new double[HOURS][];
        double[][] q = new double[HOURS][];
        loads(feeder, new Random(8760), p, q);
        RadialPowerFlow sweep = new RadialPowerFlow(feeder);
        NewtonRaphsonPowerFlow newton = new NewtonRaphsonPowerFlow(feeder);

        double worstDifference = 0;
        double lowestVoltage = 1;
        int sweepIterations = 0;
        int newtonIterations = 0;
        for (int h = 0; h < HOURS; h++) {
            PowerFlowResult a = sweep.solve(p[h], q[h]);
            PowerFlowResult b = newton.solve(p[h], q[h]);
            if (!a.converged() || !b.converged()) {
                throw new IllegalStateException("hour " + h + " did not converge");
            }
            sweepIterations += a.iterations();
            newtonIterations += b.iterations();
            lowestVoltage = Math.min(lowestVoltage, a.voltagePu()[a.minVoltageBus()]);
            for (int bus = 0; bus < BUSES; bus++) {
                worstDifference = Math.max(worstDifference, Math.abs(a.voltagePu()[bus] - b.voltagePu()[bus]));
            }
        }
        List<Double> sweepTimes = new ArrayList<>();
        List<Double> newtonTimes = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            sweepTimes.add(time(() -> {
                for (int h = 0; h < HOURS; h++) {
                    sweep.solve(p[h], q[h]);
                }
            }));
            newtonTimes.add(time(() -> {
                for (int h = 0; h < HOURS; h++) {
                    newton.solve(p[h], q[h]);
                }
            }));
        }
        double sweepSeconds = median(sweepTimes);
        double newtonSeconds = median(newtonTimes);
        String table = String.format(Locale.ROOT, """
                # A year of hourly power flows on a 141-bus radial feeder

                Machine: %d cores, Java %s. Command: `benchmarks/power-flow-year.sh` (median of %d timed
                passes of 8,760 runs each, after one untimed pass that also checks agreement).

                | solver | seconds for 8,760 runs | µs per run | mean iterations | ratio to sweep |
                |---|---|---|---|---|
                | backward/forward sweep (`RadialPowerFlow`) | %.3f | %.1f | %.1f | 1.0 |
                | Newton-Raphson, dense LU (`NewtonRaphsonPowerFlow`) | %.3f | %.1f | %.1f | %.1f |

                Largest voltage difference between the two over the year: %.2e p.u.; lowest voltage of
                the year %.4f p.u.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), repeats,
                sweepSeconds, 1e6 * sweepSeconds / HOURS, (double) sweepIterations / HOURS,
                newtonSeconds, 1e6 * newtonSeconds / HOURS, (double) newtonIterations / HOURS,
                newtonSeconds / sweepSeconds, worstDifference, lowestVoltage);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, table);
        System.out.print(table);
    }

    static Feeder feeder(Random random) {
        List<Bus> buses = new ArrayList<>();
        buses.add(new Bus("1", new LonLat(0, 0), 0, 0, 12.47, true));
        List<Branch> branches = new ArrayList<>();
        for (int b = 1; b < BUSES; b++) {
            double kw = 10 + 140 * random.nextDouble();
            double pf = 0.85 + 0.13 * random.nextDouble();
            double kvar = kw * Math.tan(Math.acos(pf));
            buses.add(new Bus(String.valueOf(b + 1), new LonLat(0.001 * b, 0), kw, kvar, 12.47, false));
            int parent = Math.max(0, b - 1 - random.nextInt(8));
            branches.add(new Branch("L" + b, parent, b, 0.01 + 0.09 * random.nextDouble(),
                    0.01 + 0.09 * random.nextDouble(), true, List.of()));
        }
        return new Feeder(buses, branches, List.of(), Collections.nCopies(24, 1.0));
    }

    static void loads(Feeder feeder, Random random, double[][] p, double[][] q) {
        for (int h = 0; h < HOURS; h++) {
            int hourOfDay = h % 24;
            double daily = 0.55 + 0.45 * Math.max(0, Math.sin(Math.PI * (hourOfDay - 6) / 16.0));
            double seasonal = 0.85 + 0.15 * Math.cos(2 * Math.PI * h / HOURS);
            p[h] = new double[BUSES];
            q[h] = new double[BUSES];
            for (int b = 0; b < BUSES; b++) {
                double factor = daily * seasonal * (0.9 + 0.2 * random.nextDouble());
                p[h][b] = feeder.buses().get(b).baseKw() * factor;
                q[h][b] = feeder.buses().get(b).baseKvar() * factor;
            }
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
