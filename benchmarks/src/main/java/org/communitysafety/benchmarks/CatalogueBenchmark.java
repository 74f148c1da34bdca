package org.communitysafety.benchmarks;

import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Aggregates;
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
 * year and its baseline, rolled up) and the catalogue's statistics alone, computed from those
 * cubes: {@code fullCatalogue} is {@code aggregationOnly} plus {@code statisticsOnly}, the same
 * work on each side. Issue 13's target reads "the full catalogue's statistics at most 2× the
 * aggregation time": {@code statisticsOnly / aggregationOnly}; the stricter {@code fullCatalogue
 * / aggregationOnly} is reported with it.
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

    /** The cubes of {@link #aggregationOnly}, made once a {@link #statisticsOnly} trial, which it reads. */
    private Aggregates cubes;

    @Override
    ColumnarDataset load(BenchmarkData city, BenchmarkParams params) {
        ColumnarDataset all = city.allRecords();
        System.out.println(all);
        if (params.getBenchmark().endsWith("statisticsOnly")) {
            cubes = Aggregates.of(all, periods.periods(), threads);
            // the rows from the cubes must be those of the records, or the two figures time different work
            Results fromRecords = catalogue(Indicators.of(all));
            Results fromCubes = catalogue(Indicators.of(cubes));
            if (!fromCubes.equals(fromRecords)) {
                throw new IllegalStateException("the catalogue from the cubes differs from the catalogue from the records");
            }
        }
        return all;
    }

    private Results catalogue(Indicators indicators) {
        return indicators.period(Period.ofYear(BenchmarkData.YEAR)).compareYearOnYear().threads(threads).computeAll();
    }

    /** The partials every indicator is derived from: three aggregations and their roll-ups. */
    @Benchmark
    public long aggregationOnly() {
        long cells = IncidentAggregation.aggregate(data.incidents(), periods, threads).rollUp(data.tree(), threads).units();
        cells += RecordAggregation.aggregate(data.disputes(), periods, threads).rollUp(data.tree(), threads).units();
        cells += RecordAggregation.aggregate(data.outreach(), periods, threads).rollUp(data.tree(), threads).units();
        return cells;
    }

    /** The whole catalogue, every unit and group, year on year, as tidy rows. */
    @Benchmark
    public int fullCatalogue() {
        return catalogue(Indicators.of(data)).size();
    }

    /**
     * The catalogue's statistics alone: the same rows as {@link #fullCatalogue} (checked in
     * set-up), computed through the public {@code Indicators.of(Aggregates)} from the cubes that
     * {@link #aggregationOnly} makes, aggregated once before the trial.
     */
    @Benchmark
    public int statisticsOnly() {
        return catalogue(Indicators.of(cubes)).size();
    }
}
