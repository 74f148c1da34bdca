package org.communitysafety.indicators;

import java.util.Optional;
import java.util.OptionalDouble;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.communitysafety.indicators.stats.PoissonIntervals;
import org.communitysafety.indicators.stats.Proportions;
import org.communitysafety.indicators.stats.Tests;

/**
 * The statistics of a computation's rows that repeat, each computed once for its distinct
 * primitive inputs: a Garwood interval per count x, a proportion's interval per (x, n), the exact
 * test of two counts per (x₁, x₀) and exposures. A catalogue asks for a million of them and most
 * repeat — a village has 0, 1, 2 … incidents of a category, and the interval and tests depend on
 * the counts alone — so a lookup in a primitive-keyed map ({@link PairKeyMap}) replaces gamma and
 * beta quantiles and binomial tails, and equal rows share one interval object.
 *
 * <p>The tests of two rates and of two proportions are computed every time they are asked for,
 * not kept: their inputs hold a population or two denominators, which seldom repeat (at 10M
 * incidents 32% and 12% of look-ups found a value), so their maps cost more than they saved — a
 * miss in a map of a few hundred thousand entries, then a put and its growth, against a test of
 * a few hundred nanoseconds. (The change of a proportion, which holds that test, is memoised per
 * indicator by {@link RowBuilder}.)
 *
 * <p>Exact: a value is the very double the statistics class gives for the same inputs (the
 * tests compare cached and uncached catalogues bit for bit). The confidence level and the
 * proportion method are fixed at construction, so a memo never serves a value computed under
 * other settings; one memo lives for one computation on one thread (not thread-safe) and is
 * dropped with it. Inputs too large to pack (a count of 2³¹ or more) are computed, not kept.
 */
final class StatisticsMemo {

    /** Counts below this pack two to a long key. */
    private static final long PACKABLE = 1L << 31;

    private final double confidence;
    private final IntervalMethod proportionMethod;
    private final PairKeyMap<Interval> garwood = new PairKeyMap<>();
    private final PairKeyMap<Optional<Interval>> proportions = new PairKeyMap<>();
    /** Per pair of exposures (days): the tests of two counts. */
    private final PairKeyMap<PairKeyMap<OptionalDouble>> countTests = new PairKeyMap<>();

    private final boolean keep;

    private StatisticsMemo(IndicatorSettings settings, boolean keep) {
        this.confidence = settings.confidence();
        this.proportionMethod = settings.proportionIntervals();
        this.keep = keep;
    }

    /** A memo for rows under these settings' confidence level and proportion intervals. */
    static StatisticsMemo of(IndicatorSettings settings) {
        return new StatisticsMemo(settings, true);
    }

    /** The same statistics, each computed afresh every time: what the tests compare a memo with. */
    static StatisticsMemo none(IndicatorSettings settings) {
        return new StatisticsMemo(settings, false);
    }

    /** Whether this memo keeps what it computes (false only for the tests' afresh memo). */
    boolean keeps() {
        return keep;
    }

    /** {@link PoissonIntervals#garwood}(x, confidence). */
    Interval garwood(long x) {
        if (!keep) {
            return PoissonIntervals.garwood(x, confidence);
        }
        Interval i = garwood.get(x, 0);
        return i != null ? i : garwood.put(x, 0, PoissonIntervals.garwood(x, confidence));
    }

    /** {@link PoissonIntervals#rate}(GARWOOD, x, population, 10,000, confidence), from the memoised count interval. */
    Optional<Interval> ratePer10k(long x, long population) {
        if (population <= 0) {
            return PoissonIntervals.rate(IntervalMethod.GARWOOD, x, population, 10_000, confidence);
        }
        return Optional.of(PoissonIntervals.rate(garwood(x), population, 10_000));
    }

    /** {@link Proportions#interval}(method, x, n, confidence). */
    Optional<Interval> proportion(long x, long n) {
        if (!keep || !packable(x, n)) {
            return Proportions.interval(proportionMethod, x, n, confidence);
        }
        Optional<Interval> i = proportions.get(x, n);
        return i != null ? i : proportions.put(x, n, Proportions.interval(proportionMethod, x, n, confidence));
    }

    /** The p-value of {@link Tests#poissonRatio}(x1, days1, x0, days0): two counts over periods of these lengths. */
    OptionalDouble countTest(long x1, long days1, long x0, long days0) {
        if (!keep) {
            return Tests.poissonRatioPValue(x1, days1, x0, days0);
        }
        PairKeyMap<OptionalDouble> tests = tests(countTests, days1, days0);
        OptionalDouble p = tests.get(x1, x0);
        return p != null ? p : tests.put(x1, x0, Tests.poissonRatioPValue(x1, days1, x0, days0));
    }

    /**
     * The p-value of {@link Tests#poissonRatio}(x1, pop1 × days1, x0, pop0 × days0): two rates per
     * population over periods of these lengths.
     */
    OptionalDouble rateTest(long x1, long pop1, long days1, long x0, long pop0, long days0) {
        return Tests.poissonRatioPValue(x1, (double) pop1 * days1, x0, (double) pop0 * days0);
    }

    /** The p-value of {@link Tests#twoProportions}(x1, n1, x0, n0). */
    OptionalDouble twoProportions(long x1, long n1, long x0, long n0) {
        return Tests.twoProportionsPValue(x1, n1, x0, n0);
    }

    /** How many statistics were asked for, and how many of them computed (the rest were found). */
    long[] lookupsAndComputed() {
        long lookups = garwood.lookups() + proportions.lookups();
        long computed = garwood.size() + proportions.size();
        for (PairKeyMap<OptionalDouble> m : countTests.values()) {
            lookups += m.lookups();
            computed += m.size();
        }
        return new long[] {lookups, computed};
    }

    /** Whether both values are 0 to 2³¹ − 1, so that {@code a << 32 | b} packs them into one key. */
    private static boolean packable(long a, long b) {
        return a >= 0 && a < PACKABLE && b >= 0 && b < PACKABLE;
    }

    private static PairKeyMap<OptionalDouble> tests(PairKeyMap<PairKeyMap<OptionalDouble>> byDays, long days1,
            long days0) {
        PairKeyMap<OptionalDouble> m = byDays.get(days1, days0);
        return m != null ? m : byDays.put(days1, days0, new PairKeyMap<>());
    }
}
