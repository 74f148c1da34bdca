package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import java.util.Optional;
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
public final class Comparison {

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

    private final Kind kind;
    private final Optional<PeriodKind> periodKind;
    private final Optional<Period> baseline;

    private Comparison(Kind kind, Optional<PeriodKind> periodKind, Optional<Period> baseline) {
        this.kind = kind;
        this.periodKind = periodKind;
        this.baseline = baseline;
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

    /** Which comparison this is. */
    public Kind kind() {
        return kind;
    }

    /** The kind of period compared with its previous one, for {@link Kind#PERIOD_ON_PERIOD}. */
    public Optional<PeriodKind> periodKind() {
        return periodKind;
    }

    /** The named baseline, for {@link Kind#AGAINST}. */
    public Optional<Period> baseline() {
        return baseline;
    }

    // ------------------------------------------------------------ words

    /** Before a direction: "同比", "环比", "与2023年第三季度相比". */
    String zhPrefix() {
        return switch (kind) {
            case YEAR_ON_YEAR -> "同比";
            case PERIOD_ON_PERIOD -> "环比";
            case AGAINST -> "与" + PeriodNames.zh(baseline.orElseThrow()) + "相比";
        };
    }

    /** The baseline after 与 … 持平: "去年同期", "上月", "2023年第三季度". */
    String zhBaseline() {
        return switch (kind) {
            case YEAR_ON_YEAR -> "去年同期";
            case PERIOD_ON_PERIOD -> switch (periodKind.orElseThrow()) {
                case YEAR -> "上年";
                case QUARTER -> "上季度";
                case MONTH -> "上月";
                case WEEK -> "上周";
                case RANGE -> "上期";
            };
            case AGAINST -> PeriodNames.zh(baseline.orElseThrow());
        };
    }

    /** The baseline as an English noun phrase: "the same period last year", "the previous quarter", "Q3 2023". */
    String enBaseline() {
        return switch (kind) {
            case YEAR_ON_YEAR -> "the same period last year";
            case PERIOD_ON_PERIOD -> "the previous " + switch (periodKind.orElseThrow()) {
                case YEAR -> "year";
                case QUARTER -> "quarter";
                case MONTH -> "month";
                case WEEK -> "week";
                case RANGE -> "period";
            };
            case AGAINST -> PeriodNames.en(baseline.orElseThrow());
        };
    }

    /** After a change in English: "on the same period last year", "compared with Q3 2023". */
    String enAfter() {
        return (kind == Kind.AGAINST ? "compared with " : "on ") + enBaseline();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Comparison c && kind == c.kind && periodKind.equals(c.periodKind)
                && baseline.equals(c.baseline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, periodKind, baseline);
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
