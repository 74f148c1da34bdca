package org.communitysafety.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired measurement of queries 1 and 4 runs at a tiny size and summarises what it measured. */
final class PairedQueryRatiosTest {
    private static final String SHA_OF_ONE_AND_MINUS_ONE = "193ac9f4b115b42ea40c1a1687ea865cceccf741a5b995cd91f1d26153efabb9";

    @Test
    void run_atATinySize_timesEveryRunnerInEveryRoundAndSummarisesEachRatio() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<double[]> rounds = PairedQueryRatios.run(20_000, 3, 1, List.of("-Xmx256m"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(3, rounds.size(), "the measured rounds, warm-up left out");
        for (double[] round : rounds) {
            assertEquals(4, round.length, "one time per runner");
            for (double ms : round) {
                assertTrue(ms > 0, "a positive time: " + ms);
            }
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        for (String ratio : List.of("query 1, one thread / parallel", "query 4, one thread / parallel",
                "query 4 / query 1, one thread", "query 4 / query 1, parallel")) {
            assertTrue(text.contains(ratio) && text.contains("of 3 rounds"), ratio + " summarised in:\n" + text);
        }
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
