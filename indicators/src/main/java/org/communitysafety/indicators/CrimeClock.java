package org.communitysafety.indicators;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * The "crime clock" of a unit, group and period: its incidents counted by day of the week and
 * hour of the day they occurred, the profile behind a heat map of when incidents happen.
 *
 * <pre>
 *   count(d, h) = #{ incidents of the unit's subtree, the group and the period
 *                    that occurred on weekday d (ISO: Monday first) in hour h (h:00 to h:59) }
 *   withTime    = Σ_d Σ_h count(d, h)
 *   withoutTime = #{ those incidents whose data gave a day but no time }
 *   share(d, h) = count(d, h) / withTime          (undefined when withTime = 0)
 * </pre>
 *
 * Only incidents with a time are in the cells: a day without a time is not given one, and the
 * profile says how many had none ({@link #withoutTime()}), so a reader can judge how much of the
 * period the clock covers. The hour is the hour of the local time as recorded.
 *
 * <p>Immutable and thread-safe. Made by {@link Indicators#crimeClock(String, Group, Period)}.
 */
public final class CrimeClock {
    private final String unit;
    private final Group group;
    private final Period period;
    /** [day of week − 1][hour]. */
    private final long[][] counts;
    private final long withTime;
    private final long withoutTime;

    private CrimeClock(String unit, Group group, Period period, long[][] counts, long withoutTime) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.group = Objects.requireNonNull(group, "group");
        this.period = Objects.requireNonNull(period, "period");
        Check.argument(counts.length == 7, "a clock has 7 days, got %d", counts.length);
        long sum = 0;
        this.counts = new long[7][];
        for (int d = 0; d < 7; d++) {
            Check.argument(counts[d].length == 24, "a day has 24 hours, got %d", counts[d].length);
            for (long c : counts[d]) {
                Check.argument(c >= 0, "counts must not be negative, got %d", c);
                sum += c;
            }
            this.counts[d] = counts[d].clone();
        }
        Check.argument(withoutTime >= 0, "withoutTime must not be negative, got %d", withoutTime);
        this.withTime = sum;
        this.withoutTime = withoutTime;
    }

    /**
     * A clock from its counts: {@code counts[d][h]} for ISO day {@code d + 1} (0 = Monday) and hour
     * {@code h}, copied in.
     */
    public static CrimeClock of(String unit, Group group, Period period, long[][] counts, long withoutTime) {
        return new CrimeClock(unit, group, period, Objects.requireNonNull(counts, "counts"), withoutTime);
    }

    /** The unit's code. */
    public String unit() {
        return unit;
    }

    /** The group counted. */
    public Group group() {
        return group;
    }

    /** The period counted. */
    public Period period() {
        return period;
    }

    /** The incidents that occurred on {@code day} in hour {@code hour} (0 to 23). */
    public long count(DayOfWeek day, int hour) {
        Objects.requireNonNull(day, "day");
        Check.argument(hour >= 0 && hour < 24, "hour must be 0..23, got %d", hour);
        return counts[day.getValue() - 1][hour];
    }

    /** The counts as {@code [day][hour]}, Monday first: a copy. */
    public long[][] counts() {
        long[][] copy = new long[7][];
        for (int d = 0; d < 7; d++) {
            copy[d] = counts[d].clone();
        }
        return copy;
    }

    /** The incidents of each hour of the day, all days together. */
    public long[] byHour() {
        long[] h = new long[24];
        for (long[] day : counts) {
            for (int i = 0; i < 24; i++) {
                h[i] += day[i];
            }
        }
        return h;
    }

    /** The incidents of each day of the week, Monday first. */
    public long[] byDay() {
        return Arrays.stream(counts).mapToLong(day -> Arrays.stream(day).sum()).toArray();
    }

    /** The incidents in the cells: those with a time. */
    public long withTime() {
        return withTime;
    }

    /** The incidents of the unit, group and period whose data gave no time; in no cell. */
    public long withoutTime() {
        return withoutTime;
    }

    /** {@link #withTime()} + {@link #withoutTime()}: every incident of the unit, group and period. */
    public long total() {
        return withTime + withoutTime;
    }

    /** A cell's share of the incidents with a time; empty (undefined) when none had a time. */
    public OptionalDouble share(DayOfWeek day, int hour) {
        long c = count(day, hour);
        return withTime == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) c / withTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrimeClock c && unit.equals(c.unit) && group.equals(c.group) && period.equals(c.period)
                && Arrays.deepEquals(counts, c.counts) && withoutTime == c.withoutTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, group, period, Arrays.deepHashCode(counts), withoutTime);
    }

    /** A 7 × 24 table, a line a day, then the totals. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "CrimeClock[%s, %s, %s: %d with a time, %d without]%n", unit, group, period, withTime, withoutTime));
        sb.append("   ");
        for (int h = 0; h < 24; h++) {
            sb.append(String.format(Locale.ROOT, " %3d", h));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            sb.append(System.lineSeparator()).append(d.name(), 0, 3);
            for (int h = 0; h < 24; h++) {
                sb.append(String.format(Locale.ROOT, " %3d", counts[d.getValue() - 1][h]));
            }
        }
        return sb.toString();
    }
}
