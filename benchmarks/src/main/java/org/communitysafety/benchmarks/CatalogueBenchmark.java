package org.communitysafety.benchmarks;

import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

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
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CatalogueBenchmark extends CityBenchmark<ColumnarDataset> {
    @Param({"1", "2"})
    int threads;

    private final PeriodIndex periods = BenchmarkData.YEARS;

    @Override
    ColumnarDataset load(BenchmarkData city, BenchmarkParams params) {
        ColumnarDataset all = city.allRecords();
        System.out.println(all);
        return all;
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
