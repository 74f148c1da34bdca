package org.communitysafety.indicators.phrasing;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
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
 * <p>The names are the {@code period.*} templates of each language's {@code PhrasingText}
 * file, with the parts {@code year}, {@code month}, {@code monthName} and {@code day} (and
 * {@code from…} and {@code to…} for a range); the code only decides which template a period
 * takes. A week is named by its ISO week-based year ({@code 2020-W01}, which starts on 2019-12-30, is
 * 2020年第1周). "1-9月" uses an ASCII hyphen, as the domain notes write "今年1-9月份".
 */
public final class PeriodNames {

    private PeriodNames() {}

    /** The period's name in {@code language}, from the {@code period.*} templates of its wording. */
    public static String of(Period period, Language language) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(language, "language");
        Wording w = Wording.of(Phrasing.WORDING, language);
        LocalDate s = period.start();
        return switch (period.kind()) {
            case YEAR -> w.text("period.YEAR", "year", s.getYear());
            case QUARTER -> w.text("period.QUARTER", "year", s.getYear(),
                    "quarter", w.list("quarters").get((s.getMonthValue() - 1) / 3));
            case MONTH -> w.text("period.MONTH", date(w, "", s));
            case WEEK -> w.text("period.WEEK", "year", s.get(IsoFields.WEEK_BASED_YEAR),
                    "week", s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case RANGE -> range(w, s, period.end());
        };
    }

    /** The Chinese name: 2024年, 2024年第三季度, 2024年9月, 2024年第5周, 2024年1-9月 … */
    public static String zh(Period period) {
        return of(period, Language.ZH);
    }

    /** The English name: 2024, Q3 2024, September 2024, week 5 of 2024, January–September 2024 … */
    public static String en(Period period) {
        return of(period, Language.EN);
    }

    private static String range(Wording w, LocalDate s, LocalDate e) {
        if (s.equals(e)) {
            return w.text("period.day", date(w, "", s));
        }
        boolean sameYear = s.getYear() == e.getYear();
        Object[] parts = Stream.of(date(w, "from", s), date(w, "to", e)).flatMap(Arrays::stream).toArray();
        if (s.getDayOfMonth() == 1 && e.getDayOfMonth() == e.lengthOfMonth()) {
            if (!sameYear) {
                return w.text("period.months.span", parts);
            }
            return s.getMonthValue() == e.getMonthValue()
                    ? w.text("period.MONTH", date(w, "", s))
                    : w.text("period.months.year", parts);
        }
        return w.text(sameYear ? "period.days.year" : "period.days.span", parts);
    }

    /** The parts of a day: {@code year}, {@code month} (its number), {@code monthName} and {@code day}, after {@code prefix}. */
    private static Object[] date(Wording w, String prefix, LocalDate d) {
        return new Object[] {
            name(prefix, "year"), d.getYear(),
            name(prefix, "month"), d.getMonthValue(),
            name(prefix, "monthName"), w.list("months").get(d.getMonthValue() - 1),
            name(prefix, "day"), d.getDayOfMonth()
        };
    }

    /** {@code year}, or {@code fromYear} after the prefix {@code from}. */
    private static String name(String prefix, String part) {
        return prefix.isEmpty() ? part : prefix + Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }
}
