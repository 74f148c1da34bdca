package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;

/**
 * What a change is measured against, which decides its words. Immutable and thread-safe.
 *
 * <table>
 *   <caption>The three comparisons and their words</caption>
 *   <tr><th>comparison</th><th>Chinese</th><th>English</th></tr>
 *   <tr><td>{@link #yearOnYear()}: the baseline is {@link Period#yearEarlier()}</td>
 *       <td>同比下降39.3%; 与去年同期持平</td><td>down 39.3% on the same period last year</td></tr>
 *   <tr><td>{@link #periodOnPeriod(PeriodKind)}: the baseline is {@link Period#previous()}</td>
 *       <td>环比上升12.0%; 与上季度持平</td><td>up 12.0% on the previous quarter</td></tr>
 *   <tr><td>{@link #against(Period)}: any other baseline</td>
 *       <td>与2023年第三季度相比上升12.0%; 与2023年第三季度持平</td>
 *       <td>up 12.0% compared with Q3 2023</td></tr>
 * </table>
 *
 * <p>{@link #between(Period, Period)} picks the comparison from the two periods. For a year the
 * previous year is also the year earlier; it is called 同比, as reports do.
 */
public record Comparison(Comparison.Kind kind, Optional<PeriodKind> periodKind, Optional<Period> baseline) {

    /** The three comparisons. */
    public enum Kind {
        /** 同比: against the same period one year earlier. */
        YEAR_ON_YEAR,
        /** 环比: against the adjacent earlier period of the same kind. */
        PERIOD_ON_PERIOD,
        /** Against a named period. */
        AGAINST
    }

    private static final Comparison YEAR_ON_YEAR =
            new Comparison(Kind.YEAR_ON_YEAR, Optional.empty(), Optional.empty());

    /**
     * A comparison; prefer the factories, which fill the fields consistently.
     *
     * @param kind       which comparison this is
     * @param periodKind the kind of period compared with its previous one: present exactly for
     *                   {@link Kind#PERIOD_ON_PERIOD}
     * @param baseline   the named baseline: present exactly for {@link Kind#AGAINST}
     */
    public Comparison {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(baseline, "baseline");
        Check.argument(periodKind.isPresent() == (kind == Kind.PERIOD_ON_PERIOD),
                "a period kind goes with PERIOD_ON_PERIOD and only with it, got %s and %s", kind, periodKind);
        Check.argument(baseline.isPresent() == (kind == Kind.AGAINST),
                "a named baseline goes with AGAINST and only with it, got %s and %s", kind, baseline);
    }

    /** 同比: against the same period one year earlier. */
    public static Comparison yearOnYear() {
        return YEAR_ON_YEAR;
    }

    /** 环比: against the previous period of {@code kind} (上月, 上季度, 上年, 上周, 上期 for a range). */
    public static Comparison periodOnPeriod(PeriodKind kind) {
        Objects.requireNonNull(kind, "kind");
        return new Comparison(Kind.PERIOD_ON_PERIOD, Optional.of(kind), Optional.empty());
    }

    /** Against {@code baseline}, named: 与2023年第三季度相比 / compared with Q3 2023. */
    public static Comparison against(Period baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return new Comparison(Kind.AGAINST, Optional.empty(), Optional.of(baseline));
    }

    /**
     * The comparison of {@code current} with {@code baseline}: {@link #yearOnYear()} when the
     * baseline is {@code current.yearEarlier()}, else {@link #periodOnPeriod(PeriodKind)} when it
     * is {@code current.previous()}, else {@link #against(Period)}.
     */
    public static Comparison between(Period current, Period baseline) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        if (baseline.equals(adjacent(current, true))) {
            return yearOnYear();
        }
        if (baseline.equals(adjacent(current, false))) {
            return periodOnPeriod(current.kind());
        }
        return against(baseline);
    }

    private static Period adjacent(Period p, boolean yearEarlier) {
        try {
            return yearEarlier ? p.yearEarlier() : p.previous();
        } catch (IllegalArgumentException atTheStartOfTime) {
            return null;
        }
    }

    // ------------------------------------------------------------ words

    /**
     * The comparison as a change phrase places it ({@code comparison.KIND} in the wording): "同比",
     * "环比", "与2023年第三季度相比" before the direction; "on the same period last year",
     * "compared with Q3 2023" after it.
     */
    String phrase(Phrasing p) {
        return p.text("comparison." + kind.name(), "baseline", baseline(p));
    }

    /** The baseline by itself: "去年同期", "上月", "2023年第三季度" / "the same period last year", "Q3 2023". */
    String baseline(Phrasing p) {
        return switch (kind) {
            case YEAR_ON_YEAR -> p.text("baseline.YEAR_ON_YEAR");
            case PERIOD_ON_PERIOD -> p.text("baseline." + periodKind.orElseThrow().name());
            case AGAINST -> p.period(baseline.orElseThrow());
        };
    }

    /** {@code yoy}, {@code pop(MONTH)} or {@code against(2023-Q3)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case YEAR_ON_YEAR -> "yoy";
            case PERIOD_ON_PERIOD -> "pop(" + periodKind.orElseThrow() + ")";
            case AGAINST -> "against(" + baseline.orElseThrow() + ")";
        };
    }
}
