package org.communitysafety.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.communitysafety.benchmarks.BenchmarkData.YEAR;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.DayDistribution;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.record.Incident;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Question 4: how long does the full set of partials take — everything the indicators of a
 * year and its baseline are computed from, rolled up the jurisdiction tree — in the core,
 * single-threaded and parallel, against streams and DuckDB?
 *
 * <p>The partials, for 2024 and 2023, for every unit (its own records and its descendants'):
 * per category COUNT, CRIMINAL (the record's flag), CLEARED (by the end of the year), REPEAT_CALLS,
 * CLEARANCES (cleared in the year, whenever they occurred), LOSS_FEN and RECOVERED_FEN; and per
 * unit the exact distribution of days to clear of the incidents cleared in the year. The core
 * gives a rolled-up cube; streams three {@code groupingBy} passes (occurred, clearances, days
 * to clear) and a roll-up of the maps over each unit's ancestors; DuckDB three queries, each
 * grouped by unit and then rolled up by a join with an (unit, ancestor) table, into temporary
 * tables (materialised in DuckDB, as the cube is in the core; not read over JDBC in the timing).
 *
 * <p>Disputes and outreach have no column store yet; when they land, their cubes join this
 * benchmark.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Query4PartialsBenchmark -p incidents=10000000}
 */
public class Query4PartialsBenchmark extends BaselineQueryBenchmark {
    /** Period 0 the year, period 1 its baseline. */
    static final PeriodIndex YEARS = BenchmarkData.YEARS;
    private static final IncidentMeasure[] MEASURES = IncidentMeasure.values();

    public Query4PartialsBenchmark() {
        super(QUERY);
    }

    @Benchmark
    public Object partials() throws Exception {
        return runner.run();
    }

    /**
     * The canonical answer, filled by each engine: the seven measures as {@code
     * long[measure][(unit × 2 + period) × categories + category]} and the distributions as
     * sorted (days → count) maps per {@code unit × 2 + period}.
     */
    static final class Partials {
        final long[][] measures;
        final List<TreeMap<Integer, Long>> delays;

        Partials(BenchmarkData d) {
            int cells = d.unitCode.length * 2 * d.categoryCode.length;
            measures = new long[MEASURES.length][cells];
            delays = new ArrayList<>();
            for (int k = 0; k < d.unitCode.length * 2; k++) {
                delays.add(new TreeMap<>());
            }
        }

        long[] flatten() {
            List<Long> out = new ArrayList<>();
            for (long[] m : measures) {
                for (long v : m) {
                    out.add(v);
                }
            }
            for (TreeMap<Integer, Long> dist : delays) {
                out.add((long) dist.size());
                dist.forEach((day, n) -> {
                    out.add((long) day);
                    out.add(n);
                });
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static int cell(BenchmarkData d, int unit, int period, int category) {
        return (unit * 2 + period) * d.categoryCode.length + category;
    }

    private static int period(int year) {
        return year == YEAR ? 0 : 1;
    }

    /** The core: every measure over the year and its baseline, rolled up ({@code aggregateRolledUp}). */
    static final class Core extends CoreRunner {
        Core(BenchmarkData d, int threads) {
            super(d, threads);
        }

        @Override
        public Object run() {
            return IncidentAggregation.aggregateRolledUp(d.store, YEARS, d.tree, threads);
        }

        @Override
        public long[] canonical(Object result) {
            @SuppressWarnings("unchecked")
            Cube<IncidentMeasure> cube = (Cube<IncidentMeasure>) result;
            Partials p = new Partials(d);
            for (int u = 0; u < d.unitCode.length; u++) {
                for (int period = 0; period < 2; period++) {
                    for (int c = 0; c < d.categoryCode.length; c++) {
                        for (IncidentMeasure m : MEASURES) {
                            p.measures[m.ordinal()][cell(d, u, period, c)] = cube.get(m, u, period, c);
                        }
                    }
                    DayDistribution dist = cube.distribution(u, period);
                    int[] days = dist.days();
                    long[] counts = dist.counts();
                    for (int i = 0; i < days.length; i++) {
                        p.delays.get(u * 2 + period).put(days[i], counts[i]);
                    }
                }
            }
            return p.flatten();
        }
    }

    record Key(String unit, int year, String category) {}

    record UnitYear(String unit, int year) {}

    /** What a Java developer accumulates per (unit, year, category) of occurrence. */
    static final class Partial {
        long count;
        long criminal;
        long cleared;
        long repeat;
        long loss;
        long recovered;

        void add(Incident i) {
            count++;
            criminal += i.criminal() ? 1 : 0;
            repeat += i.repeatCall() ? 1 : 0;
            if (i.clearedOn().isPresent() && i.clearedOn().get().getYear() <= i.occurredOn().getYear()) {
                cleared++;
            }
            loss += i.loss().fen();
            recovered += i.recovered().fen();
        }

        Partial merge(Partial o) {
            count += o.count;
            criminal += o.criminal;
            cleared += o.cleared;
            repeat += o.repeat;
            loss += o.loss;
            recovered += o.recovered;
            return this;
        }
    }

    /** The streams answer: rolled-up maps. */
    record StreamsResult(Map<Key, Partial> occurred, Map<Key, Long> clearances,
            Map<UnitYear, TreeMap<Integer, Long>> daysToClear) {}

    /**
     * Streams: three {@code groupingBy} passes over the records — by (unit, year, category) into
     * a {@link Partial}; cleared records by (unit, year cleared, category), counting; and by
     * (unit, year cleared) then days to clear, counting — then each unit's entries are added to
     * its ancestors' (the code → ancestors map is made once).
     */
    static final class Streams implements QueryRunner {
        private final BenchmarkData d;
        private final List<Incident> incidents;
        private final Map<String, List<String>> selfAndAncestors = new HashMap<>();

        Streams(BenchmarkData d) {
            this.d = d;
            this.incidents = d.incidentList();
            for (int u = 0; u < d.unitCode.length; u++) {
                List<String> codes = new ArrayList<>(List.of(d.unitCode[u]));
                for (int a : d.tree.ancestors(u)) {
                    codes.add(d.unitCode[a]);
                }
                selfAndAncestors.put(d.unitCode[u], codes);
            }
        }

        private static boolean inYears(int year) {
            return year == YEAR || year == YEAR - 1;
        }

        @Override
        public Object run() {
            Map<Key, Partial> occurred = incidents.stream()
                    .filter(i -> inYears(i.occurredOn().getYear()))
                    .collect(groupingBy(i -> new Key(i.unit(), i.occurredOn().getYear(), i.category()),
                            Collector.of(Partial::new, Partial::add, Partial::merge)));
            Map<Key, Long> clearances = incidents.stream()
                    .filter(i -> i.clearedOn().isPresent() && inYears(i.clearedOn().get().getYear()))
                    .collect(groupingBy(i -> new Key(i.unit(), i.clearedOn().get().getYear(), i.category()),
                            counting()));
            Map<UnitYear, Map<Integer, Long>> delays = incidents.stream()
                    .filter(i -> i.clearedOn().isPresent() && inYears(i.clearedOn().get().getYear()))
                    .collect(groupingBy(i -> new UnitYear(i.unit(), i.clearedOn().get().getYear()),
                            groupingBy(i -> (int) ChronoUnit.DAYS.between(i.occurredOn(), i.clearedOn().get()),
                                    counting())));
            // roll up: every unit's figures also count for each of its ancestors
            Map<Key, Partial> rolledOccurred = new HashMap<>();
            occurred.forEach((k, p) -> {
                for (String a : selfAndAncestors.get(k.unit())) {
                    rolledOccurred.computeIfAbsent(new Key(a, k.year(), k.category()), x -> new Partial()).merge(p);
                }
            });
            Map<Key, Long> rolledClearances = new HashMap<>();
            clearances.forEach((k, n) -> {
                for (String a : selfAndAncestors.get(k.unit())) {
                    rolledClearances.merge(new Key(a, k.year(), k.category()), n, Long::sum);
                }
            });
            Map<UnitYear, TreeMap<Integer, Long>> rolledDelays = new HashMap<>();
            delays.forEach((k, dist) -> {
                for (String a : selfAndAncestors.get(k.unit())) {
                    TreeMap<Integer, Long> into = rolledDelays.computeIfAbsent(new UnitYear(a, k.year()),
                            x -> new TreeMap<>());
                    dist.forEach((days, n) -> into.merge(days, n, Long::sum));
                }
            });
            return new StreamsResult(rolledOccurred, rolledClearances, rolledDelays);
        }

        @Override
        public long[] canonical(Object result) {
            StreamsResult r = (StreamsResult) result;
            Partials p = new Partials(d);
            r.occurred().forEach((k, v) -> {
                int cell = cell(d, d.tree.indexOf(k.unit()), period(k.year()), d.taxonomy.indexOf(k.category()));
                p.measures[IncidentMeasure.COUNT.ordinal()][cell] = v.count;
                p.measures[IncidentMeasure.CRIMINAL.ordinal()][cell] = v.criminal;
                p.measures[IncidentMeasure.CLEARED.ordinal()][cell] = v.cleared;
                p.measures[IncidentMeasure.REPEAT_CALLS.ordinal()][cell] = v.repeat;
                p.measures[IncidentMeasure.LOSS_FEN.ordinal()][cell] = v.loss;
                p.measures[IncidentMeasure.RECOVERED_FEN.ordinal()][cell] = v.recovered;
            });
            r.clearances().forEach((k, n) -> p.measures[IncidentMeasure.CLEARANCES.ordinal()][cell(d,
                    d.tree.indexOf(k.unit()), period(k.year()), d.taxonomy.indexOf(k.category()))] = n);
            r.daysToClear().forEach((k, dist) -> p.delays.get(d.tree.indexOf(k.unit()) * 2 + period(k.year()))
                    .putAll(dist));
            return p.flatten();
        }
    }

    /**
     * DuckDB: three queries, each grouped by unit first and then rolled up by joining the small
     * grouped result with the (unit, ancestor) table, each into a temporary table: the answer is
     * materialised in DuckDB as the core's rolled-up cube is in the core, and read into the
     * canonical arrays only by {@link #canonical}, outside the timing (before issue 13 the rows
     * were read over JDBC inside it while the core's cube was not copied).
     */
    static final class DuckDb extends DuckDbRunner {
        private static final String YEARS_OCCURRED = "day BETWEEN " + DuckDbData.firstDayOf(YEAR - 1) + " AND "
                + DuckDbData.lastDayOf(YEAR);
        private static final String YEARS_CLEARED = "cleared BETWEEN " + DuckDbData.firstDayOf(YEAR - 1) + " AND "
                + DuckDbData.lastDayOf(YEAR);
        private static final String OCCURRED = "WITH p AS (SELECT unit, year(day) AS y, category, count(*) AS n,"
                + " count(*) FILTER (WHERE criminal) AS crim,"
                + " count(*) FILTER (WHERE cleared <= make_date(year(day), 12, 31)) AS clr,"
                + " count(*) FILTER (WHERE repeat_call) AS rep, sum(loss) AS loss, sum(recovered) AS rec"
                + " FROM incidents WHERE " + YEARS_OCCURRED + " GROUP BY ALL)"
                + " SELECT a.ancestor, p.y, p.category, sum(n)::BIGINT, sum(crim)::BIGINT, sum(clr)::BIGINT,"
                + " sum(rep)::BIGINT, sum(loss)::BIGINT, sum(rec)::BIGINT"
                + " FROM p JOIN ancestors a ON a.unit = p.unit GROUP BY ALL";
        private static final String CLEARANCES = "WITH c AS (SELECT unit, year(cleared) AS y, category, count(*) AS n"
                + " FROM incidents WHERE " + YEARS_CLEARED + " GROUP BY ALL)"
                + " SELECT a.ancestor, c.y, c.category, sum(n)::BIGINT FROM c JOIN ancestors a ON a.unit = c.unit"
                + " GROUP BY ALL";
        private static final String DELAYS = "WITH c AS (SELECT unit, year(cleared) AS y, cleared - day AS delay,"
                + " count(*) AS n FROM incidents WHERE " + YEARS_CLEARED + " GROUP BY ALL)"
                + " SELECT a.ancestor, c.y, c.delay, sum(n)::BIGINT FROM c JOIN ancestors a ON a.unit = c.unit"
                + " GROUP BY ALL";

        DuckDb(BenchmarkData d) throws Exception {
            super(d);
        }

        @Override
        public Object run() throws Exception {
            try (Statement s = db.connection.createStatement()) {
                s.execute("CREATE OR REPLACE TEMP TABLE q4_occurred AS " + OCCURRED);
                s.execute("CREATE OR REPLACE TEMP TABLE q4_clearances AS " + CLEARANCES);
                s.execute("CREATE OR REPLACE TEMP TABLE q4_delays AS " + DELAYS);
            }
            return db;
        }

        @Override
        public long[] canonical(Object result) {
            try {
                return read().flatten();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The three tables' rows in the canonical arrays. */
        private Partials read() throws SQLException {
            Partials p = new Partials(d);
            long[][] m = p.measures;
            db.query("SELECT * FROM q4_occurred", r -> {
                int cell = cell(d, r.getInt(1), period(r.getInt(2)), r.getInt(3));
                m[IncidentMeasure.COUNT.ordinal()][cell] = r.getLong(4);
                m[IncidentMeasure.CRIMINAL.ordinal()][cell] = r.getLong(5);
                m[IncidentMeasure.CLEARED.ordinal()][cell] = r.getLong(6);
                m[IncidentMeasure.REPEAT_CALLS.ordinal()][cell] = r.getLong(7);
                m[IncidentMeasure.LOSS_FEN.ordinal()][cell] = r.getLong(8);
                m[IncidentMeasure.RECOVERED_FEN.ordinal()][cell] = r.getLong(9);
            });
            db.query("SELECT * FROM q4_clearances", r -> m[IncidentMeasure.CLEARANCES.ordinal()][cell(d, r.getInt(1),
                    period(r.getInt(2)), r.getInt(3))] = r.getLong(4));
            db.query("SELECT * FROM q4_delays",
                    r -> p.delays.get(r.getInt(1) * 2 + period(r.getInt(2))).put(r.getInt(3), r.getLong(4)));
            return p;
        }
    }

    /** The query and how each of its engines answers it. */
    static final Query QUERY = Query.of("query 4", Core::new, Streams::new, DuckDb::new);
}
