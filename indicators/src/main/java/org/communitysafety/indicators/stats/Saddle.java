package org.communitysafety.indicators.stats;

/**
 * Saddle-point building blocks for binomial, Poisson, beta and gamma densities that keep full
 * relative accuracy at counts up to 10<sup>12</sup>.
 *
 * <p>Method: Loader (2000), "Fast and accurate computation of binomial probabilities": a density
 * is written as {@code exp(stirlerr terms - bd0 terms) * sqrt(...)}, where
 * <pre>
 *   stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n)
 *   bd0(k, m)   = k log(k/m) + m - k       (the "deviance" of k from its mean m)
 * </pre>
 * Here {@code bd0} is evaluated from the <em>difference</em> {@code d = k - m}, which the callers
 * compute with one rounding (fused multiply-add), as {@code -k * log1pmx(-d/k)}, so that a count
 * of 10<sup>10</sup> near its mean loses nothing to cancellation. Naive {@code x^a (1-x)^b}
 * loses about {@code a * 1e-16} relative, 10<sup>-6</sup> at a = 10<sup>10</sup>.
 *
 * <p>Stateless and thread-safe.
 */
final class Saddle {
    private Saddle() {}

    /** log(sqrt(2 pi)). */
    static final double LN_SQRT_2PI = 0.9189385332046728;

    static final double TWO_PI = 2.0 * Math.PI;

    /** stirlerr(n) for n = 0..30, computed with mpmath at 40 digits (index 0 is unused). */
    private static final double[] STIRLERR = {
        Double.NaN,
        0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
        0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
        0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
        0.006408994188004207, 0.0059513701127588475, 0.005554733551962801, 0.0052076559196096404,
        0.004901395948434738, 0.004629153749334028, 0.004385560249232324, 0.004166319691996922,
        0.00396795421864086, 0.0037876180684444346, 0.0036229602246830948, 0.003472021382978767,
        0.003333155636728093, 0.003204970228055038, 0.0030862786826087773, 0.002976063983550409,
        0.0028734493623524663, 0.0027776749297526936,
    };

    // Stirling series coefficients B_2k / (2k (2k - 1)).
    private static final double S0 = 1.0 / 12;
    private static final double S1 = 1.0 / 360;
    private static final double S2 = 1.0 / 1260;
    private static final double S3 = 1.0 / 1680;
    private static final double S4 = 1.0 / 1188;

    /**
     * stirlerr(n) = log(n!) - (n + 1/2) log(n) + n - log(sqrt(2 pi)) for a whole number n >= 1;
     * a table up to 30 and five terms of the Stirling series beyond (error below 1e-19 relative).
     */
    static double stirlerr(double n) {
        if (n <= 30) {
            return STIRLERR[(int) n];
        }
        double nn = n * n;
        return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
    }

    /**
     * log(1 + w) - w for w > -1 with full relative accuracy. For |w| <= 1/4 it uses
     * log(1 + w) = 2 atanh(r), r = w / (2 + w), so log1pmx(w) = -r w + 2 (r^3/3 + r^5/5 + ...).
     */
    static double log1pmx(double w) {
        if (!(Math.abs(w) <= 0.25)) {
            return Math.log1p(w) - w;
        }
        double r = w / (2.0 + w);
        double r2 = r * r;
        // r^3 (1/3 + r^2/5 + ... + r^18/21), |r| <= 1/7: the next term is below 1e-17 relative
        double poly = 1.0 / 21;
        for (int k = 19; k >= 3; k -= 2) {
            poly = Math.fma(poly, r2, 1.0 / k);
        }
        return 2.0 * r * r2 * poly - r * w;
    }

    /** e^v - 1 - v with full relative accuracy (Taylor series for |v| < 1/2). */
    static double expm1mx(double v) {
        if (!(Math.abs(v) < 0.5)) {
            return Math.expm1(v) - v;
        }
        // v^2 (1/2! + v/3! + ... + v^15/17!), |v| < 1/2: the next term is below 1e-19 relative
        double poly = INV_FACTORIAL[17];
        for (int k = 16; k >= 2; k--) {
            poly = Math.fma(poly, v, INV_FACTORIAL[k]);
        }
        return v * v * poly;
    }

    private static final double[] INV_FACTORIAL = new double[18];

    static {
        double f = 1.0;
        INV_FACTORIAL[0] = 1.0;
        for (int k = 1; k < INV_FACTORIAL.length; k++) {
            f *= k;
            INV_FACTORIAL[k] = 1.0 / f;
        }
    }

    /**
     * bd0(k, m) = k log(k/m) + m - k for k > 0, given both d = k - m (accurately) and m. Near the
     * mean (|d| <= k/2) it is -k log1pmx(-d/k); far from it the direct formula has no
     * cancellation to speak of.
     */
    static double bd0(double k, double d, double m) {
        if (Math.abs(d) <= 0.5 * k) {
            return -k * log1pmx(-d / k);
        }
        if (!(m > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return k * Math.log(k / m) + m - k;
    }

    /**
     * x^a (1-x)^b / B(a, b) for whole numbers a, b >= 1, given x, y = 1 - x and
     * d = a - (a + b) x (the caller computes d with one rounding from whichever of x, y is
     * smaller). This is the density of the beta distribution in the logit scale, and equals
     * a b / (a + b) times the binomial probability of a successes in a + b trials.
     */
    static double betaLogitDensity(double a, double b, double x, double y, double d) {
        double n = a + b;
        double lc = stirlerr(n) - stirlerr(a) - stirlerr(b) - bd0(a, d, n * x) - bd0(b, -d, n * y);
        return Math.exp(lc) * Math.sqrt(a * b / (TWO_PI * n));
    }

    /**
     * lambda^a e^(-lambda) / Gamma(a) for a whole number a >= 1 and lambda > 0: the density of the
     * gamma distribution in the log scale; equals a times the Poisson probability of a at mean
     * lambda.
     */
    static double gammaLogDensity(double a, double lambda) {
        double lc = -stirlerr(a) - bd0(a, a - lambda, lambda);
        return Math.exp(lc) * Math.sqrt(a / TWO_PI);
    }

    /**
     * Binomial probability P(X = k), X ~ Bin(n, p), q = 1 - p, with full relative accuracy
     * (Loader 2000); k and n whole numbers up to 2^53.
     */
    static double dbinom(long k, long n, double p, double q) {
        if (k < 0 || k > n) {
            return 0.0;
        }
        if (p == 0.0) {
            return k == 0 ? 1.0 : 0.0;
        }
        if (q == 0.0) {
            return k == n ? 1.0 : 0.0;
        }
        // q^n and p^n: pow is within an ulp when its base is exact (the smaller of p, q is);
        // otherwise exp(n log1p(-smaller)) keeps the digits the rounded base would lose
        if (k == 0) {
            return p < q ? Math.exp(n * Math.log1p(-p)) : Math.pow(q, n);
        }
        if (k == n) {
            return q < p ? Math.exp(n * Math.log1p(-q)) : Math.pow(p, n);
        }
        double nn = n;
        double kk = k;
        double rest = n - k;
        double d = p <= 0.5 ? Math.fma(-nn, p, kk) : Math.fma(nn, q, kk - nn);
        double lc = stirlerr(nn) - stirlerr(kk) - stirlerr(rest)
                - bd0(kk, d, nn * p) - bd0(rest, -d, nn * q);
        return Math.exp(lc) * Math.sqrt(nn / (TWO_PI * kk * rest));
    }

    /** Poisson probability P(X = k), X ~ Poisson(lambda), with full relative accuracy. */
    static double dpois(long k, double lambda) {
        if (k < 0) {
            return 0.0;
        }
        if (lambda == 0.0) {
            return k == 0 ? 1.0 : 0.0;
        }
        if (k == 0) {
            return Math.exp(-lambda);
        }
        double kk = k;
        double lc = -stirlerr(kk) - bd0(kk, kk - lambda, lambda);
        return Math.exp(lc) / Math.sqrt(TWO_PI * kk);
    }
}
