package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Against R 4.2.2: {@code r_reference.txt}, the output of {@code r_reference.R} (both next to
 * this class's resources). Covers what {@code statistics.json} does not: the two-proportion test
 * ({@code prop.test}), Benjamini-Hochberg ({@code p.adjust}), Spiegelhalter funnel limits (the
 * appendix A.1 formulas on R's {@code qbinom}/{@code pbinom}/{@code dbinom} and Poisson
 * counterparts), and more exact tests ({@code binom.test}, {@code poisson.test}). One dynamic
 * test per line; every line of the file is used.
 */
final class RReferenceTest {
    private static final String RESOURCE = "/org/communitysafety/indicators/stats/r_reference.txt";

    /**
     * Observed agreement is about 1e-15, and 1e-13 for chi-square p-values near 1e-279 (R's
     * pchisq and Commons Math's incomplete gamma differ there).
     */
    private static final double TOLERANCE = 1e-12;

    private static final List<String> LINES = lines();

    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RReferenceTest.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Test
    void referenceFile_everyLineHasAKnownKind() {
        assertEquals(81, LINES.size());
        for (String line : LINES) {
            String kind = line.substring(0, line.indexOf(' '));
            assertTrue(List.of("prop", "prop998", "propnan", "bh", "fbinom", "fpois", "pratio", "binom", "pois")
                    .contains(kind), line);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRLine() {
        return LINES.stream().map(line -> DynamicTest.dynamicTest(line.length() > 90 ? line.substring(0, 90) : line,
                () -> check(line)));
    }

    private static void check(String line) {
        String kind = line.substring(0, line.indexOf(' '));
        String[] parts = line.substring(kind.length()).split("\\|");
        double[] in = numbers(parts[0]);
        double[] out = parts.length > 1 ? numbers(parts[1]) : new double[0];
        switch (kind) {
            case "prop" -> twoProportions(in, out, 0.95, line);
            case "prop998" -> twoProportions(in, out, 0.998, line);
            case "propnan" -> {
                // R gives NaN for 0 of 10 vs 0 of 20 and 10 of 10 vs 20 of 20: the test is undefined
                assertTrue(Double.isNaN(in[0]) && Double.isNaN(in[1]), line);
                assertEquals(Optional.empty(), Tests.twoProportions(0, 10, 0, 20, 0.95));
                assertEquals(Optional.empty(), Tests.twoProportions(10, 10, 20, 20, 0.95));
            }
            case "bh" -> {
                double[] adjusted = Multiplicity.benjaminiHochberg(in);
                assertEquals(out.length, adjusted.length);
                for (int i = 0; i < out.length; i++) {
                    assertEquals(out[i], adjusted[i], 0.0, "BH must match R bit for bit: " + line);
                }
            }
            case "fbinom" -> {
                Interval limits = Funnel.proportionLimits(in[0], (long) in[1], in[2]);
                double[] counts = Funnel.binomialCountLimits(in[0], (long) in[1], in[2]);
                close(out[0], counts[0] / in[1], line + " lower (unclipped)");
                close(out[1], counts[1] / in[1], line + " upper (unclipped)");
                close(Math.max(0.0, out[0]), limits.lower(), line + " lower");
                close(Math.min(1.0, out[1]), limits.upper(), line + " upper");
            }
            case "fpois" -> {
                Interval limits = Funnel.rateLimits(in[0], in[1], in[2]);
                double[] counts = Funnel.poissonCountLimits(in[0] * in[1], in[2]);
                close(out[0], counts[0] / in[1], line + " lower (unclipped)");
                close(out[1], counts[1] / in[1], line + " upper (unclipped)");
                close(Math.max(0.0, out[0]), limits.lower(), line + " lower");
                close(out[1], limits.upper(), line + " upper");
            }
            case "pratio" -> {
                TestResult r = Tests.poissonRatio((long) in[0], in[1], (long) in[2], in[3], in[4]).orElseThrow();
                close(out[0], r.pValue(), line + " p");
                close(out[1], r.estimate(), line + " rate ratio");
                close(out[2], r.interval().orElseThrow().lower(), line + " lower");
                close(out[3], r.interval().orElseThrow().upper(), line + " upper");
            }
            case "binom" -> {
                TestResult r = Tests.binomial((long) in[0], (long) in[1], in[2], in[3]).orElseThrow();
                close(out[0], r.pValue(), line + " p");
                close(out[1], r.estimate(), line + " estimate");
                close(out[2], r.interval().orElseThrow().lower(), line + " lower");
                close(out[3], r.interval().orElseThrow().upper(), line + " upper");
            }
            case "pois" -> {
                TestResult r = Tests.poisson((long) in[0], in[1], in[2], in[3]);
                close(out[0], r.pValue(), line + " p");
                close(out[1], r.estimate(), line + " estimate");
                close(out[2], r.interval().orElseThrow().lower(), line + " lower");
                close(out[3], r.interval().orElseThrow().upper(), line + " upper");
            }
            default -> throw new AssertionError("unknown kind: " + line);
        }
    }

    private static void twoProportions(double[] in, double[] out, double confidence, String line) {
        TestResult r = Tests.twoProportions((long) in[0], (long) in[1], (long) in[2], (long) in[3], confidence)
                .orElseThrow();
        // R's statistic for YATES = 0.5 at |DELTA| / sum(1/n) = 0.5 is rounding noise (8e-30); p = 1 - 2e-15
        close(out[0], r.pValue(), line + " p-value");
        close(out[1], r.estimate(), line + " difference");
        close(out[2], r.interval().orElseThrow().lower(), line + " lower");
        close(out[3], r.interval().orElseThrow().upper(), line + " upper");
        assertEquals(IntervalMethod.WALD_CC, r.interval().orElseThrow().method());
    }

    private static void close(double expected, double actual, String what) {
        if (expected == 0.0 || expected == 1.0 || Double.isInfinite(expected)) {
            assertEquals(expected, actual, expected == 1.0 ? 1e-14 : 0.0, what);
            return;
        }
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= TOLERANCE,
                () -> String.format("%s: R %s, here %s, relative error %.3g", what, expected, actual, error));
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .mapToDouble(s -> switch (s) {
                    case "Inf" -> Double.POSITIVE_INFINITY;
                    case "NaN" -> Double.NaN;
                    default -> Double.parseDouble(s);
                }).toArray();
    }
}
