package org.chargeplan.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chargeplan.scenario.ScenarioReader;
import org.chargeplan.siting.SitingModel;
import org.chargeplan.siting.SitingProblem;
import org.chargeplan.siting.SitingReduction;
import org.chargeplan.solve.LinearModel;
import org.chargeplan.solve.MpsWriter;
import org.chargeplan.study.StudyLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of what {@code plan} does between reading a study and calling the solver: the
 * reductions, building the siting model, and writing it as the MPS text HiGHS reads. Not a test:
 * run by {@code benchmarks/model-build-jmh.sh} on a city from {@code benchmarks/city/make_city.py}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx16g"})
public class ModelBuildBenchmark {

    /** Folder with a generated city's scenario.yaml. */
    @Param("target/city-scale/city-10000")
    public String city;

    private SitingProblem problem;
    private SitingProblem reduced;
    private LinearModel model;

    @Setup(Level.Trial)
    public void load() {
        problem = StudyLoader.load(ScenarioReader.read(Path.of(city, "scenario.yaml"))).problem();
        reduced = SitingReduction.of(problem).reduced();
        model = SitingModel.build(reduced, SitingModel.Goal.MAX_SERVED, 0).linearModel();
    }

    @Benchmark
    public SitingProblem reduce() {
        return SitingReduction.of(problem).reduced();
    }

    @Benchmark
    public LinearModel buildModel() {
        return SitingModel.build(reduced, SitingModel.Goal.MAX_SERVED, 0).linearModel();
    }

    @Benchmark
    public long writeMps() throws IOException {
        CountingWriter out = new CountingWriter();
        MpsWriter.write(model, "benchmark", List.of(), out);
        return out.count;
    }

    /** A writer that only counts characters, so the benchmark measures formatting, not IO. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text) {
            count += text.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
