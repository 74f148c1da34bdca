package org.communitysafety.indicators.phrasing;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.period.Period;

/**
 * Periods named as reports name them. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Names by kind</caption>
 *   <tr><th>period</th><th>Chinese</th><th>English</th></tr>
 *   <tr><td>{@code 2024}</td><td>2024年</td><td>2024</td></tr>
 *   <tr><td>{@code 2024-Q3}</td><td>2024年第三季度</td><td>Q3 2024</td></tr>
 *   <tr><td>{@code 2024-09}</td><td>2024年9月</td><td>September 2024</td></tr>
 *   <tr><td>{@code 2024-W05}</td><td>2024年第5周</td><td>week 5 of 2024</td></tr>
 *   <tr><td>{@code 2024-01-01..2024-09-30} (whole months)</td><td>2024年1-9月</td><td>January–September 2024</td></tr>
 *   <tr><td>{@code 2024-04-01..2024-04-30} (one whole month)</td><td>2024年4月</td><td>April 2024</td></tr>
 *   <tr><td>{@code 2023-12-01..2024-02-29}</td><td>2023年12月至2024年2月</td><td>December 2023–February 2024</td></tr>
 *   <tr><td>{@code 2024-01-01..2024-10-01}</td><td>2024年1月1日至10月1日</td><td>1 January–1 October 2024</td></tr>
 *   <tr><td>{@code 2023-12-25..2024-01-07}</td><td>2023年12月25日至2024年1月7日</td>
 *       <td>25 December 2023–7 January 2024</td></tr>
 *   <tr><td>{@code 2024-10-01..2024-10-01}</td><td>2024年10月1日</td><td>1 October 2024</td></tr>
 * </table>
 *
 * <p>A week is named by its ISO week-based year ({@code 2020-W01}, which starts on 2019-12-30, is
 * 2020年第1周). "1-9月" uses an ASCII hyphen, as the domain notes write "今年1-9月份".
 */
public final class PeriodNames {

    private static final String[] QUARTERS_ZH = {"一", "二", "三", "四"};

    private PeriodNames() {}

    /** The period's name in {@code language}. */
    public static String of(Period period, Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.ZH ? zh(period) : en(period);
    }

    /** The Chinese name: 2024年, 2024年第三季度, 2024年9月, 2024年第5周, 2024年1-9月 … */
    public static String zh(Period period) {
        Objects.requireNonNull(period, "period");
        LocalDate s = period.start();
        LocalDate e = period.end();
        switch (period.kind()) {
            case YEAR:
                return s.getYear() + "年";
            case QUARTER:
                return s.getYear() + "年第" + QUARTERS_ZH[(s.getMonthValue() - 1) / 3] + "季度";
            case MONTH:
                return s.getYear() + "年" + s.getMonthValue() + "月";
            case WEEK:
                return s.get(IsoFields.WEEK_BASED_YEAR) + "年第" + s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
            case RANGE:
                return rangeZh(s, e);
            default:
                throw new AssertionError(period.kind());
        }
    }

    /** The English name: 2024, Q3 2024, September 2024, week 5 of 2024, January–September 2024 … */
    public static String en(Period period) {
        Objects.requireNonNull(period, "period");
        LocalDate s = period.start();
        LocalDate e = period.end();
        switch (period.kind()) {
            case YEAR:
                return Integer.toString(s.getYear());
            case QUARTER:
                return "Q" + ((s.getMonthValue() - 1) / 3 + 1) + " " + s.getYear();
            case MONTH:
                return month(s) + " " + s.getYear();
            case WEEK:
                return "week " + s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of " + s.get(IsoFields.WEEK_BASED_YEAR);
            case RANGE:
                return rangeEn(s, e);
            default:
                throw new AssertionError(period.kind());
        }
    }

    private static boolean wholeMonths(LocalDate s, LocalDate e) {
        return s.getDayOfMonth() == 1 && e.getDayOfMonth() == e.lengthOfMonth();
    }

    private static String rangeZh(LocalDate s, LocalDate e) {
        boolean sameYear = s.getYear() == e.getYear();
        if (s.equals(e)) {
            return dayZh(s);
        }
        if (wholeMonths(s, e)) {
            if (!sameYear) {
                return s.getYear() + "年" + s.getMonthValue() + "月至" + e.getYear() + "年" + e.getMonthValue() + "月";
            }
            return s.getYear() + "年" + s.getMonthValue()
                    + (s.getMonthValue() == e.getMonthValue() ? "" : "-" + e.getMonthValue()) + "月";
        }
        return dayZh(s) + "至" + (sameYear ? e.getMonthValue() + "月" + e.getDayOfMonth() + "日" : dayZh(e));
    }

    private static String dayZh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String rangeEn(LocalDate s, LocalDate e) {
        boolean sameYear = s.getYear() == e.getYear();
        if (s.equals(e)) {
            return dayEn(s) + " " + s.getYear();
        }
        if (wholeMonths(s, e)) {
            if (!sameYear) {
                return month(s) + " " + s.getYear() + "–" + month(e) + " " + e.getYear();
            }
            return month(s) + (s.getMonthValue() == e.getMonthValue() ? "" : "–" + month(e)) + " " + s.getYear();
        }
        return sameYear
                ? dayEn(s) + "–" + dayEn(e) + " " + e.getYear()
                : dayEn(s) + " " + s.getYear() + "–" + dayEn(e) + " " + e.getYear();
    }

    private static String dayEn(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
