package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.communitysafety.core.lang.Check;

/**
 * An exact distribution of whole numbers of days — days to clear an incident, days to close
 * a dispute — as the distinct values with their counts, enough for exact medians and
 * quantiles, and mergeable by adding counts.
 *
 * <p>Immutable and thread-safe.
 */
public final class DayDistribution {
    private static final DayDistribution EMPTY = new DayDistribution(new int[0], new long[0]);

    private final int[] days;
    private final long[] counts;
    private final long total;

    private DayDistribution(int[] days, long[] counts) {
        this.days = days;
        this.counts = counts;
        long t = 0;
        for (long c : counts) {
            t = Math.addExact(t, c);
        }
        this.total = t;
    }

    /** No values. */
    public static DayDistribution empty() {
        return EMPTY;
    }

    /**
     * The distribution with {@code counts[i]} values equal to {@code days[i]}; days strictly
     * increasing, counts positive.
     */
    public static DayDistribution of(int[] days, long[] counts) {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(counts, "counts");
        Check.argument(days.length == counts.length, "%d days but %d counts", days.length, counts.length);
        for (int i = 0; i < days.length; i++) {
            Check.argument(counts[i] > 0, "count %d of day %d must be positive", counts[i], days[i]);
            Check.argument(i == 0 || days[i] > days[i - 1], "days must increase: %d after %d", days[i],
                    i == 0 ? 0 : days[i - 1]);
        }
        return days.length == 0 ? EMPTY : new DayDistribution(days.clone(), counts.clone());
    }

    /**
     * The distribution held in {@code days[from .. to)} and {@code counts[from .. to)} of a cube's
     * own arrays, which its builder made with days strictly increasing and counts positive: copied
     * once and not checked again (a catalogue reads a unit's distribution for each of its rows of
     * medians, and the city's span thousands of days).
     */
    static DayDistribution ofRange(int[] days, long[] counts, int from, int to) {
        return from == to ? EMPTY
                : new DayDistribution(Arrays.copyOfRange(days, from, to), Arrays.copyOfRange(counts, from, to));
    }

    /** The distribution of the given values, in any order. */
    public static DayDistribution ofValues(int... values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        int[] d = new int[sorted.length];
        long[] c = new long[sorted.length];
        for (int v : sorted) {
            if (distinct > 0 && d[distinct - 1] == v) {
                c[distinct - 1]++;
            } else {
                d[distinct] = v;
                c[distinct++] = 1;
            }
        }
        return of(Arrays.copyOf(d, distinct), Arrays.copyOf(c, distinct));
    }

    /** The number of values. */
    public long count() {
        return total;
    }

    /** Whether there are no values. */
    public boolean isEmpty() {
        return total == 0;
    }

    /** The distinct values, increasing. */
    public int[] days() {
        return days.clone();
    }

    /** The count of each distinct value. */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * The median: the middle value, or the mean of the two middle values when the count is
     * even (so it may end in .5); empty when there are no values.
     */
    public OptionalDouble median() {
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long lower = (total - 1) / 2; // 0-based ranks of the middle value(s)
        long upper = total / 2;
        return OptionalDouble.of((valueAtRank(lower) + valueAtRank(upper)) / 2.0);
    }

    /** The value of 0-based rank {@code rank} in increasing order. */
    public int valueAtRank(long rank) {
        if (total == 0 || rank < 0 || rank >= total) { // guarded: Check.argument boxes its arguments on every call
            Check.argument(total > 0, "an empty distribution has no value of rank %d", rank);
            Check.argument(false, "rank %d is outside 0..%d", rank, total - 1);
        }
        long seen = 0;
        for (int i = 0; i < days.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return days[i];
            }
        }
        throw new AssertionError("unreachable");
    }

    /** The sum of two distributions: counts of equal values add up. */
    public DayDistribution plus(DayDistribution other) {
        if (other.total == 0) {
            return this;
        }
        if (total == 0) {
            return other;
        }
        int[] d = new int[days.length + other.days.length];
        long[] c = new long[d.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < days.length || j < other.days.length) {
            if (j == other.days.length || (i < days.length && days[i] < other.days[j])) {
                d[n] = days[i];
                c[n++] = counts[i++];
            } else if (i == days.length || other.days[j] < days[i]) {
                d[n] = other.days[j];
                c[n++] = other.counts[j++];
            } else {
                d[n] = days[i];
                c[n++] = Math.addExact(counts[i++], other.counts[j++]);
            }
        }
        return new DayDistribution(Arrays.copyOf(d, n), Arrays.copyOf(c, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayDistribution x && Arrays.equals(days, x.days) && Arrays.equals(counts, x.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(counts);
    }

    /** e.g. {@code DayDistribution[5 values, median 3.0: 1×1, 3×3, 9×1]}, bounded to 10 entries. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("DayDistribution[").append(total).append(total == 1 ? " value" : " values");
        median().ifPresent(m -> s.append(", median ").append(m));
        for (int i = 0; i < Math.min(days.length, 10); i++) {
            s.append(i == 0 ? ": " : ", ").append(days[i]).append('×').append(counts[i]);
        }
        return s.append(days.length > 10 ? ", ...]" : "]").toString();
    }
}
