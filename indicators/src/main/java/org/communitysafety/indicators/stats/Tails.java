package org.communitysafety.indicators.stats;

/**
 * Tail probabilities and their inverses for the binomial, Poisson, beta and gamma distributions,
 * with full relative accuracy (about 1e-14) in both tails and at counts up to 10<sup>12</sup>.
 *
 * <p>Method: a tail is the density at its end point ({@link Saddle}, Loader 2000) times an
 * integral of a log-concave function ({@link TailQuadrature}); the tail that does not contain
 * the mode is computed directly and the other as its complement, so neither side collapses to
 * {@code 1 - cdf}. A binomial or Poisson tail of variance up to {@link #SUM_VARIANCE} is instead
 * the sum of its terms from the end point outwards (the same density, then a ratio a term), as
 * accurate and several times faster. Identities used (Johnson, Kemp and Kotz, Univariate Discrete Distributions):
 * <pre>
 *   P(Bin(n, p) &lt;= k)  = I_{1-p}(n - k, k + 1)     P(Bin(n, p) &gt;= k) = I_p(k, n - k + 1)
 *   P(Pois(L) &lt;= k)     = Q(k + 1, L)               P(Pois(L) &gt;= k)   = P(k, L)
 * </pre>
 * Quantiles solve {@code log tail = log target} by Halley's method in the logit (beta) or log
 * (gamma) scale, where the tail is log-concave, finishing with a Newton step in the natural
 * scale; a bracket guards against overshoot. About three tail evaluations.
 *
 * <p>Checked against mpmath at 40 digits: see {@code TailsTest} and
 * {@code src/test/resources/org/communitysafety/indicators/stats/tails_reference.py}. At
 * n = 10<sup>10</sup> this is closer to mpmath than SciPy 1.17 (Boost) and R 4.2 (TOMS 708),
 * which are off by about 1e-11 relative there.
 *
 * <p>Stateless and thread-safe.
 */
final class Tails {
    private Tails() {}

    private static final int MAX_ITERATIONS = 200;

    // ---------------------------------------------------------------- beta and gamma

    /**
     * The regularised incomplete beta function I_x(a, b) (lower) or 1 - I_x(a, b) (upper) for
     * whole numbers a, b >= 1, given x, y = 1 - x, and d = a - (a + b) x computed from the smaller
     * of x and y with one rounding (see {@link #betaPoint}).
     */
    static double beta(double a, double b, double x, double y, double d, boolean lower) {
        if (x <= 0.0) {
            return lower ? 0.0 : 1.0;
        }
        if (y <= 0.0) {
            return lower ? 1.0 : 0.0;
        }
        double density = Saddle.betaLogitDensity(a, b, x, y, d);
        boolean directIsLower = d >= 0.0;
        double direct;
        if (density == 0.0) {
            direct = 0.0;
        } else if ((a + b) * x * y <= SUM_VARIANCE && density >= SUM_SMALLEST) {
            direct = directIsLower ? binomialUpperSum(a, b, x, y, density) : binomialLowerSum(a, b, x, y, density);
        } else if (directIsLower) {
            direct = density * TailQuadrature.beta(d, a + b, x, y);
        } else {
            direct = density * TailQuadrature.beta(-d, a + b, y, x);
        }
        return directIsLower == lower ? direct : 1.0 - direct;
    }

    /**
     * Up to this variance of the binomial, N x y (N = a + b - 1 trials), a tail is the sum of its
     * terms rather than a quadrature. The terms fall like {@code exp(-j^2 / 2 N x y)} from the
     * mode at the slowest, so at most about 9 standard deviations (some 300 terms, 
     * multiplications and a division each) matter, against about 90 evaluations of {@code psi}
     * with an {@code expm1} and a {@code log1p} each; most tails of a city's exact tests have a
     * few dozen or hundred trials (a village's counts in a category over two years).
     */
    static final double SUM_VARIANCE = 1024;

    /** The sum starts from the density; below this its terms would lose digits to subnormals. */
    private static final double SUM_SMALLEST = 1e-280;

    /** The sum stops when the terms left, bounded by a geometric series, are below this part of it. */
    private static final double SUM_REST = 1e-17;

    /**
     * I_x(a, b) = P(Bin(N, x) &gt;= a), N = a + b - 1, when a is at or above the mode
     * ({@code d >= 0}): the terms from {@code t_a = density / (a y)} upwards, each
     * {@code t_(i+1) = t_i (N - i) / (i + 1) (x / y)}. The ratio falls as i grows, so once it is
     * below 1 the terms left are at most {@code t r / (1 - r)}; the sum stops when that is below
     * {@link #SUM_REST} of it. Each term carries about 2.5 rounding errors a step from the first,
     * so the sum is within about {@code 3e-16} times the number of terms that matter (the
     * standard deviation, at most 32 below {@link #SUM_VARIANCE}) of the exact value: as close to
     * mpmath as the quadrature (over 8,000 random cases, 99% within 4.5e-15 either way, at most
     * 1.5e-13 in far tails where both inherit the density's error); see {@code TailsTest}.
     */
    private static double binomialUpperSum(double a, double b, double x, double y, double density) {
        double n = a + b - 1.0;
        double r = x / y;
        double t = density / (a * y);
        double sum = t;
        for (double i = a; i < n; i++) {
            double ratio = (n - i) * r / (i + 1.0);
            t *= ratio;
            sum += t;
            if (ratio < 1.0 && t * ratio <= SUM_REST * sum * (1.0 - ratio)) {
                break;
            }
        }
        return sum;
    }

    /**
     * 1 - I_x(a, b) = P(Bin(N, x) &lt;= a - 1), N = a + b - 1, when a is below the mode
     * ({@code d < 0}): the terms from {@code t_(a-1) = density / (b x)} downwards, each
     * {@code t_(i-1) = t_i i / (N - i + 1) (y / x)}; otherwise as {@link #binomialUpperSum}.
     */
    private static double binomialLowerSum(double a, double b, double x, double y, double density) {
        double n = a + b - 1.0;
        double r = y / x;
        double t = density / (b * x);
        double sum = t;
        for (double i = a - 1.0; i > 0.0; i--) {
            double ratio = i * r / (n - i + 1.0);
            t *= ratio;
            sum += t;
            if (ratio < 1.0 && t * ratio <= SUM_REST * sum * (1.0 - ratio)) {
                break;
            }
        }
        return sum;
    }

    /**
     * P(a, lambda) = P(Pois(lambda) &gt;= a) when {@code a >= lambda}: the terms from
     * {@code t_a = density / a} upwards, {@code t_(i+1) = t_i lambda / (i + 1)}, stopped as in
     * {@link #binomialUpperSum} (the variance is lambda).
     */
    private static double poissonUpperSum(double a, double lambda, double density) {
        double t = density / a;
        double sum = t;
        for (double i = a; ; i++) {
            double ratio = lambda / (i + 1.0);
            t *= ratio;
            sum += t;
            if (t * ratio <= SUM_REST * sum * (1.0 - ratio)) {
                return sum;
            }
        }
    }

    /**
     * Q(a, lambda) = P(Pois(lambda) &lt;= a - 1) when {@code a < lambda}: the terms from
     * {@code t_(a-1) = density / lambda} downwards, {@code t_(i-1) = t_i i / lambda}.
     */
    private static double poissonLowerSum(double a, double lambda, double density) {
        double t = density / lambda;
        double sum = t;
        for (double i = a - 1.0; i > 0.0; i--) {
            double ratio = i / lambda;
            t *= ratio;
            sum += t;
            if (t * ratio <= SUM_REST * sum * (1.0 - ratio)) {
                break;
            }
        }
        return sum;
    }

    /** d = a - (a + b) x for x = sigma(u), computed from the smaller of x and 1 - x. */
    private static double betaD(double a, double b, double x, double y) {
        double n = a + b;
        return x <= y ? Math.fma(-n, x, a) : Math.fma(n, y, -b);
    }

    /**
     * The regularised incomplete gamma function P(a, lambda) (lower) or Q(a, lambda) (upper) for a
     * whole number a >= 1 and lambda >= 0.
     */
    static double gamma(double a, double lambda, boolean lower) {
        if (lambda <= 0.0) {
            return lower ? 0.0 : 1.0;
        }
        if (lambda == Double.POSITIVE_INFINITY) {
            return lower ? 1.0 : 0.0;
        }
        double d = a - lambda;
        double density = Saddle.gammaLogDensity(a, lambda);
        boolean directIsLower = d >= 0.0;
        double direct;
        if (density == 0.0) {
            direct = 0.0;
        } else if (lambda <= SUM_VARIANCE && density >= SUM_SMALLEST) {
            direct = directIsLower ? poissonUpperSum(a, lambda, density) : poissonLowerSum(a, lambda, density);
        } else if (directIsLower) {
            direct = density * TailQuadrature.gammaLeft(d, lambda);
        } else {
            direct = density * TailQuadrature.gammaRight(-d, lambda);
        }
        return directIsLower == lower ? direct : 1.0 - direct;
    }

    // ---------------------------------------------------------------- binomial and Poisson

    /** P(X &lt;= k) for X ~ Bin(n, p); q = 1 - p, the smaller of p and q exact. */
    static double binomCdf(long k, long n, double p, double q) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n || p == 0.0) {
            return 1.0;
        }
        if (q == 0.0) {
            return 0.0;
        }
        if (k == 0) {
            return Saddle.dbinom(0, n, p, q);
        }
        double a = n - k;
        double b = k + 1.0;
        double nn = a + b;
        double d = p <= q ? Math.fma(nn, p, -b) : Math.fma(-nn, q, a);
        return beta(a, b, q, p, d, true);
    }

    /** P(X &gt;= k) for X ~ Bin(n, p); q = 1 - p, the smaller of p and q exact. */
    static double binomSf(long k, long n, double p, double q) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p == 0.0) {
            return 0.0;
        }
        if (q == 0.0) {
            return 1.0;
        }
        if (k == n) {
            return Saddle.dbinom(n, n, p, q);
        }
        double a = k;
        double b = n - k + 1.0;
        double nn = a + b;
        double d = p <= q ? Math.fma(-nn, p, a) : Math.fma(nn, q, -b);
        return beta(a, b, p, q, d, true);
    }

    /** P(X &lt;= k) for X ~ Poisson(lambda). */
    static double poisCdf(long k, double lambda) {
        if (k < 0) {
            return 0.0;
        }
        if (lambda == 0.0) {
            return 1.0;
        }
        if (k == 0) {
            return Math.exp(-lambda);
        }
        return gamma(k + 1.0, lambda, false);
    }

    /** P(X &gt;= k) for X ~ Poisson(lambda). */
    static double poisSf(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda == 0.0) {
            return 0.0;
        }
        return gamma(k, lambda, true);
    }

    // ---------------------------------------------------------------- quantiles

    /**
     * The point x where I_x(a, b) = target (0 &lt; target &lt; 1), a, b whole numbers >= 1, returned
     * as {x, 1 - x} with the smaller of the two to full relative accuracy, so that callers can use
     * either side (a Clopper-Pearson upper limit near 1, odds x / (1 - x)) without cancellation.
     *
     * <p>Closed forms for a = 1 ({@code 1 - (1-x)^b}) and b = 1 ({@code x^a}). Otherwise Halley's
     * method on {@code g(u) = log I - log target} in u = logit(x), where
     * {@code g' = dens / I} and {@code g'' = g' (d - g')} come free with the tail
     * ({@code dens = x^a (1-x)^b / B(a, b)}, {@code d = a - (a+b) x}); the last step is a Newton
     * step in the smaller of x and 1 - x itself, because a logit near -30 has an ulp of 3.6e-15
     * while x near 1e-13 can be resolved to 1e-16. Typically three tail evaluations.
     */
    static double[] betaQuantile(double a, double b, double target) {
        if (a == 1.0) {
            double log = Math.log1p(-target) / b; // (1 - x)^b = 1 - target
            return new double[] {-Math.expm1(log), Math.exp(log)};
        }
        if (b == 1.0) {
            double log = Math.log(target) / a; // x^a = target
            return new double[] {Math.exp(log), -Math.expm1(log)};
        }
        double logTarget = Math.log(target);
        double spread = Math.sqrt(1.0 / a + 1.0 / b);
        double z = target < 0.5 ? -Normal.approximateUpperZ(target) : Normal.approximateUpperZ(1.0 - target);
        double u = Math.log(a / b) + z * spread;
        Bracket bracket = new Bracket(spread);
        double x = sigmoid(u);
        double y = sigmoid(-u);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            x = sigmoid(u);
            y = sigmoid(-u);
            double d = betaD(a, b, x, y);
            double tail = beta(a, b, x, y, d, true);
            double density = Saddle.betaLogitDensity(a, b, x, y, d);
            double next;
            if (!(tail > 0.0) || !(density > 0.0)) {
                // under- or overflow far from the root: move towards it
                next = bracket.towards(u, !(tail > 0.5));
            } else {
                double g = Math.log(tail) - logTarget;
                bracket.narrow(u, g < 0.0);
                double slope = density / tail;
                double step = halley(g, slope, slope * (d - slope));
                // converged on the distribution's own scale (spread ~ its sd in u), or no further
                // progress is representable in u
                if (g == 0.0 || Math.abs(step) <= 1e-8 * spread || u + step == u) {
                    // converged in u (the error is now ~step^2): finish with Newton in x or 1 - x
                    double error = tail - target;
                    if (x <= y) {
                        double polished = x - error * x * y / density;
                        return polished > 0.0 ? new double[] {polished, 1.0 - polished} : new double[] {x, y};
                    }
                    double polished = y + error * x * y / density;
                    return polished > 0.0 ? new double[] {1.0 - polished, polished} : new double[] {x, y};
                }
                next = bracket.step(u, step, g < 0.0);
            }
            if (next == u) {
                break;
            }
            u = next;
        }
        return new double[] {x, y};
    }

    /**
     * The lambda where P(a, lambda) = target (lower) or Q(a, lambda) = target (upper), for a whole
     * number a >= 1 and 0 &lt; target &lt; 1. Closed forms for a = 1; otherwise Halley's method in
     * u = log lambda from the Wilson and Hilferty (1931) cube-root approximation, with
     * {@code g' = dens / tail} and {@code g'' = g' (d -/+ g')}, {@code d = a - lambda}, and a final
     * Newton step in lambda itself (exp(u) near 1e9 only resolves 2e-15 relative).
     */
    static double gammaQuantile(double a, double target, boolean lower) {
        if (a == 1.0) {
            return lower ? -Math.log1p(-target) : -Math.log(target); // 1 - e^-L, e^-L
        }
        double logTarget = Math.log(target);
        double lowerP = lower ? target : 1.0 - target;
        double z = lowerP < 0.5 ? -Normal.approximateUpperZ(lowerP) : Normal.approximateUpperZ(1.0 - lowerP);
        double base = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * Math.sqrt(a));
        double start = base > 0.0 ? a * base * base * base : 0.0;
        if (lower) {
            // small-lambda behaviour P(a, L) ~ L^a / a!
            double small = Math.exp((logTarget + org.apache.commons.math3.special.Gamma.logGamma(a + 1.0)) / a);
            start = Math.max(start, small);
        }
        if (!(start > 0.0)) {
            start = Double.MIN_NORMAL;
        }
        double u = Math.log(start);
        double spread = 1.0 / Math.sqrt(a); // sd of log lambda
        Bracket bracket = new Bracket(Math.max(spread, 0.5));
        double lambda = start;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            lambda = Math.exp(u);
            double tail = gamma(a, lambda, lower);
            double density = Saddle.gammaLogDensity(a, lambda);
            double next;
            // g(u) increasing in u: log P - log t for lower, log t - log Q for upper
            if (!(tail > 0.0) || !(density > 0.0)) {
                boolean tooLow = lower ? !(tail > 0.0) && lambda < a : tail > 0.5;
                next = bracket.towards(u, tooLow);
            } else {
                double g = lower ? Math.log(tail) - logTarget : logTarget - Math.log(tail);
                bracket.narrow(u, g < 0.0);
                double slope = density / tail;
                double d = a - lambda;
                double step = halley(g, slope, slope * (lower ? d - slope : d + slope));
                if (g == 0.0 || Math.abs(step) <= 1e-8 * spread || u + step == u) {
                    // converged in u: finish with Newton in lambda (d tail / d lambda = -/+ dens / lambda)
                    double error = tail - target;
                    double polished = lower ? lambda - error * lambda / density : lambda + error * lambda / density;
                    return polished > 0.0 ? polished : lambda;
                }
                next = bracket.step(u, step, g < 0.0);
            }
            if (next == u) {
                break;
            }
            u = next;
        }
        return lambda;
    }

    /** Halley's step for g with derivatives g1, g2; Newton's where Halley's denominator is unsafe. */
    private static double halley(double g, double g1, double g2) {
        double newton = -g / g1;
        double denominator = 1.0 + 0.5 * newton * g2 / g1;
        return denominator > 0.5 && denominator < 2.0 ? newton / denominator : newton;
    }

    /**
     * The safeguard of the Halley iterations in u: the bracket {@code (lo, hi)} known to hold the
     * root, narrowed at every evaluation, and how far to jump from u while one side is still open
     * (doubled after each jump). Mutable; one per solve.
     */
    private static final class Bracket {
        private double lo = Double.NEGATIVE_INFINITY;
        private double hi = Double.POSITIVE_INFINITY;
        private double expand;

        Bracket(double expand) {
            this.expand = expand;
        }

        /** Records that the root lies above u ({@code up}) or below it. */
        void narrow(double u, boolean up) {
            if (up) {
                lo = Math.max(lo, u);
            } else {
                hi = Math.min(hi, u);
            }
        }

        /**
         * Where to go from u, where the tail could not be evaluated, when the root lies above it
         * ({@code up}) or below: halfway to the bracket's end, or a jump while that end is open.
         */
        double towards(double u, boolean up) {
            narrow(u, up);
            double next;
            if (up) {
                next = Double.isInfinite(hi) ? u + expand : 0.5 * (u + hi);
            } else {
                next = Double.isInfinite(lo) ? u - expand : 0.5 * (lo + u);
            }
            expand *= 2.0;
            return next;
        }

        /**
         * u + step when that stays inside the bracket; otherwise the bracket's midpoint, or a jump
         * towards the root ({@code up} or down) while the bracket is open on a side.
         */
        double step(double u, double step, boolean up) {
            double next = u + step;
            if (!(next > lo && next < hi)) {
                next = !Double.isInfinite(lo) && !Double.isInfinite(hi) ? 0.5 * (lo + hi) : up ? u + expand : u - expand;
                expand *= 2.0;
            }
            return next;
        }
    }

    /** 1 / (1 + e^-u) without cancellation on either side. */
    static double sigmoid(double u) {
        if (u >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-u));
        }
        double e = Math.exp(u);
        return e / (1.0 + e);
    }
}
