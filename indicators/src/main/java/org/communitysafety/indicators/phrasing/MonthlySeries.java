package org.communitysafety.indicators.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;

/**
 * Consecutive months of one count, and the streaks and milestones reports pick out of them:
 * "连续6个月同比下降", "由升转降", "为近三年最低". Immutable and thread-safe.
 *
 * <h2>Definitions</h2>
 * For month t with count v(t), its comparison value c(t) is, on the basis
 * <ul>
 *   <li>{@link Basis#YEAR_ON_YEAR}: the count of the same month a year earlier — the one given
 *       with the month, or else the series' own count twelve months before, when the series
 *       reaches that far; unknown otherwise;</li>
 *   <li>{@link Basis#MONTH_ON_MONTH}: v(t − 1), unknown for the first month.</li>
 * </ul>
 * Month t is <i>down</i> when v(t) &lt; c(t), <i>up</i> when v(t) &gt; c(t), and neither when they are
 * equal or c(t) is unknown.
 * <ul>
 *   <li>{@link #streak(Basis, Direction) streak}: the number of consecutive months, counted back
 *       from the last, that are down (or up); 0 when the last month is not.</li>
 *   <li>{@link #turn(Basis) turn}: {@link Turn#RISE_TO_FALL} (由升转降) when the last month is down
 *       and the month before it up; {@link Turn#FALL_TO_RISE} (由降转升) the other way round. A
 *       flat or unknown month is no direction, so there is no turn across it.</li>
 *   <li>{@link #lastIsLowest()} / {@link #lastIsHighest()}: the last month's count is strictly
 *       below (above) every other month's in the series; a tie is not a record.
 *       {@link #lowest()} / {@link #highest()}: the month of the smallest (largest) count, the
 *       earliest on a tie.</li>
 * </ul>
 *
 * @param months the months, in order and consecutive, each with its year-earlier count where known
 */
public record MonthlySeries(List<MonthValue> months) {

    /** What each month is compared with. */
    public enum Basis {
        /** 同比: the same month a year earlier. */
        YEAR_ON_YEAR,
        /** 环比: the month before. */
        MONTH_ON_MONTH
    }

    /** The direction of a change. */
    public enum Direction {
        /** Above the comparison value: 上升. */
        UP,
        /** Below the comparison value: 下降. */
        DOWN
    }

    /** A reversal in the last month. */
    public enum Turn {
        /** 由升转降: the month before was up, the last month is down. */
        RISE_TO_FALL,
        /** 由降转升: the month before was down, the last month is up. */
        FALL_TO_RISE
    }

    /**
     * The series of these months, which must be consecutive. A month without a year-earlier count
     * takes the series' own count twelve months before, when there is one.
     *
     * @throws IllegalArgumentException if {@code months} is empty or not consecutive
     */
    public static MonthlySeries of(List<MonthValue> months) {
        return new MonthlySeries(months);
    }

    /**
     * The series of these months, as {@link #of(List)}: checked, and a month without a year-earlier
     * count takes the series' own count twelve months before, when there is one.
     *
     * @throws IllegalArgumentException if {@code months} is empty or not consecutive
     */
    public MonthlySeries {
        Objects.requireNonNull(months, "months");
        Check.argument(!months.isEmpty(), "a monthly series needs at least one month");
        List<MonthValue> filled = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            MonthValue m = Objects.requireNonNull(months.get(i), "months[" + i + "]");
            if (i > 0) {
                Period expected = months.get(i - 1).month().next();
                Check.argument(m.month().equals(expected), "months must be consecutive: %s follows %s, expected %s",
                        m.month(), months.get(i - 1).month(), expected);
            }
            if (m.yearEarlier().isEmpty() && i >= 12) {
                m = new MonthValue(m.month(), m.value(), OptionalLong.of(months.get(i - 12).value()));
            }
            filled.add(m);
        }
        months = List.copyOf(filled);
    }

    /**
     * The months from {@code firstMonth} on with these counts; the year-earlier counts come from
     * the series itself (a 36-month series has them for its last 24 months).
     */
    public static MonthlySeries of(Period firstMonth, long... values) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(values, "values");
        return build(firstMonth, values, null);
    }

    /**
     * The months from {@code firstMonth} on with these counts, and the counts of the same months a
     * year earlier, aligned with them.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static MonthlySeries of(Period firstMonth, long[] values, long[] yearEarlierValues) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(yearEarlierValues, "yearEarlierValues");
        Check.argument(values.length == yearEarlierValues.length,
                "values (%d months) and yearEarlierValues (%d months) must be aligned",
                values.length, yearEarlierValues.length);
        return build(firstMonth, values, yearEarlierValues);
    }

    /** {@code yearEarlierValues} may be null: none given. */
    private static MonthlySeries build(Period firstMonth, long[] values, long[] yearEarlierValues) {
        Check.argument(values.length > 0, "a monthly series needs at least one month");
        Check.argument(firstMonth.kind() == PeriodKind.MONTH, "a monthly series needs months, got %s", firstMonth);
        List<MonthValue> list = new ArrayList<>(values.length);
        Period month = firstMonth;
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                month = month.next();
            }
            list.add(yearEarlierValues == null
                    ? MonthValue.of(month, values[i])
                    : MonthValue.of(month, values[i], yearEarlierValues[i]));
        }
        return of(list);
    }

    /** The number of months. */
    public int size() {
        return months.size();
    }

    /** The last month. */
    public MonthValue last() {
        return months.get(months.size() - 1);
    }

    /** The comparison value of month i on {@code basis}. */
    private OptionalLong compared(int i, Basis basis) {
        if (basis == Basis.YEAR_ON_YEAR) {
            return months.get(i).yearEarlier();
        }
        return i == 0 ? OptionalLong.empty() : OptionalLong.of(months.get(i - 1).value());
    }

    /** +1 when month i is up, −1 when down, 0 when neither. */
    private int direction(int i, Basis basis) {
        OptionalLong c = compared(i, basis);
        return c.isEmpty() ? 0 : Long.signum(months.get(i).value() - c.getAsLong());
    }

    /** The consecutive months, counted back from the last, that are {@code direction} on {@code basis}. */
    public int streak(Basis basis, Direction direction) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(direction, "direction");
        int wanted = direction == Direction.UP ? 1 : -1;
        int n = 0;
        for (int i = months.size() - 1; i >= 0 && direction(i, basis) == wanted; i--) {
            n++;
        }
        return n;
    }

    /** Whether the last month reversed the direction of the month before, on {@code basis}. */
    public Optional<Turn> turn(Basis basis) {
        Objects.requireNonNull(basis, "basis");
        int n = months.size();
        if (n < 2) {
            return Optional.empty();
        }
        int last = direction(n - 1, basis);
        int before = direction(n - 2, basis);
        if (before > 0 && last < 0) {
            return Optional.of(Turn.RISE_TO_FALL);
        }
        if (before < 0 && last > 0) {
            return Optional.of(Turn.FALL_TO_RISE);
        }
        return Optional.empty();
    }

    /** Whether the last month's count is strictly below every other month's; false for one month. */
    public boolean lastIsLowest() {
        return lastIsExtreme(-1);
    }

    /** Whether the last month's count is strictly above every other month's; false for one month. */
    public boolean lastIsHighest() {
        return lastIsExtreme(1);
    }

    private boolean lastIsExtreme(int sign) {
        long last = last().value();
        for (int i = 0; i < months.size() - 1; i++) {
            if (Long.signum(last - months.get(i).value()) != sign) {
                return false;
            }
        }
        return months.size() > 1;
    }

    /** The month with the smallest count, the earliest on a tie. */
    public MonthValue lowest() {
        MonthValue best = months.get(0);
        for (MonthValue m : months) {
            if (m.value() < best.value()) {
                best = m;
            }
        }
        return best;
    }

    /** The month with the largest count, the earliest on a tie. */
    public MonthValue highest() {
        MonthValue best = months.get(0);
        for (MonthValue m : months) {
            if (m.value() > best.value()) {
                best = m;
            }
        }
        return best;
    }

    /** {@code MonthlySeries[2022-01..2024-12, 36 months, last 2024-12 = 12 (2023-12: 15)]}. */
    @Override
    public String toString() {
        return "MonthlySeries[" + months.get(0).month() + ".." + last().month() + ", " + months.size()
                + (months.size() == 1 ? " month" : " months") + ", last " + last() + "]";
    }
}
