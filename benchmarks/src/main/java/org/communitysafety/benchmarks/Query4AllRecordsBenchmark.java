package org.communitysafety.benchmarks;

import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.aggregate.RecordStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;

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
public class Query4AllRecordsBenchmark extends CityBenchmark<BenchmarkData> {
    @Param({"CORE", "CORE_PARALLEL"})
    Engine engine;

    private RecordStore<DisputeMeasure> disputes;
    private RecordStore<OutreachMeasure> outreach;

    /** All three cubes, rolled up. */
    record Partials(Object incidents, Object disputes, Object outreach) {}

    @Override
    BenchmarkData load(BenchmarkData city, BenchmarkParams params) {
        if (engine != Engine.CORE && engine != Engine.CORE_PARALLEL) {
            throw new UnsupportedOperationException("only the core runs on every kind of record so far");
        }
        disputes = city.allRecords().disputes();
        outreach = city.allRecords().outreach();
        System.out.println(disputes + "; " + outreach);
        return city;
    }

    @Benchmark
    public Partials partials() {
        int threads = engine.threads();
        return new Partials(
                IncidentAggregation.aggregate(data.store, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree, threads),
                RecordAggregation.aggregate(disputes, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree, threads),
                RecordAggregation.aggregate(outreach, Query4PartialsBenchmark.YEARS, threads).rollUp(data.tree, threads));
    }
}
