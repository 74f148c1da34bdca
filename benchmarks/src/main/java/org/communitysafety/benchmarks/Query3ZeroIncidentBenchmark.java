package org.communitysafety.benchmarks;

import static java.util.stream.Collectors.toSet;
import static org.communitysafety.benchmarks.BenchmarkData.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Question 3: how long does the zero-incident share take — for every district, how many of
 * its villages and communities (the leaves under it) had no criminal incident in 2024 (零发案率)
 * — in the core, single-threaded and parallel, against streams and DuckDB?
 *
 * <p>"Criminal" here is the taxonomy's {@code criminal} group of categories, counted on
 * {@code COUNT}: a record whose own criminal flag differs from its category's default is
 * classified by its category. (The core's {@code CRIMINAL} measure uses the record's flag;
 * the category rule is what every engine can compute from the same columns, and what the
 * streams baseline does too.) The answer: {@code long[districts × 2]}, villages without a
 * criminal incident and villages, per district in dense-index order.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Query3ZeroIncidentBenchmark -p incidents=10000000}
 */
public class Query3ZeroIncidentBenchmark extends BaselineQueryBenchmark {
    static final PeriodIndex ONE_YEAR = PeriodIndex.of(Period.ofYear(YEAR));

    public Query3ZeroIncidentBenchmark() {
        super(QUERY);
    }

    @Benchmark
    public Object zeroIncidentShare() throws Exception {
        return runner.run();
    }

    /** The core: counts only over the year, then per district its leaves whose criminal sum is 0. */
    static final class Core extends CoreRunner {
        Core(BenchmarkData d, int threads) {
            super(d, threads);
        }

        @Override
        public Object run() {
            Cube<IncidentMeasure> cube = IncidentAggregation.counts(d.store, ONE_YEAR, threads);
            long[] out = new long[d.districts.length * 2];
            for (int k = 0; k < d.districts.length; k++) {
                int zero = 0;
                for (int leaf : d.leavesUnder[k]) {
                    if (cube.sum(IncidentMeasure.COUNT, leaf, 0, d.criminalMask) == 0) {
                        zero++;
                    }
                }
                out[2 * k] = zero;
                out[2 * k + 1] = d.leavesUnder[k].length;
            }
            return out;
        }
    }

    /**
     * Streams: the set of units with a criminal-category incident in the year, then per district
     * (its leaf codes listed once) the leaves not in the set.
     */
    static final class Streams implements QueryRunner {
        private final List<Incident> incidents;
        private final Set<String> criminalCategories;
        private final Map<String, List<String>> leavesByDistrict = new LinkedHashMap<>();

        Streams(BenchmarkData d) {
            this.incidents = d.incidentList();
            this.criminalCategories = Set.copyOf(
                    d.taxonomy.group(org.communitysafety.core.taxonomy.Taxonomy.CRIMINAL).stream()
                            .map(c -> c.code()).toList());
            for (int k = 0; k < d.districts.length; k++) {
                List<String> leaves = new ArrayList<>();
                for (int leaf : d.leavesUnder[k]) {
                    leaves.add(d.unitCode[leaf]);
                }
                leavesByDistrict.put(d.unitCode[d.districts[k]], leaves);
            }
        }

        @Override
        public Object run() {
            Set<String> withCrime = incidents.stream()
                    .filter(i -> i.occurredOn().getYear() == YEAR && criminalCategories.contains(i.category()))
                    .map(Incident::unit)
                    .collect(toSet());
            Map<String, long[]> share = new LinkedHashMap<>();
            leavesByDistrict.forEach((district, leaves) -> share.put(district,
                    new long[] {leaves.stream().filter(v -> !withCrime.contains(v)).count(), leaves.size()}));
            return share;
        }

        @Override
        public long[] canonical(Object result) {
            @SuppressWarnings("unchecked")
            Map<String, long[]> m = (Map<String, long[]>) result;
            return m.values().stream().flatMapToLong(java.util.Arrays::stream).toArray();
        }
    }

    /** DuckDB: the leaves LEFT JOIN the distinct units with a criminal incident, GROUP BY district. */
    static final class DuckDb extends DuckDbRunner {
        private final String sql;

        DuckDb(BenchmarkData d) throws Exception {
            super(d);
            StringBuilder criminal = new StringBuilder();
            for (int c = 0; c < d.criminalMask.length; c++) {
                if (d.criminalMask[c]) {
                    criminal.append(criminal.length() == 0 ? "" : ", ").append(c);
                }
            }
            this.sql = "SELECT v.district, count(*) FILTER (WHERE c.unit IS NULL), count(*)"
                    + " FROM units v LEFT JOIN (SELECT DISTINCT unit FROM incidents WHERE day BETWEEN "
                    + DuckDbData.firstDayOf(YEAR) + " AND " + DuckDbData.lastDayOf(YEAR) + " AND category IN ("
                    + criminal + ")) c ON c.unit = v.unit WHERE v.leaf AND v.district >= 0 GROUP BY v.district";
        }

        @Override
        public Object run() throws Exception {
            long[] out = new long[d.districts.length * 2];
            db.query(sql, r -> {
                int k = r.getInt(1);
                out[2 * k] = r.getLong(2);
                out[2 * k + 1] = r.getLong(3);
            });
            return out;
        }
    }

    /** The query and how each of its engines answers it. */
    static final Query QUERY = Query.of("query 3", Core::new, Streams::new, DuckDb::new);
}
