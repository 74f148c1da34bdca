package org.communitysafety.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
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
 * The whole indicator catalogue for every unit of a city — every indicator, for all records and
 * every taxonomy group, category and type, 2024 against 2023 with intervals, tests and funnel
 * flags — next to the aggregation alone that it is computed from (the three record kinds, the
 * year and its baseline, rolled up).
 *
 * <p>The city: {@link BenchmarkData#villagesFor} villages, the incidents of the size parameter and
 * disputes and outreach sessions in the standard sample's proportions (30% and 10% of the
 * incidents).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CatalogueBenchmark -p incidents=10000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CatalogueBenchmark {
    @Param({"1000000", "10000000"})
    int incidents;

    @Param({"1", "2"})
    int threads;

    private ColumnarDataset data;
    private PeriodIndex periods;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData incidentData = BenchmarkData.of(incidents);
        data = incidentData.allRecords();
        periods = PeriodIndex.of(Period.ofYear(BenchmarkData.YEAR), Period.ofYear(BenchmarkData.YEAR - 1));
        System.out.println("\n" + incidentData.describe() + "; " + data);
    }

    /** The partials every indicator is derived from: three aggregations and their roll-ups. */
    @Benchmark
    public long aggregationOnly() {
        long cells = IncidentAggregation.aggregate(data.incidents(), periods, threads).rollUp(data.tree()).units();
        cells += RecordAggregation.aggregate(data.disputes(), periods, threads).rollUp(data.tree()).units();
        cells += RecordAggregation.aggregate(data.outreach(), periods, threads).rollUp(data.tree()).units();
        return cells;
    }

    /** The whole catalogue, every unit and group, year on year, as tidy rows. */
    @Benchmark
    public int fullCatalogue() {
        Results r = Indicators.of(data).period(Period.ofYear(BenchmarkData.YEAR)).compareYearOnYear()
                .threads(threads).computeAll();
        return r.size();
    }
}
