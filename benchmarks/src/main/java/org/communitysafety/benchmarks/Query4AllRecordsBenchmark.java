package org.communitysafety.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.aggregate.RecordStore;
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
 * Question 4, all records: how long do the full partials of a year and its baseline take when
 * disputes and outreach sessions are aggregated too — the incident, dispute and outreach cubes,
 * each rolled up — in the core, single-threaded and parallel?
 *
 * <p>Data: the incidents of {@link BenchmarkData} plus, from the same city, 30% as many
 * disputes and 10% as many outreach sessions (the standard sample's proportions: 15,000 and
 * 5,000 to 50,000 incidents), each kind in its own column store. The answer is the three
 * rolled-up cubes. No streams or DuckDB baseline yet: {@link Query4PartialsBenchmark} compares
 * engines on the incidents, which are most of the rows and of the work.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Query4AllRecordsBenchmark -p incidents=10000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class Query4AllRecordsBenchmark {
    @Param({"1000000", "10000000"})
    int incidents;

    @Param({"CORE", "CORE_PARALLEL"})
    Engine engine;

    private BenchmarkData data;
    private RecordStore<DisputeMeasure> disputes;
    private RecordStore<OutreachMeasure> outreach;

    /** All three cubes, rolled up. */
    record Partials(Object incidents, Object disputes, Object outreach) {}

    @Setup(Level.Trial)
    public void setUp() {
        if (engine != Engine.CORE && engine != Engine.CORE_PARALLEL) {
            throw new UnsupportedOperationException("only the core runs on every kind of record so far");
        }
        data = BenchmarkData.of(incidents);
        disputes = data.allRecords().disputes();
        outreach = data.allRecords().outreach();
        System.out.println("\n" + data.describe() + "; " + disputes + "; " + outreach);
    }

    @Benchmark
    public Partials partials() {
        int threads = engine.threads();
        return new Partials(
                IncidentAggregation.aggregate(data.store, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree),
                RecordAggregation.aggregate(disputes, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree),
                RecordAggregation.aggregate(outreach, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree));
    }
}
