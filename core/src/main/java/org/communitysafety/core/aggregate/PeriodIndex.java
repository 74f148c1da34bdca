package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * The periods an aggregation fills, indexed densely, with an O(1) look-up from a day to the
 * periods that contain it — the aggregation core's replacement for "which period is this
 * record in?" on its hot path.
 *
 * <p>Periods may overlap (a year, its months and a year to date): a record then counts in
 * every period that contains its day, and the cost of a pass grows with the overlap.
 * Disjoint periods (the months of three years; a year and its baseline) take the fast path,
 * one array read per record.
 *
 * <p>Memory: one {@code int} per day of the span from the first period's start to the last
 * period's end (1.5 KB a year), plus, when periods overlap, one {@code int} per
 * (day, containing period).
 *
 * <p>Immutable and thread-safe.
 */
public final class PeriodIndex {
    private static final int NONE = -1;

    private final List<Period> periods;
    private final long firstDay;
    private final long lastDay;
    private final boolean disjoint;
    /** Disjoint: the period of each day of the span, or -1. Overlapping: the first slot of each day. */
    private final int[] byDay;
    /** Overlapping only: the periods of day d are slots[byDay[d] .. byDay[d + 1]). */
    private final int[] slots;

    private PeriodIndex(List<Period> periods) {
        this.periods = periods;
        this.firstDay = periods.stream().mapToLong(Period::startEpochDay).min().orElse(0);
        this.lastDay = periods.stream().mapToLong(Period::endEpochDay).max().orElse(-1);
        long span = lastDay - firstDay + 1;
        Check.argument(span <= 1_000_000, "the periods span %d days; at most 1,000,000 (2,700 years) are supported",
                span);
        int days = (int) Math.max(span, 0);
        int[] cover = new int[days];
        for (Period p : periods) {
            for (long d = p.startEpochDay(); d <= p.endEpochDay(); d++) {
                cover[(int) (d - firstDay)]++;
            }
        }
        this.disjoint = Arrays.stream(cover).allMatch(c -> c <= 1);
        if (disjoint) {
            byDay = new int[days];
            Arrays.fill(byDay, NONE);
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                for (long d = p.startEpochDay(); d <= p.endEpochDay(); d++) {
                    byDay[(int) (d - firstDay)] = i;
                }
            }
            slots = new int[0];
        } else {
            byDay = new int[days + 1];
            for (int d = 0; d < days; d++) {
                byDay[d + 1] = byDay[d] + cover[d];
            }
            slots = new int[byDay[days]];
            int[] fill = Arrays.copyOf(byDay, days);
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                for (long d = p.startEpochDay(); d <= p.endEpochDay(); d++) {
                    slots[fill[(int) (d - firstDay)]++] = i;
                }
            }
        }
    }

    /**
     * An index of the given periods, in the order given (their dense indices). Duplicates are
     * rejected: a period counted twice would double every figure.
     */
    public static PeriodIndex of(Collection<Period> periods) {
        Objects.requireNonNull(periods, "periods");
        List<Period> list = List.copyOf(periods);
        java.util.Set<Period> seen = new java.util.HashSet<>();
        for (Period p : list) {
            Check.argument(seen.add(Objects.requireNonNull(p, "periods contains null")),
                    "period %s appears twice in %s; each must appear once", p, list);
        }
        return new PeriodIndex(list);
    }

    /** An index of the given periods. */
    public static PeriodIndex of(Period... periods) {
        return of(Arrays.asList(periods));
    }

    /** The months of the given years, in order: for a monthly series. */
    public static PeriodIndex monthsOf(int firstYear, int lastYear) {
        Check.argument(firstYear <= lastYear, "firstYear (%d) must not be after lastYear (%d)", firstYear, lastYear);
        List<Period> months = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            for (int m = 1; m <= 12; m++) {
                months.add(Period.ofMonth(y, m));
            }
        }
        return of(months);
    }

    /** The number of periods. */
    public int size() {
        return periods.size();
    }

    /** The period at {@code index}. */
    public Period period(int index) {
        return periods.get(index);
    }

    /** The periods in index order. */
    public List<Period> periods() {
        return periods;
    }

    /** The index of {@code period}. @throws IllegalArgumentException if it is not indexed */
    public int indexOf(Period period) {
        int i = periods.indexOf(Objects.requireNonNull(period, "period"));
        Check.argument(i >= 0, "period %s is not among %s", period, periods);
        return i;
    }

    /** Whether no day is in two periods (the fast path). */
    public boolean isDisjoint() {
        return disjoint;
    }

    /** The epoch day of the first day of the first period (0 when there are none). */
    public long firstDay() {
        return firstDay;
    }

    /** The epoch day of the last day of the last period. */
    public long lastDay() {
        return lastDay;
    }

    /**
     * For disjoint periods: the period containing {@code epochDay}, or -1. For overlapping
     * periods use {@link #slotStart}/{@link #slotEnd}/{@link #slotPeriod}.
     */
    public int periodOf(long epochDay) {
        long d = epochDay - firstDay;
        if (d < 0 || d >= byDay.length - (disjoint ? 0 : 1)) {
            return NONE;
        }
        if (disjoint) {
            return byDay[(int) d];
        }
        int from = byDay[(int) d];
        return from == byDay[(int) d + 1] ? NONE : slots[from];
    }

    /** Overlapping periods: the first slot of the periods containing {@code epochDay}. */
    public int slotStart(long epochDay) {
        long d = epochDay - firstDay;
        if (disjoint) {
            return d < 0 || d >= byDay.length || byDay[(int) d] < 0 ? 0 : (int) d;
        }
        return d < 0 || d >= byDay.length - 1 ? 0 : byDay[(int) d];
    }

    /** Overlapping periods: one past the last slot of the periods containing {@code epochDay}. */
    public int slotEnd(long epochDay) {
        long d = epochDay - firstDay;
        if (disjoint) {
            return d < 0 || d >= byDay.length || byDay[(int) d] < 0 ? 0 : (int) d + 1;
        }
        return d < 0 || d >= byDay.length - 1 ? 0 : byDay[(int) d + 1];
    }

    /** The period of a slot between {@link #slotStart} and {@link #slotEnd}. */
    public int slotPeriod(int slot) {
        return disjoint ? byDay[slot] : slots[slot];
    }

    /** The periods containing {@code epochDay}, in index order. */
    public int[] periodsOf(long epochDay) {
        int from = slotStart(epochDay);
        int to = slotEnd(epochDay);
        int[] out = new int[to - from];
        for (int s = from; s < to; s++) {
            out[s - from] = slotPeriod(s);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodIndex p && periods.equals(p.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return "PeriodIndex" + periods + (disjoint ? "" : " (overlapping)");
    }
}
