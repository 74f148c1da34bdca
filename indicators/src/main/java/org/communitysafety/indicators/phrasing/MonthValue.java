package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import java.util.OptionalLong;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;

/**
 * One month of a {@link MonthlySeries}: the month, its count, and the count of the same month a
 * year earlier when known. Immutable and thread-safe.
 *
 * @param month       a {@link PeriodKind#MONTH} period
 * @param value       the month's count, zero or more
 * @param yearEarlier the count of {@code month.yearEarlier()}, zero or more, when known
 */
public record MonthValue(Period month, long value, OptionalLong yearEarlier) {

    public MonthValue {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(yearEarlier, "yearEarlier");
        Check.argument(month.kind() == PeriodKind.MONTH, "a monthly series needs months, got %s", month);
        Check.argument(value >= 0, "the count of %s must not be negative, got %d", month, value);
        Check.argument(yearEarlier.orElse(0) >= 0, "the year-earlier count of %s must not be negative, got %d",
                month, yearEarlier.orElse(0));
    }

    /** A month whose year-earlier count is unknown. */
    public static MonthValue of(Period month, long value) {
        return new MonthValue(month, value, OptionalLong.empty());
    }

    /** A month with its year-earlier count. */
    public static MonthValue of(Period month, long value, long yearEarlier) {
        return new MonthValue(month, value, OptionalLong.of(yearEarlier));
    }

    /** {@code 2024-07 = 12 (2023-07: 15)}. */
    @Override
    public String toString() {
        return month + " = " + value + (yearEarlier.isPresent() ? " (" + month.yearEarlier() + ": "
                + yearEarlier.getAsLong() + ")" : "");
    }
}
