package org.communitysafety.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.record.Incident;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Question 1: how long do incident counts by (unit, month, category) over three years take —
 * the monthly series behind every trend chart — in the columnar core, single-threaded and
 * parallel, against {@code Collectors.groupingBy} over the records, DuckDB over JDBC and
 * Tablesaw's {@code summarize(...).by(...)}?
 *
 * <p>The answer: every (unit, month of 2022–2024, category) with its count, not rolled up (a
 * village's own incidents; the 5% filed at a town count for the town). Every engine materialises
 * its answer in its own form and none copies it into another: the core gives its cube (dense
 * arrays, through the public {@code IncidentAggregation.counts}); streams a map; DuckDB a table
 * ({@code CREATE OR REPLACE TEMP TABLE q1 AS SELECT … GROUP BY …}, its non-empty cells), not read
 * over JDBC; Tablesaw its summary table. The answers are turned into a common {@code long[]} only
 * by the self-check, outside the timing. (Until issue 13 DuckDB's rows were read over JDBC into a
 * dense {@code long[]} inside the timing while the core's cube was not copied: up to 2.1 M rows at
 * 10M incidents, most of DuckDB's figure.)
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Query1CountsBenchmark -p incidents=10000000}
 */
public class Query1CountsBenchmark extends QueryBenchmark {
    static final PeriodIndex MONTHS = PeriodIndex.monthsOf(BenchmarkData.FIRST_YEAR, BenchmarkData.LAST_YEAR);

    /** The engine of this trial; {@link QueryBenchmark} reads it from the trial's parameters. */
    @Param({"CORE", "CORE_PARALLEL", "STREAMS", "DUCKDB", "TABLESAW"})
    public Engine engine;

    public Query1CountsBenchmark() {
        super(QUERY);
    }

    @Benchmark
    public Object counts() throws Exception {
        return runner.run();
    }

    /** Cell of (unit, month 0..35, category) in the canonical answer. */
    private static int cell(BenchmarkData d, int unit, int month, int category) {
        return (unit * MONTHS.size() + month) * d.categoryCode.length + category;
    }

    private static int monthIndex(int year, int month) {
        return (year - BenchmarkData.FIRST_YEAR) * 12 + month - 1;
    }

    /** The columnar core: a counts-only cube over the 36 months (disjoint periods: the fast path). */
    static final class Core extends CoreRunner {
        Core(BenchmarkData d, int threads) {
            super(d, threads);
        }

        @Override
        public Object run() {
            return IncidentAggregation.counts(d.store, MONTHS, threads);
        }

        @Override
        public long[] canonical(Object result) {
            @SuppressWarnings("unchecked")
            Cube<IncidentMeasure> cube = (Cube<IncidentMeasure>) result;
            long[] out = new long[d.unitCode.length * MONTHS.size() * d.categoryCode.length];
            for (int u = 0; u < d.unitCode.length; u++) {
                for (int m = 0; m < MONTHS.size(); m++) {
                    for (int c = 0; c < d.categoryCode.length; c++) {
                        out[cell(d, u, m, c)] = cube.count(u, m, c);
                    }
                }
            }
            return out;
        }
    }

    /** The key a Java developer groups by. */
    record Key(String unit, YearMonth month, String category) {}

    /** {@code groupingBy(new Key(unit, YearMonth, category), counting())} over the records. */
    static final class Streams implements QueryRunner {
        private final BenchmarkData d;
        private final List<Incident> incidents;

        Streams(BenchmarkData d) {
            this.d = d;
            this.incidents = d.incidentList();
        }

        @Override
        public Object run() {
            return incidents.stream()
                    .filter(i -> i.occurredOn().getYear() >= BenchmarkData.FIRST_YEAR
                            && i.occurredOn().getYear() <= BenchmarkData.LAST_YEAR)
                    .collect(groupingBy(i -> new Key(i.unit(), YearMonth.from(i.occurredOn()), i.category()),
                            counting()));
        }

        @Override
        public long[] canonical(Object result) {
            @SuppressWarnings("unchecked")
            Map<Key, Long> m = (Map<Key, Long>) result;
            long[] out = new long[d.unitCode.length * MONTHS.size() * d.categoryCode.length];
            m.forEach((k, n) -> out[cell(d, d.tree.indexOf(k.unit()),
                    monthIndex(k.month().getYear(), k.month().getMonthValue()), d.taxonomy.indexOf(k.category()))] = n);
            return out;
        }
    }

    /**
     * GROUP BY unit, month, category into a temporary table, materialised in DuckDB as the core's
     * cube is in the core; the rows are read into a dense array only by {@link #canonical}.
     */
    static final class DuckDb extends DuckDbRunner {
        private static final String SQL = "CREATE OR REPLACE TEMP TABLE q1 AS SELECT unit, (year(day) - "
                + BenchmarkData.FIRST_YEAR + ") * 12 + month(day) - 1 AS m, category, count(*) AS n FROM incidents"
                + " WHERE day BETWEEN " + DuckDbData.firstDayOf(BenchmarkData.FIRST_YEAR) + " AND "
                + DuckDbData.lastDayOf(BenchmarkData.LAST_YEAR) + " GROUP BY ALL";

        DuckDb(BenchmarkData d) throws Exception {
            super(d);
        }

        @Override
        public Object run() throws Exception {
            try (Statement s = db.connection.createStatement()) {
                s.execute(SQL);
            }
            return db;
        }

        @Override
        public long[] canonical(Object result) {
            long[] out = new long[d.unitCode.length * MONTHS.size() * d.categoryCode.length];
            try {
                db.query("SELECT unit, m, category, n FROM q1",
                        r -> out[cell(d, r.getInt(1), r.getInt(2), r.getInt(3))] = r.getLong(4));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }
    }

    /**
     * Tablesaw: a table of (unit, month, category) strings and ints built once per trial — the
     * month as {@code yyyymm} precomputed, which favours Tablesaw — then {@code
     * summarize("category", count).by("unit", "month", "category")}.
     */
    static final class Tablesaw implements QueryRunner {
        private final BenchmarkData d;
        private final Table table;

        Tablesaw(BenchmarkData d) {
            this.d = d;
            StringColumn unit = StringColumn.create("unit");
            IntColumn month = IntColumn.create("month");
            StringColumn category = StringColumn.create("category");
            try (Stream<Incident> s = d.generator.incidents()) {
                s.forEach(i -> {
                    unit.append(i.unit());
                    month.append(i.occurredOn().getYear() * 100 + i.occurredOn().getMonthValue());
                    category.append(i.category());
                });
            }
            this.table = Table.create("incidents", unit, month, category);
        }

        @Override
        public Object run() {
            return table.summarize("category", AggregateFunctions.count).by("unit", "month", "category");
        }

        @Override
        public long[] canonical(Object result) {
            Table t = (Table) result;
            long[] out = new long[d.unitCode.length * MONTHS.size() * d.categoryCode.length];
            StringColumn unit = t.stringColumn("unit");
            IntColumn month = t.intColumn("month");
            StringColumn category = t.stringColumn("category");
            NumericColumn<?> count = t.numberColumn(3);
            for (int r = 0; r < t.rowCount(); r++) {
                int ym = month.getInt(r);
                int m = monthIndex(ym / 100, ym % 100);
                if (m >= 0 && m < MONTHS.size()) {
                    out[cell(d, d.tree.indexOf(unit.get(r)), m, d.taxonomy.indexOf(category.get(r)))] =
                            Math.round(count.getDouble(r));
                }
            }
            return out;
        }
    }

    /** The query and how each of its engines answers it. */
    static final Query QUERY = new Query("query 1", Core::new, Streams::new, DuckDb::new, Tablesaw::new);
}
