package org.communitysafety.benchmarks;

import static java.util.stream.Collectors.groupingBy;
import static org.communitysafety.benchmarks.BenchmarkData.YEAR;
import static org.communitysafety.benchmarks.BenchmarkData.YEARS;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.record.Incident;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Question 2: how long does the year-on-year table take — for every town (镇/街道) and
 * category, the incidents of 2024 and of 2023 and how many of each were cleared by the end of
 * their year (cohort clearance) — in the core, single-threaded and parallel, against streams
 * and DuckDB?
 *
 * <p>A town's figures include its villages' and its own records. The core aggregates the two
 * years with only the two measures asked ({@code COUNT} and {@code CLEARED}, no days-to-clear
 * distributions), rolls the cube up the tree and reads the towns off it; streams group by (town
 * code, category) into a {@code long[4]};
 * DuckDB joins a units dimension for the town. The answer: {@code long[towns × categories × 4]}
 * — count, count a year earlier, cleared, cleared a year earlier.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Query2YearOnYearBenchmark -p incidents=10000000}
 */
public class Query2YearOnYearBenchmark extends BaselineQueryBenchmark {
    /** The measures the table needs. */
    static final Set<IncidentMeasure> MEASURES = EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED);

    public Query2YearOnYearBenchmark() {
        super(QUERY);
    }

    @Benchmark
    public Object yearOnYear() throws Exception {
        return runner.run();
    }

    /** Slot of (town position, category, figure 0..3) in the answer. */
    static int slot(BenchmarkData d, int town, int category, int figure) {
        return (town * d.categoryCode.length + category) * 4 + figure;
    }

    /** The core: COUNT and CLEARED over the year and its baseline, rolled up, the towns read off. */
    static final class Core extends CoreRunner {
        Core(BenchmarkData d, int threads) {
            super(d, threads);
        }

        @Override
        public Object run() {
            Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(d.store, YEARS, MEASURES, threads).rollUp(d.tree, threads);
            int cats = d.categoryCode.length;
            long[] out = new long[d.towns.length * cats * 4];
            for (int t = 0; t < d.towns.length; t++) {
                for (int c = 0; c < cats; c++) {
                    out[slot(d, t, c, 0)] = cube.get(IncidentMeasure.COUNT, d.towns[t], 0, c);
                    out[slot(d, t, c, 1)] = cube.get(IncidentMeasure.COUNT, d.towns[t], 1, c);
                    out[slot(d, t, c, 2)] = cube.get(IncidentMeasure.CLEARED, d.towns[t], 0, c);
                    out[slot(d, t, c, 3)] = cube.get(IncidentMeasure.CLEARED, d.towns[t], 1, c);
                }
            }
            return out;
        }
    }

    record TownCategory(String town, String category) {}

    /**
     * Streams: {@code groupingBy(new TownCategory(townOf(unit), category))} into a {@code long[4]}
     * (count and cleared for the year and the year before), with the unit → town map made once.
     */
    static final class Streams implements QueryRunner {
        private final BenchmarkData d;
        private final List<Incident> incidents;
        private final Map<String, String> townOf;

        Streams(BenchmarkData d) {
            this.d = d;
            this.incidents = d.incidentList();
            this.townOf = d.codeOfAncestorAt(d.towns, d.townPosition);
        }

        @Override
        public Object run() {
            return incidents.stream()
                    .filter(i -> (i.occurredOn().getYear() == YEAR || i.occurredOn().getYear() == YEAR - 1)
                            && townOf.containsKey(i.unit()))
                    .collect(groupingBy(i -> new TownCategory(townOf.get(i.unit()), i.category()),
                            Collector.of(() -> new long[4], (long[] a, Incident i) -> {
                                int y = i.occurredOn().getYear();
                                int k = y == YEAR ? 0 : 1;
                                a[k]++;
                                if (i.clearedOn().isPresent() && i.clearedOn().get().getYear() <= y) {
                                    a[k + 2]++;
                                }
                            }, (a, b) -> {
                                for (int k = 0; k < 4; k++) {
                                    a[k] += b[k];
                                }
                                return a;
                            })));
        }

        @Override
        public long[] canonical(Object result) {
            @SuppressWarnings("unchecked")
            Map<TownCategory, long[]> m = (Map<TownCategory, long[]>) result;
            long[] out = new long[d.towns.length * d.categoryCode.length * 4];
            m.forEach((k, a) -> {
                int t = d.townPosition[d.tree.indexOf(k.town())];
                int c = d.taxonomy.indexOf(k.category());
                for (int f = 0; f < 4; f++) {
                    out[slot(d, t, c, f)] = a[f];
                }
            });
            return out;
        }
    }

    /** DuckDB: a join with the units dimension for the town, GROUP BY town, category, year. */
    static final class DuckDb extends DuckDbRunner {
        private static final String SQL = "SELECT u.town, i.category, year(i.day) = " + YEAR + " AS current,"
                + " count(*), count(*) FILTER (WHERE i.cleared <= make_date(year(i.day), 12, 31))"
                + " FROM incidents i JOIN units u ON u.unit = i.unit"
                + " WHERE u.town >= 0 AND i.day BETWEEN " + DuckDbData.firstDayOf(YEAR - 1) + " AND "
                + DuckDbData.lastDayOf(YEAR) + " GROUP BY ALL";

        DuckDb(BenchmarkData d) throws Exception {
            super(d);
        }

        @Override
        public Object run() throws Exception {
            long[] out = new long[d.towns.length * d.categoryCode.length * 4];
            db.query(SQL, r -> {
                int t = r.getInt(1);
                int c = r.getInt(2);
                int k = r.getBoolean(3) ? 0 : 1;
                out[slot(d, t, c, k)] = r.getLong(4);
                out[slot(d, t, c, k + 2)] = r.getLong(5);
            });
            return out;
        }
    }

    /** The query and how each of its engines answers it. */
    static final Query QUERY = Query.of("query 2", Core::new, Streams::new, DuckDb::new);
}
