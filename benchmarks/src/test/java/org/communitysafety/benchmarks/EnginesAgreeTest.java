package org.communitysafety.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.IncidentStore;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine of every query gives the single-threaded core's answer, cell by cell, on a
 * small city — so that a fast wrong answer cannot win a benchmark. (Each benchmark's
 * {@code @Setup} runs the same check at the benchmark's own size.)
 */
final class EnginesAgreeTest {
    private static final int SIZE = 20_000;

    /** Every (query, engine) pair the benchmarks run: all engines for query 1, all but Tablesaw for 2-4. */
    static Stream<Arguments> queriesAndEngines() {
        return Stream.of(Query1CountsBenchmark.QUERY, Query2YearOnYearBenchmark.QUERY,
                        Query3ZeroIncidentBenchmark.QUERY, Query4PartialsBenchmark.QUERY)
                .flatMap(q -> EnumSet.allOf(Engine.class).stream()
                        .filter(e -> q == Query1CountsBenchmark.QUERY || e != Engine.TABLESAW)
                        .map(e -> Arguments.of(Named.of(q.name(), q), e)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("queriesAndEngines")
    void query_engine_agreesWithCore(Query query, Engine engine) throws Exception {
        BenchmarkData d = BenchmarkData.of(SIZE);
        try (QueryRunner r = query.runner(engine, d); QueryRunner core = query.runner(Engine.CORE, d)) {
            SelfCheck.agree(query.name(), engine, r, core);
        }
    }

    @Test
    void query3_someVillagesHaveNoCriminalIncident() throws Exception {
        long[] shares = (long[]) Query3ZeroIncidentBenchmark.QUERY.runner(Engine.CORE, BenchmarkData.of(SIZE)).run();
        long zero = 0;
        for (int k = 0; k < shares.length; k += 2) {
            zero += shares[k];
        }
        assertTrue(zero > 0, "some villages have no criminal incident in the small city");
    }

    @Test
    void query2to4_tablesaw_isRefused() throws Exception {
        var e = assertThrows(UnsupportedOperationException.class,
                () -> Query2YearOnYearBenchmark.QUERY.runner(Engine.TABLESAW, BenchmarkData.of(SIZE)));
        assertEquals("Tablesaw runs query 1 only", e.getMessage());
    }

    @Test
    void storeFromCsv_equalsStoreFromGenerator(@TempDir Path tmp) throws Exception {
        BenchmarkData d = BenchmarkData.of(SIZE);
        Path dir = StoreBuildBenchmark.dataDirectory(d.generator);
        IncidentStore fromCsv = StoreBuildBenchmark.readStore(dir.resolve("incidents.csv"), d.tree, d.taxonomy);
        IncidentStore expected = d.store;
        assertEquals(expected.size(), fromCsv.size());
        assertEquals(expected.amountCount(), fromCsv.amountCount());
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.unit(r), fromCsv.unit(r));
            assertEquals(expected.day(r), fromCsv.day(r));
            assertEquals(expected.category(r), fromCsv.category(r));
            assertEquals(expected.criminal(r), fromCsv.criminal(r));
            assertEquals(expected.repeatCall(r), fromCsv.repeatCall(r));
            assertEquals(expected.clearDelay(r), fromCsv.clearDelay(r));
        }
        assertEquals(expected.bytes(), fromCsv.bytes());
    }

    /**
     * The target: at most 16 bytes an incident — 10 bytes of core columns plus 12 per incident
     * with an amount (29% of them in the sample; none of 2^32 fen or more, which would add 20),
     * about 13.5 (15.9 until the two amounts were packed into one long).
     */
    @Test
    void store_holdsAtMost16BytesAnIncident() {
        IncidentStore store = BenchmarkData.of(SIZE).store;
        assertEquals(10L * store.size() + 12L * store.amountCount(), store.bytes());
        assertTrue(store.bytesPerRecord() <= 16, store::toString);
    }

    @Test
    void villagesFor_growsWithTheData() {
        assertEquals(500, BenchmarkData.villagesFor(20_000));
        assertEquals(500, BenchmarkData.villagesFor(1_000_000));
        assertEquals(3_000, BenchmarkData.villagesFor(10_000_000));
        assertEquals(15_000, BenchmarkData.villagesFor(50_000_000));
        assertTrue(EnumSet.allOf(Engine.class).stream().allMatch(e -> e.threads() >= 1));
    }
}
