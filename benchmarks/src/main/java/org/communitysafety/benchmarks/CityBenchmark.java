package org.communitysafety.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every benchmark on the sample city shares: the JMH settings (average time in
 * milliseconds, one fork with an 8 GB heap touched before the trial ({@code -XX:+AlwaysPreTouch}:
 * without it an operation that allocates tens of megabytes also times the kernel's first touch of
 * fresh heap pages until the young generation has been used once — query 4 took 63–115 ms a run
 * without it and 58–71 ms with it, 2026-12-07), 2 warm-up and 3 measured iterations of 2 s — a
 * subclass's own annotation wins, JMH takes the nearest), the size ladder, and the set-up of a
 * trial: the city of {@link BenchmarkData} at that size, built once per JVM and logged, then
 * what the benchmark measures on, made from it by {@link #load}.
 *
 * @param <D> what the measured methods read: the city itself, or its column stores of every
 *     record kind
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public abstract class CityBenchmark<D> {
    /** Incidents in the city; the ladder shows how the cost grows. */
    @Param({"1000000", "10000000"})
    public int incidents;

    /** What the measured methods read, made by {@link #load} once per trial. */
    protected D data;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        BenchmarkData city = BenchmarkData.of(incidents);
        System.out.println("\n" + city.describe());
        data = load(city, params);
    }

    /**
     * What this trial measures on, made from {@code city} (and the trial's other parameters,
     * {@code params}); it may check the trial's parameters and prepare more state.
     */
    abstract D load(BenchmarkData city, BenchmarkParams params) throws Exception;
}
