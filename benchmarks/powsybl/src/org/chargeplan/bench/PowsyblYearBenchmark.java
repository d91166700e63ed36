package org.chargeplan.bench;

import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Load;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.TopologyKind;
import com.powsybl.iidm.network.VoltageLevel;
import com.powsybl.loadflow.LoadFlow;
import com.powsybl.loadflow.LoadFlowParameters;
import com.powsybl.loadflow.LoadFlowResult;
import com.powsybl.openloadflow.OpenLoadFlowParameters;
import com.powsybl.openloadflow.network.SlackBusSelectionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chargeplan.grid.Branch;
import org.chargeplan.grid.Feeder;
import org.chargeplan.grid.PowerFlowResult;
import org.chargeplan.grid.RadialPowerFlow;

/**
 * A year of hourly power flows (8,760 runs) on the seeded 141-bus radial feeder of
 * {@link PowerFlowYearBenchmark}, by chargeplan's backward/forward sweep and by PowSyBl Open Load
 * Flow (an independent Newton-Raphson implementation), side by side in one JVM. Not a test, and not
 * compiled in a normal build: it lives in {@code benchmarks/powsybl/src}, which only the Maven
 * profile {@code powsybl-benchmark} adds as a test source folder. Run by
 * {@code benchmarks/power-flow-powsybl.sh}, which writes
 * {@code benchmarks/results/power-flow-powsybl.md}.
 *
 * <p>The IIDM network: one substation and one voltage level (BUS_BREAKER topology) per feeder bus
 * at its nominal kV, one bus in each, a line per in-service branch with the branch's r and x in
 * ohms (no shunt admittance), a load per bus, and a voltage-regulating generator at the slack bus
 * holding {@code slackVoltagePu × nominal kV}. Open Load Flow runs with distributed slack off (the
 * generator alone balances the feeder, as the sweep's slack bus does), the slack bus chosen as the
 * bus of the largest (only) generator, and reactive limits off (the generator is the slack, it
 * must supply whatever the feeder draws). Everything else is OLF's default, in particular a flat
 * start every hour, like the sweep. OLF is timed twice: with its default Newton-Raphson stopping
 * criterion (1e-4 p.u. mismatch per equation on 100 MVA, i.e. 10 kW / 10 kvar) and with a tight
 * one (1e-10 p.u.), closer to the sweep's 1e-10 p.u. voltage tolerance.
 *
 * <p>Each OLF run is timed as a caller sees it: set the 141 loads' p0/q0, {@code LoadFlow.run}
 * (which builds OLF's own network model from IIDM, solves, and writes voltages back to IIDM), and
 * read the 141 bus voltages. The sweep is timed over {@code solve} on prepared arrays.
 */
public final class PowsyblYearBenchmark {

    private static final double DEFAULT_EPS = 1e-4;
    private static final double TIGHT_EPS = 1e-10;

    private PowsyblYearBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "benchmarks/results/power-flow-powsybl.md");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        // OLF warns on every run that the slack generator (targetP 0) takes no part in distributing
        // the slack, which is moot with distributed slack off; 4 x 8,760 such lines would be timed too.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.powsybl"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Feeder feeder = PowerFlowYearBenchmark.feeder(new Random(141));
        int hours = 8760;
        double[][] p = new double[hours][];
        double[][] q = new double[hours][];
        PowerFlowYearBenchmark.loads(feeder, new Random(8760), p, q);
        RadialPowerFlow sweep = new RadialPowerFlow(feeder);
        Olf olfDefault = new Olf(feeder, DEFAULT_EPS);
        Olf olfTight = new Olf(feeder, TIGHT_EPS);
        int n = feeder.buses().size();

        // Untimed pass: agreement and iteration counts (also warms up the JIT).
        double[] sweepStats = new double[2];
        double lowestVoltage = 1;
        double[][] sweepVoltages = new double[hours][];
        for (int h = 0; h < hours; h++) {
            PowerFlowResult a = sweep.solve(p[h], q[h]);
            if (!a.converged()) {
                throw new IllegalStateException("sweep: hour " + h + " did not converge");
            }
            sweepStats[0] += a.iterations();
            sweepVoltages[h] = a.voltagePu();
            lowestVoltage = Math.min(lowestVoltage, a.voltagePu()[a.minVoltageBus()]);
        }
        for (Olf olf : List.of(olfDefault, olfTight)) {
            double[] v = new double[n];
            for (int h = 0; h < hours; h++) {
                olf.iterations += olf.solve(p[h], q[h], v);
                for (int b = 0; b < n; b++) {
                    olf.worstDifference = Math.max(olf.worstDifference, Math.abs(v[b] - sweepVoltages[h][b]));
                }
            }
        }

        List<Double> sweepTimes = new ArrayList<>();
        List<Double> defaultTimes = new ArrayList<>();
        List<Double> tightTimes = new ArrayList<>();
        double[] v = new double[n];
        for (int r = 0; r < repeats; r++) {
            sweepTimes.add(time(() -> {
                for (int h = 0; h < hours; h++) {
                    sweep.solve(p[h], q[h]);
                }
            }));
            defaultTimes.add(time(() -> {
                for (int h = 0; h < hours; h++) {
                    olfDefault.solve(p[h], q[h], v);
                }
            }));
            tightTimes.add(time(() -> {
                for (int h = 0; h < hours; h++) {
                    olfTight.solve(p[h], q[h], v);
                }
            }));
            System.err.printf(Locale.ROOT, "pass %d: sweep %.3f s, OLF default %.3f s, OLF tight %.3f s%n", r + 1,
                    sweepTimes.get(r), defaultTimes.get(r), tightTimes.get(r));
        }
        double sweepSeconds = median(sweepTimes);
        double defaultSeconds = median(defaultTimes);
        double tightSeconds = median(tightTimes);
        String olfVersion = jarName(com.powsybl.openloadflow.OpenLoadFlowProvider.class);
        String coreVersion = jarName(Network.class);
        String table = String.format(Locale.ROOT, """
                # A year of hourly power flows on a 141-bus radial feeder: chargeplan vs PowSyBl Open Load Flow

                Machine: %d cores, Java %s (%s). Command: `benchmarks/power-flow-powsybl.sh` (median of %d
                timed passes of 8,760 runs each, after one untimed pass that also checks agreement). Peer:
                `%s` on `%s`, called as `LoadFlow.find("OpenLoadFlow").run(network, parameters)`.
                The feeder and the hourly loads are those of `power-flow-year.md` (same seeds).

                | solver | seconds for 8,760 runs | µs per run | mean iterations | ratio to sweep | largest voltage difference to the sweep, p.u. |
                |---|---|---|---|---|---|
                | backward/forward sweep (`RadialPowerFlow`, tolerance 1e-10 p.u.) | %.3f | %.1f | %.1f | 1.0 | — |
                | Open Load Flow, default stopping criterion (1e-4 p.u. per equation) | %.3f | %.1f | %.1f | %.1f | %.2e |
                | Open Load Flow, tight stopping criterion (1e-10 p.u. per equation) | %.3f | %.1f | %.1f | %.1f | %.2e |

                Lowest voltage of the year %.4f p.u. OLF parameters: distributed slack off, slack bus =
                the bus of the largest generator (the one generator, at the feeder's slack bus), reactive
                limits off, flat start (OLF's default `UNIFORM_VALUES`), sparse LU (OLF's default, KLU in
                `powsybl-math-native`); all else default; PowSyBl's log set to ERROR (it warns on every
                run that the slack generator, at targetP 0, takes no part in slack distribution, which is
                off anyway). OLF's default stopping criterion is meant for transmission grids on a
                100 MVA base: here 1e-4 p.u. is 10 kW, about a bus's load, so OLF stops after one or two
                iterations, off by the difference shown. An OLF run is timed as a caller sees it:
                setting the 141 loads, `run` (which rebuilds OLF's network model from IIDM every time and
                writes the voltages back) and reading the 141 voltages.

                Every timed pass, seconds: sweep %s; OLF default %s; OLF tight %s.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), repeats, olfVersion, coreVersion,
                sweepSeconds, 1e6 * sweepSeconds / hours, sweepStats[0] / hours,
                defaultSeconds, 1e6 * defaultSeconds / hours, (double) olfDefault.iterations / hours,
                defaultSeconds / sweepSeconds, olfDefault.worstDifference,
                tightSeconds, 1e6 * tightSeconds / hours, (double) olfTight.iterations / hours,
                tightSeconds / sweepSeconds, olfTight.worstDifference, lowestVoltage, passes(sweepTimes),
                passes(defaultTimes), passes(tightTimes));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, table);
        System.out.print(table);
    }

    /** The feeder as an IIDM network with its own Open Load Flow runner and parameters. */
    private static final class Olf {
        private final Network network;
        private final Load[] loads;
        private final Bus[] buses;
        private final double[] nominalKv;
        private final LoadFlow.Runner runner = LoadFlow.find("OpenLoadFlow");
        private final LoadFlowParameters parameters;
        private final double eps;
        long iterations;
        double worstDifference;

        Olf(Feeder feeder, double eps) {
            this.eps = eps;
            int n = feeder.buses().size();
            network = Network.create("feeder141", "chargeplan");
            loads = new Load[n];
            buses = new Bus[n];
            nominalKv = new double[n];
            for (int b = 0; b < n; b++) {
                org.chargeplan.grid.Bus bus = feeder.buses().get(b);
                nominalKv[b] = bus.nominalKv();
                VoltageLevel level = network.newSubstation().setId("S" + b).add().newVoltageLevel()
                        .setId("VL" + b).setNominalV(bus.nominalKv()).setTopologyKind(TopologyKind.BUS_BREAKER).add();
                buses[b] = level.getBusBreakerView().newBus().setId("B" + b).add();
                loads[b] = level.newLoad().setId("LOAD" + b).setBus("B" + b).setConnectableBus("B" + b)
                        .setP0(0).setQ0(0).add();
                if (bus.slack()) {
                    Generator generator = level.newGenerator().setId("GEN" + b).setBus("B" + b)
                            .setConnectableBus("B" + b).setMinP(-1000).setMaxP(1000).setTargetP(0).setTargetQ(0)
                            .setVoltageRegulatorOn(true).setTargetV(feeder.slackVoltagePu() * bus.nominalKv()).add();
                    generator.newMinMaxReactiveLimits().setMinQ(-1000).setMaxQ(1000).add();
                }
            }
            for (Branch branch : feeder.branches()) {
                if (!branch.inService()) {
                    continue;
                }
                String from = "B" + branch.fromBus();
                String to = "B" + branch.toBus();
                network.newLine().setId(branch.id())
                        .setVoltageLevel1("VL" + branch.fromBus()).setBus1(from).setConnectableBus1(from)
                        .setVoltageLevel2("VL" + branch.toBus()).setBus2(to).setConnectableBus2(to)
                        .setR(branch.rOhm()).setX(branch.xOhm()).setG1(0).setB1(0).setG2(0).setB2(0).add();
            }
            parameters = new LoadFlowParameters().setDistributedSlack(false).setUseReactiveLimits(false);
            OpenLoadFlowParameters.create(parameters).setSlackBusSelectionMode(SlackBusSelectionMode.LARGEST_GENERATOR)
                    .setNewtonRaphsonConvEpsPerEq(eps);
        }

        /** Sets the loads (kW, kvar), runs OLF, writes voltage magnitudes (p.u.) into {@code v}; returns iterations. */
        int solve(double[] kw, double[] kvar, double[] v) {
            for (int b = 0; b < loads.length; b++) {
                loads[b].setP0(kw[b] / 1000).setQ0(kvar[b] / 1000);
            }
            LoadFlowResult result = runner.run(network, parameters);
            LoadFlowResult.ComponentResult component = result.getComponentResults().get(0);
            if (component.getStatus() != LoadFlowResult.ComponentResult.Status.CONVERGED) {
                throw new IllegalStateException("Open Load Flow (eps " + eps + ") did not converge: "
                        + component.getStatus() + " " + component.getStatusText());
            }
            for (int b = 0; b < buses.length; b++) {
                v[b] = buses[b].getV() / nominalKv[b];
            }
            return component.getIterationCount();
        }
    }

    private static String jarName(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString()
                    .replaceFirst("\\.jar$", "");
        } catch (Exception e) {
            return type.getPackageName();
        }
    }

    private static String passes(List<Double> seconds) {
        List<String> texts = new ArrayList<>();
        for (double s : seconds) {
            texts.add(String.format(Locale.ROOT, "%.3f", s));
        }
        return String.join(", ", texts);
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }
}
