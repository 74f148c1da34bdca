package org.communitysafety.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;

/**
 * The step of a {@link Series}: the kind of period each point covers. Immutable and thread-safe.
 *
 * <p>A span is cut into the periods of the granularity that lie wholly within it — the months of
 * {@code 2024}, the quarters of {@code 2022-01-01..2024-06-30} — except for weeks, which belong
 * to the span when their Thursday does (the ISO 8601 rule for the year a week belongs to), so
 * that a year's weekly series is its ISO weeks: {@code 2020} has 53, from {@code 2020-W01}
 * (starting 2019-12-30) to {@code 2020-W53}.
 */
public enum Granularity {
    /** ISO weeks, Monday to Sunday ({@link PeriodKind#WEEK}). */
    WEEK(PeriodKind.WEEK),
    /** Calendar months ({@link PeriodKind#MONTH}). */
    MONTH(PeriodKind.MONTH),
    /** Calendar quarters ({@link PeriodKind#QUARTER}). */
    QUARTER(PeriodKind.QUARTER),
    /** Calendar years ({@link PeriodKind#YEAR}). */
    YEAR(PeriodKind.YEAR);

    private final PeriodKind kind;

    Granularity(PeriodKind kind) {
        this.kind = kind;
    }

    /** The kind of the periods of this granularity. */
    public PeriodKind kind() {
        return kind;
    }

    /**
     * The periods of this granularity in {@code span}, in order.
     *
     * @throws IllegalArgumentException when the span holds none, e.g. the quarters of a month
     */
    public List<Period> periodsOf(Period span) {
        Objects.requireNonNull(span, "span");
        List<Period> periods = new ArrayList<>();
        LocalDate start = span.start();
        LocalDate end = span.end();
        switch (this) {
            case WEEK -> {
                for (LocalDate t = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)); !t.isAfter(end);
                        t = t.plusWeeks(1)) {
                    periods.add(Period.ofIsoWeek(t.get(IsoFields.WEEK_BASED_YEAR),
                            t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                }
            }
            case MONTH -> {
                for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                    addIfWithin(periods, Period.ofMonth(m), span);
                }
            }
            case QUARTER -> {
                for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                    if (m.getMonthValue() % 3 == 1) {
                        addIfWithin(periods, Period.ofQuarter(m.getYear(), m.getMonthValue() / 3 + 1), span);
                    }
                }
            }
            case YEAR -> {
                for (int y = start.getYear(); y <= end.getYear(); y++) {
                    addIfWithin(periods, Period.ofYear(y), span);
                }
            }
        }
        Check.argument(!periods.isEmpty(), "the span %s holds no whole %s", span, name().toLowerCase(java.util.Locale.ROOT));
        return List.copyOf(periods);
    }

    private static void addIfWithin(List<Period> periods, Period p, Period span) {
        if (span.contains(p)) {
            periods.add(p);
        }
    }
}
