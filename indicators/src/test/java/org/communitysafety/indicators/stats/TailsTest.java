package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tail probabilities and quantiles under every interval and test, against
 * {@code tails_reference.csv}: mpmath at 40 digits (exact positive sums up to 10^6, quadrature
 * beyond), written by {@code tails_reference.py} next to it. Parameters reach 10^12 and tails
 * 1e-301. Plus identities and a comparison with Commons Math 3.6.1 over seeded random cases.
 */
final class TailsTest {
    private static final String RESOURCE = "/org/communitysafety/indicators/stats/tails_reference.csv";

    /**
     * Relative tolerance against mpmath. Observed: at most 3.3e-14, except 2.6e-13 for
     * I_x(1000, 10^9) = 1.8e-181, whose condition number in x is about 1000 (x^1000).
     */
    private static final double TOLERANCE = 5e-13;

    @TestFactory
    Stream<DynamicTest> tailsAndQuantiles_matchMpmath() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows()) {
            String name = String.join(" ", row);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                double a1 = Double.parseDouble(row[1]);
                double a2 = Double.parseDouble(row[2]);
                double a3 = Double.parseDouble(row[3]);
                double expected = Double.parseDouble(row[4]);
                double actual = compute(row[0], a1, a2, a3);
                assertClose(expected, actual, TOLERANCE, name);
            }));
        }
        assertEquals(178, tests.size(), "rows in " + RESOURCE + " (besides the 16 ratio_ rows of TestsTest)");
        return tests.stream();
    }

    private static double compute(String kind, double a1, double a2, double a3) {
        switch (kind) {
            case "beta_lower":
            case "beta_upper": {
                double x = a3;
                double y = 1.0 - x;
                double n = a1 + a2;
                double d = x <= 0.5 ? Math.fma(-n, x, a1) : Math.fma(n, y, -a2);
                return Tails.beta(a1, a2, x, y, d, kind.equals("beta_lower"));
            }
            case "gamma_lower":
                return Tails.gamma(a1, a2, true);
            case "gamma_upper":
                return Tails.gamma(a1, a2, false);
            case "qbeta":
                return Tails.betaQuantile(a1, a2, a3)[0];
            case "qgamma_lower":
                return Tails.gammaQuantile(a1, a2, true);
            case "qgamma_upper":
                return Tails.gammaQuantile(a1, a2, false);
            case "binom_cdf":
                return Tails.binomCdf((long) a1, (long) a2, a3, 1.0 - a3);
            case "binom_sf":
                return Tails.binomSf((long) a1, (long) a2, a3, 1.0 - a3);
            case "dbinom":
                return Saddle.dbinom((long) a1, (long) a2, a3, 1.0 - a3);
            case "pois_cdf":
                return Tails.poisCdf((long) a1, a2);
            case "pois_sf":
                return Tails.poisSf((long) a1, a2);
            case "dpois":
                return Saddle.dpois((long) a1, a2);
            default:
                throw new AssertionError("unknown kind " + kind);
        }
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TailsTest.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("ratio_")) { // ratio_ rows: TestsTest
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static void assertClose(double expected, double actual, double relative, String what) {
        if (expected == 0.0 || Double.isInfinite(expected)) {
            assertEquals(expected, actual, 0.0, what);
            return;
        }
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= relative,
                () -> String.format("%s: expected %s, got %s, relative error %.3g", what, expected, actual, error));
    }

    // ------------------------------------------------------------------ identities and properties

    @Test
    void binomialTails_sumToOneAndMatchCommonsMathInTheBulk_seededRandom() {
        Random random = new Random(20240917L);
        for (int i = 0; i < 400; i++) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 30 : 5000);
            double p = random.nextInt(10) == 0 ? 0.5 : random.nextDouble();
            int k = random.nextInt(n + 1);
            double q = 1.0 - p;
            double cdf = Tails.binomCdf(k, n, p, q);
            double sf = Tails.binomSf(k + 1, n, p, q);
            String what = "n=" + n + " p=" + p + " k=" + k;
            assertEquals(1.0, cdf + sf, 4e-16, what + " cdf + sf");
            BinomialDistribution commons = new BinomialDistribution(null, n, p);
            double theirs = commons.cumulativeProbability(k);
            // Commons Math is accurate in absolute terms in the bulk (its upper tails are 1 - cdf)
            assertEquals(theirs, cdf, 1e-12 + 1e-10 * theirs, what + " vs Commons Math");
            double pmf = Saddle.dbinom(k, n, p, q);
            // Commons Math's own saddle point loses about |log pmf| * 1e-16 relative in deep tails
            assertEquals(commons.probability(k), pmf, 1e-12 * pmf + 1e-300, what + " pmf");
            assertEquals(Tails.binomCdf(k, n, p, q) - (k > 0 ? Tails.binomCdf(k - 1, n, p, q) : 0.0), pmf,
                    1e-14 + 1e-9 * pmf, what + " cdf difference");
        }
    }

    @Test
    void poissonTails_sumToOneAndMatchCommonsMathInTheBulk_seededRandom() {
        Random random = new Random(77L);
        for (int i = 0; i < 400; i++) {
            double mean = Math.exp(random.nextDouble() * 14 - 4); // 0.018 .. 22,000
            long k = (long) Math.max(0, mean + random.nextGaussian() * 3 * Math.sqrt(mean));
            double cdf = Tails.poisCdf(k, mean);
            double sf = Tails.poisSf(k + 1, mean);
            String what = "mean=" + mean + " k=" + k;
            assertEquals(1.0, cdf + sf, 4e-16, what);
            PoissonDistribution commons = new PoissonDistribution(null, mean, 1e-15, 10_000_000);
            assertEquals(commons.cumulativeProbability((int) k), cdf, 1e-11, what + " vs Commons Math");
        }
    }

    @Test
    void quantiles_roundTrip_seededRandom() {
        Random random = new Random(5L);
        for (int i = 0; i < 200; i++) {
            double a = 1 + Math.floor(Math.exp(random.nextDouble() * 25)); // 1 .. 7e10
            double b = 1 + Math.floor(Math.exp(random.nextDouble() * 25));
            double t = Math.exp(-random.nextDouble() * 30); // 1 .. 1e-13
            t = Math.min(t, 0.5);
            double[] xy = Tails.betaQuantile(a, b, t);
            double x = xy[0];
            double y = xy[1];
            double n = a + b;
            double d = x <= y ? Math.fma(-n, x, a) : Math.fma(n, y, -b);
            double back = Tails.beta(a, b, x, y, d, true);
            // the quantile is a double: its tail can differ from t by the tail's slope over an ulp
            double slack = Saddle.betaLogitDensity(a, b, x, y, d) * Math.ulp(Math.min(x, y)) / (x * y) / back;
            assertClose(t, back, 1e-12 + 2 * slack, "qbeta a=" + a + " b=" + b + " t=" + t);

            double lambda = Tails.gammaQuantile(a, t, true);
            double backP = Tails.gamma(a, lambda, true);
            double slackP = Saddle.gammaLogDensity(a, lambda) * Math.ulp(lambda) / lambda / backP;
            assertClose(t, backP, 1e-12 + 2 * slackP, "qgamma lower a=" + a + " t=" + t);
            double lambdaQ = Tails.gammaQuantile(a, t, false);
            double backQ = Tails.gamma(a, lambdaQ, false);
            double slackQ = Saddle.gammaLogDensity(a, lambdaQ) * Math.ulp(lambdaQ) / lambdaQ / backQ;
            assertClose(t, backQ, 1e-12 + 2 * slackQ, "qgamma upper a=" + a + " t=" + t);
        }
    }

    /**
     * Where a tail is summed term by term (variance up to {@link Tails#SUM_VARIANCE}), the sum
     * agrees with the quadrature that computes every other tail, which the mpmath rows above
     * check over the whole range: 20,000 seeded cases each, from one trial to 10^7, from the
     * mode to the far tails (both start from the same density, so only the methods differ;
     * observed at most 4.7e-15 apart).
     */
    @Test
    void summedTails_agreeWithTheQuadrature_seededRandom() {
        Random random = new Random(20261206L);
        for (int i = 0; i < 20_000; i++) {
            long trials = (long) Math.pow(10, 7 * random.nextDouble()) + 1;
            double variance = Math.pow(10, 3.01 * random.nextDouble());
            double x = Math.min(0.5, variance / trials);
            if (random.nextBoolean()) {
                x = 1 - x;
            }
            double y = 1 - x;
            double sd = Math.sqrt(trials * x * y);
            long a = Math.max(1, Math.min(trials, Math.round(trials * x + random.nextGaussian() * 4 * sd)));
            double b = trials + 1 - a;
            double n = a + b;
            double d = x <= y ? Math.fma(-n, x, a) : Math.fma(n, y, -b);
            double density = Saddle.betaLogitDensity(a, b, x, y, d);
            if (n * x * y > Tails.SUM_VARIANCE || density < 1e-280) {
                continue;
            }
            double quadrature = density * (d >= 0 ? TailQuadrature.beta(d, n, x, y) : TailQuadrature.beta(-d, n, y, x));
            double sum = Tails.beta(a, b, x, y, d, d >= 0);
            assertClose(quadrature, sum, 2e-14, "I a=" + a + " b=" + b + " x=" + x);

            double lambda = Math.pow(10, -3 + 6.01 * random.nextDouble());
            long k = Math.max(1, Math.round(lambda + random.nextGaussian() * 4 * Math.sqrt(lambda)));
            double gd = k - lambda;
            double gDensity = Saddle.gammaLogDensity(k, lambda);
            if (lambda > Tails.SUM_VARIANCE || gDensity < 1e-280) {
                continue;
            }
            double gQuadrature = gDensity * (gd >= 0 ? TailQuadrature.gammaLeft(gd, lambda)
                    : TailQuadrature.gammaRight(-gd, lambda));
            double gSum = Tails.gamma(k, lambda, gd >= 0);
            assertClose(gQuadrature, gSum, 2e-14, "P a=" + k + " lambda=" + lambda);
        }
    }

    @Test
    void log1pmxAndExpm1mx_matchDirectFormulasAwayFromZero() {
        for (double w : new double[] {-0.9, -0.3, -0.25, -0.1, -1e-3, 1e-8, 0.2, 0.25, 0.3, 5.0}) {
            double direct = Math.log1p(w) - w;
            assertClose(direct, Saddle.log1pmx(w), Math.abs(w) > 0.05 ? 1e-14 : 1e-8, "log1pmx " + w);
        }
        assertClose(-0.5e-16 + 1e-24 / 3, Saddle.log1pmx(1e-8), 1e-15, "log1pmx small");
        for (double v : new double[] {-3, -0.6, -0.49, -0.1, 0.1, 0.49, 0.6, 3}) {
            assertClose(Math.expm1(v) - v, Saddle.expm1mx(v), Math.abs(v) > 0.4 ? 1e-14 : 1e-12, "expm1mx " + v);
        }
        assertClose(0.5e-20, Saddle.expm1mx(1e-10), 1e-9, "expm1mx small");
    }
}
