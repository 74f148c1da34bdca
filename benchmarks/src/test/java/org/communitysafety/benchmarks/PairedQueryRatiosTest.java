package org.communitysafety.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The paired measurement of queries 1 and 4 runs at a tiny size and summarises what it measured. */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
final class PairedQueryRatiosTest {
    private static final String SHA_OF_ONE_AND_MINUS_ONE = "193ac9f4b115b42ea40c1a1687ea865cceccf741a5b995cd91f1d26153efabb9";

    @Test
    void unpinned_atATinySize_timesEveryRunnerInEveryRoundAndSummarisesEachRatio() throws Exception {
        String text = run(PairedQueryRatios.Plan.unpinned(), 4);
        for (String ratio : List.of("1. query 1, one thread / parallel", "2. query 4, one thread / parallel",
                "3. query 4 / query 1, one thread", "4. query 4 / query 1, parallel")) {
            assertTrue(text.contains(ratio), ratio + " summarised in:\n" + text);
        }
        assertTrue(text.contains("Ratios over every round (3)") && !text.contains("both processors"), text);
    }

    @Test
    void pinned_atATinySize_holdsTheOneThreadRunnersToEachProcessorAndSummarisesTheFreeRounds() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2 && PairedQueryRatios.tasksetRuns(),
                "taskset and two processors");
        String text = run(PairedQueryRatios.Plan.pinned(), 6);
        for (String column : List.of("q1 core@0", "q1 core@1", "q1 parallel", "q4 core@0", "q4 core@1",
                "q4 parallel")) {
            assertTrue(text.contains(column), column + " in:\n" + text);
        }
        for (String ratio : List.of("3. query 4 / query 1, processor 0", "4. query 4 / query 1, processor 1",
                "5. query 4 / query 1, parallel", "both processors ran one thread within 10%")) {
            assertTrue(text.contains(ratio), ratio + " in:\n" + text);
        }
    }

    /** Columns: q1@0, q1@1, q1 parallel, q4@0, q4@1, q4 parallel. */
    @Test
    void bothFree_whenEachQueryRanWithin10PercentOnBothProcessors() {
        PairedQueryRatios.Plan plan = PairedQueryRatios.Plan.pinned();
        assertTrue(plan.bothFree(new double[] {18, 19.7, 10, 33, 30, 18}), "9.4% and 9.1% apart");
        assertFalse(plan.bothFree(new double[] {18, 24, 10, 33, 33, 18}), "query 1 33% slower on processor 1");
        assertFalse(plan.bothFree(new double[] {18, 18, 10, 45, 33, 18}), "query 4 27% faster on processor 1");
        assertTrue(PairedQueryRatios.Plan.unpinned().bothFree(new double[] {18, 10, 45, 18}), "not held: every round");
    }

    /** Runs {@code plan} for 3 rounds after 1 at 20,000 incidents, checks the times and returns what it printed. */
    private static String run(PairedQueryRatios.Plan plan, int runners) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<double[]> rounds = PairedQueryRatios.run(20_000, 3, 1, List.of("-Xmx256m"), plan,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(3, rounds.size(), "the measured rounds, warm-up left out");
        for (double[] round : rounds) {
            assertEquals(runners, round.length, "one time per runner");
            for (double ms : round) {
                assertTrue(ms > 0, "a positive time: " + ms);
            }
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Against {@code printf '\0\0\0\0\0\0\0\1\377\377\377\377\377\377\377\377' | sha256sum}: 1 and −1 as big-endian bytes. */
    @Test
    void digest_isTheSha256OfTheBigEndianBytes() throws Exception {
        assertEquals("2 values, SHA-256 " + SHA_OF_ONE_AND_MINUS_ONE, PairedQueryRatios.digest(new long[] {1, -1}));
    }

    /** Past the digest's buffer of 1,024 values: the same as the SHA-256 of all the bytes at once. */
    @Test
    void digest_ofManyValues_isTheSha256OfAllTheirBytes() throws Exception {
        long[] values = new long[2_500];
        ByteBuffer all = ByteBuffer.allocate(8 * values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) i * i - 1_000_000L;
            all.putLong(values[i]);
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.array()));
        assertEquals("2500 values, SHA-256 " + expected, PairedQueryRatios.digest(values));
    }

    /** R 4.3: {@code quantile(c(1, 2, 3, 4), c(0.25, 0.5, 0.75))} gives 1.75 2.50 3.25 (type 7, R's default). */
    @Test
    void quantile_isRsDefaultType7() {
        double[] values = {1, 2, 3, 4};
        assertEquals(1.75, PairedQueryRatios.quantile(values, 0.25), 1e-12);
        assertEquals(2.5, PairedQueryRatios.quantile(values, 0.5), 1e-12);
        assertEquals(3.25, PairedQueryRatios.quantile(values, 0.75), 1e-12);
        assertEquals(7, PairedQueryRatios.quantile(new double[] {7}, 0.5), 0);
    }
}
