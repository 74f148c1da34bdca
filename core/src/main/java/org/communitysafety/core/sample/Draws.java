package org.communitysafety.core.sample;

import java.util.SplittableRandom;

/**
 * The few random variates the generator needs, on a caller's {@link SplittableRandom}, and
 * the seed mixing that gives every kind of record its own stream.
 *
 * <p>Stateless and thread-safe.
 */
final class Draws {
    private Draws() {}

    /**
     * A lognormal variate with the given median: {@code median · exp(sigma · Z)}, Z standard
     * normal. The mean is {@code median · exp(sigma²/2)}.
     */
    static double lognormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** A Poisson variate by Knuth's multiplication method; meant for small means (under ~20). */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** A binomial variate by counting successes; meant for small {@code n}. */
    static long binomial(SplittableRandom rng, long n, double p) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** {@code value} limited to {@code lo..hi}. */
    static long clamp(long value, long lo, long hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    /** {@code value} limited to {@code lo..hi}. */
    static double clamp(double value, double lo, double hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    /** An amount in whole yuan as fen, at least one yuan and at most {@code maxYuan}. */
    static long yuanAsFen(double yuan, long maxYuan) {
        return clamp(Math.round(yuan), 1, maxYuan) * 100L;
    }

    /**
     * Stafford's "Mix13" finaliser (the one {@link SplittableRandom} uses): a bijection on
     * {@code long} that spreads every input bit over the output.
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of an independent stream named by {@code salt}, derived from the spec's seed. */
    static long derive(long seed, long salt) {
        return mix64(mix64(seed) ^ mix64(salt * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L));
    }
}
