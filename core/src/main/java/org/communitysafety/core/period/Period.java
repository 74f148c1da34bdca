package org.communitysafety.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.communitysafety.core.lang.Check;

/**
 * A reporting period: a {@linkplain PeriodKind kind} and an inclusive range of dates, from {@link
 * #start()} to {@link #end()}.
 *
 * <h2>Kinds and text</h2>
 *
 * <table>
 *   <caption>The five kinds, their factories and their text</caption>
 *   <tr><th>Kind</th><th>Factory</th><th>Text</th><th>Days</th></tr>
 *   <tr><td>{@link PeriodKind#YEAR YEAR}</td><td>{@link #ofYear(int) ofYear(2024)}</td>
 *       <td>{@code 2024}</td><td>2024-01-01 to 2024-12-31</td></tr>
 *   <tr><td>{@link PeriodKind#QUARTER QUARTER}</td><td>{@link #ofQuarter(int, int)
 *       ofQuarter(2024, 3)}</td><td>{@code 2024-Q3}</td><td>2024-07-01 to 2024-09-30</td></tr>
 *   <tr><td>{@link PeriodKind#MONTH MONTH}</td><td>{@link #ofMonth(int, int) ofMonth(2024, 7)}</td>
 *       <td>{@code 2024-07}</td><td>2024-07-01 to 2024-07-31</td></tr>
 *   <tr><td>{@link PeriodKind#WEEK WEEK}</td><td>{@link #ofIsoWeek(int, int) ofIsoWeek(2024, 5)}</td>
 *       <td>{@code 2024-W05}</td><td>2024-01-29 (Monday) to 2024-02-04 (Sunday)</td></tr>
 *   <tr><td>{@link PeriodKind#RANGE RANGE}</td><td>{@link #ofRange(LocalDate, LocalDate)
 *       ofRange(2024-01-01, 2024-09-30)}, {@link #yearToDate(LocalDate)}</td>
 *       <td>{@code 2024-01-01..2024-09-30}</td><td>2024-01-01 to 2024-09-30</td></tr>
 * </table>
 *
 * <p>{@link #toString()} writes exactly these forms, years as four digits and months and weeks as
 * two, and {@link #parse(CharSequence)} reads them back: {@code parse(p.toString()).equals(p)}
 * for every period. Every period lies within 0001-01-01..9999-12-31, so that every year prints
 * as four digits; factories and comparisons that would leave those bounds throw {@link
 * IllegalArgumentException}.
 *
 * <p>The kind is part of the value: {@code ofYear(2024)} and {@code
 * ofRange(2024-01-01, 2024-12-31)} cover the same days but are not equal, print differently and
 * compare differently ({@link #yearEarlier()} of the year is the year 2023; of the range, the
 * range 2023-01-01..2023-12-31). Nothing turns a range into a year behind the caller's back.
 *
 * <h2>同比 and 环比</h2>
 *
 * <p>Reports compare a period with two others:
 *
 * <ul>
 *   <li><b>同比</b> (year on year), {@link #yearEarlier()}: the same period one year earlier.
 *       {@code 2024-Q3} is compared with {@code 2023-Q3}, {@code 2024-07} with {@code 2023-07},
 *       {@code 2024-W05} with {@code 2023-W05}, and the range {@code 2024-01-01..2024-09-30} with
 *       {@code 2023-01-01..2023-09-30}. Seasonality cancels out; the two periods may differ in
 *       length by a day (leap years) or a week (ISO years of 53 weeks).
 *   <li><b>环比</b> (period on period), {@link #previous()}: the adjacent earlier period of the
 *       same kind. {@code 2024-Q1} is compared with {@code 2023-Q4}, {@code 2024-03} with {@code
 *       2024-02}, {@code 2021-W01} with {@code 2020-W53}, and a range of <i>n</i> days with the
 *       <i>n</i> days just before it. For a month, quarter or year the two periods are calendar
 *       units and need not have the same number of days: 环比 of March 2024 compares its 31 days
 *       with February's 29 (28 in a common year), as reports do. Whether to compare totals or
 *       rates per day is the analyst's choice; {@link #lengthInDays()} gives the denominators.
 *       Only a {@code RANGE} is moved by its exact length.
 * </ul>
 *
 * <h2>29 February</h2>
 *
 * <ul>
 *   <li>Years, quarters and months move by their label, so their length follows the calendar:
 *       {@code 2024-02.yearEarlier()} is {@code 2023-02} (29 days against 28), {@code
 *       2024-Q1.yearEarlier()} is {@code 2023-Q1} (91 against 90).
 *   <li>A range moves each end with {@link LocalDate#minusYears(long)}, which turns 29 February
 *       into 28 February: {@code yearToDate(2024-02-29).yearEarlier()} is {@code
 *       2023-01-01..2023-02-28} (60 days against 59), and {@code yearToDate(2024-03-01)} (61 days)
 *       becomes {@code 2023-01-01..2023-03-01} (60 days).
 *   <li>28 February stays the literal 28 February, also in a leap year: {@code
 *       yearToDate(2025-02-28).yearEarlier()} is {@code 2024-01-01..2024-02-28}, not {@code
 *       ..2024-02-29}, because reports write "截至2月28日" for both years. 29 February 2024 is
 *       then in neither period.
 *   <li>{@link #yearsEarlier(int) yearsEarlier(n)} moves by <i>n</i> years at once, so a leap day
 *       can survive: the range {@code 2024-02-01..2024-02-29} is {@code 2020-02-01..2020-02-29}
 *       four years earlier, while four calls of {@code yearEarlier()} give {@code
 *       2020-02-01..2020-02-28}.
 *   <li>For {@link #previous()} and {@link #next()} of a range, a leap day counts as a day like
 *       any other: {@code 2024-03-01..2024-03-31.previous()} is {@code 2024-01-30..2024-02-29}.
 * </ul>
 *
 * <h2>ISO week 53</h2>
 *
 * <ul>
 *   <li>An ISO week-based year has 52 or 53 weeks (53 when 1 January is a Thursday, or a
 *       Wednesday in a leap year: 2015, 2020, 2026 have 53). Week 53 exists only in such a year:
 *       {@code 2020-W53} is valid, {@code 2021-W53} is rejected with "2021 has no ISO week 53: it
 *       has 52 weeks".
 *   <li>{@link #yearEarlier()} keeps the week number: {@code 2024-W05} becomes {@code 2023-W05}.
 *       Week 53 becomes week 53 when the earlier year has one, otherwise week 52: {@code
 *       2020-W53.yearEarlier()} is {@code 2019-W52}, so {@code 2020-W52} and {@code 2020-W53}
 *       are both compared with {@code 2019-W52}. The same rule applies to {@link
 *       #yearsEarlier(int)} ({@code 2026-W53.yearsEarlier(6)} is {@code 2020-W53}).
 *   <li>{@link #previous()} and {@link #next()} step one week at a time across week-based years:
 *       {@code 2021-W01.previous()} is {@code 2020-W53}, {@code 2024-W01.previous()} is {@code
 *       2023-W52}.
 *   <li>A week belongs to its week-based year, not to the calendar year of its days: {@code
 *       2020-W01} runs from 2019-12-30 to 2020-01-05 and {@code 2020-W53} from 2020-12-28 to
 *       2021-01-03. {@link #year()} is the calendar year of {@link #start()} (2019 for {@code
 *       2020-W01}); the week-based year is the one in the text.
 *   <li>Week 52 of 9999 ends on 10000-01-02 and is therefore outside the supported dates.
 * </ul>
 *
 * <h2>Order, equality, epoch days</h2>
 *
 * <p>Periods are ordered by start, then end, then kind (in {@link PeriodKind} declaration
 * order), consistently with {@link #equals(Object)}: two periods are equal when they have the
 * same kind, start and end. {@link #startEpochDay()} and {@link #endEpochDay()} (both inclusive)
 * give the period as the day numbers of {@link LocalDate#toEpochDay()} for the aggregation core.
 *
 * <p>Instances are immutable and thread-safe. Methods throw {@link NullPointerException} for
 * {@code null} arguments and never return {@code null}.
 */
public final class Period implements Comparable<Period> {

    /** The first date a period may contain. */
    private static final LocalDate MIN = LocalDate.of(1, 1, 1);
    /** The last date a period may contain. */
    private static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    private static final String FORMS = "2024, 2024-Q3, 2024-07, 2024-W05 or 2024-01-01..2024-09-30";
    private static final int MAX_QUOTED = 64;

    private static final Pattern YEAR_TEXT = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER_TEXT = Pattern.compile("([0-9]{4})-[Qq]([0-9])");
    private static final Pattern MONTH_TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern WEEK_TEXT = Pattern.compile("([0-9]{4})-[Ww]([0-9]{2})");
    private static final Pattern RANGE_TEXT = Pattern.compile(
            "(([0-9]{4})-([0-9]{2})-([0-9]{2}))\\.\\.(([0-9]{4})-([0-9]{2})-([0-9]{2}))");

    /** Something made of a year and a number in it (a quarter, month or week). */
    @FunctionalInterface
    private interface YearAndNumber<T> {
        T apply(int year, int number);
    }

    /**
     * A form of the text that names a year and a number in it: its pattern (year in group 1, the
     * number in group 2), what is wrong with the number (null when nothing), and the period.
     */
    private record NumberedForm(Pattern pattern, YearAndNumber<String> problem, YearAndNumber<Period> period) {}

    /** {@code 2024-Q3}, {@code 2024-07}, {@code 2024-W05}, tried in this order. */
    private static final List<NumberedForm> NUMBERED_FORMS = List.of(
            new NumberedForm(QUARTER_TEXT, (year, quarter) -> quarterProblem(quarter), Period::quarter),
            new NumberedForm(MONTH_TEXT, (year, month) -> monthProblem(month), Period::month),
            new NumberedForm(WEEK_TEXT, Period::weekProblem, Period::week));

    private final PeriodKind kind;
    private final LocalDate start;
    private final LocalDate end;
    /** The year in the text: calendar year, or week-based year for a week; 0 for a range. */
    private final int labelYear;
    /** Quarter 1..4, month 1..12 or week 1..53; 0 for a year or a range. */
    private final int number;

    private Period(PeriodKind kind, LocalDate start, LocalDate end, int labelYear, int number) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.labelYear = labelYear;
        this.number = number;
    }

    // ---------------------------------------------------------------- factories

    /**
     * The calendar year {@code year}, 1 January to 31 December.
     *
     * @throws IllegalArgumentException if {@code year} is not 1..9999
     */
    public static Period ofYear(int year) {
        requireValid(yearProblem(year), year);
        return year(year);
    }

    /**
     * The calendar quarter {@code quarter} of {@code year}: Q1 is January to March, Q2 April to
     * June, Q3 July to September, Q4 October to December.
     *
     * @throws IllegalArgumentException if {@code year} is not 1..9999 or {@code quarter} not 1..4
     */
    public static Period ofQuarter(int year, int quarter) {
        requireValid(yearProblem(year), year);
        requireValid(quarterProblem(quarter), quarter);
        return quarter(year, quarter);
    }

    /**
     * The calendar month {@code month} (1 = January) of {@code year}.
     *
     * @throws IllegalArgumentException if {@code year} is not 1..9999 or {@code month} not 1..12
     */
    public static Period ofMonth(int year, int month) {
        requireValid(yearProblem(year), year);
        requireValid(monthProblem(month), month);
        return month(year, month);
    }

    /**
     * The calendar month {@code yearMonth}.
     *
     * @throws IllegalArgumentException if its year is not 1..9999
     */
    public static Period ofMonth(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    /**
     * The ISO-8601 week {@code week} of the week-based year {@code weekBasedYear}, Monday to
     * Sunday. Week 1 is the week that contains the year's first Thursday, so it may start in
     * December of the previous calendar year ({@code ofIsoWeek(2020, 1)} starts on 2019-12-30).
     * Week 53 exists only in week-based years that have 53 weeks.
     *
     * @throws IllegalArgumentException if {@code weekBasedYear} is not 1..9999, if the year has no
     *     week {@code week} (for example "2021 has no ISO week 53: it has 52 weeks"), or for week
     *     52 of 9999, which ends after 9999-12-31
     */
    public static Period ofIsoWeek(int weekBasedYear, int week) {
        requireValid(yearProblem(weekBasedYear), weekBasedYear);
        String problem = weekProblem(weekBasedYear, week);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return week(weekBasedYear, week);
    }

    /**
     * The days from {@code start} to {@code endInclusive}, both included; a single day when they
     * are equal.
     *
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}, or either
     *     is outside 0001-01-01..9999-12-31
     */
    public static Period ofRange(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        checkBounds(start, "start");
        checkBounds(endInclusive, "endInclusive");
        String problem = rangeProblem(start, endInclusive);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return range(start, endInclusive);
    }

    /**
     * Year to date (本年累计): the range from 1 January of {@code asOf}'s year to {@code asOf}
     * inclusive. {@code yearToDate(2024-09-30)} is {@code 2024-01-01..2024-09-30}; {@code
     * yearToDate(2024-01-01)} is the single day {@code 2024-01-01..2024-01-01}.
     *
     * @throws IllegalArgumentException if {@code asOf} is outside 0001-01-01..9999-12-31
     */
    public static Period yearToDate(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        checkBounds(asOf, "asOf");
        return range(asOf.withDayOfYear(1), asOf);
    }

    /**
     * Reads a period written in one of the forms that {@link #toString()} writes:
     *
     * <ul>
     *   <li>{@code 2024} — a year;
     *   <li>{@code 2024-Q3} or {@code 2024-q3} — a quarter;
     *   <li>{@code 2024-07} — a month;
     *   <li>{@code 2024-W05} or {@code 2024-w05} — an ISO week (two digits);
     *   <li>{@code 2024-01-01..2024-09-30} — an inclusive range of days.
     * </ul>
     *
     * <p>Years have exactly four digits (0001..9999). Whitespace around the text is ignored
     * (as by {@link String#strip()}); nothing else is. Examples of rejected text and the
     * messages:
     *
     * <ul>
     *   <li>{@code "2024-13" is not a period: month must be 1..12}
     *   <li>{@code "2021-W53" is not a period: 2021 has no ISO week 53: it has 52 weeks}
     *   <li>{@code "2024-02-30..2024-03-01" is not a period: 2024-02-30 is not a date: day must be
     *       1..29 in 2024-02}
     *   <li>{@code "24Q3" is not a period; expected 2024, 2024-Q3, 2024-07, 2024-W05 or
     *       2024-01-01..2024-09-30}
     * </ul>
     *
     * @throws IllegalArgumentException if {@code text} is not a period; the message quotes the
     *     text (its first 64 characters) and says what is wrong or which forms are accepted
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        Matcher m = YEAR_TEXT.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            reject(text, yearProblem(year));
            return year(year);
        }
        for (NumberedForm form : NUMBERED_FORMS) {
            m = form.pattern().matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int number = Integer.parseInt(m.group(2));
                reject(text, yearProblem(year));
                reject(text, form.problem().apply(year, number));
                return form.period().apply(year, number);
            }
        }
        m = RANGE_TEXT.matcher(s);
        if (m.matches()) {
            LocalDate start = parseDate(text, m, 1);
            LocalDate end = parseDate(text, m, 5);
            reject(text, rangeProblem(start, end));
            return range(start, end);
        }
        throw new IllegalArgumentException(quote(text) + " is not a period; expected " + FORMS);
    }

    // ---------------------------------------------------------------- queries

    /** The kind of this period. */
    public PeriodKind kind() {
        return kind;
    }

    /** The first day of this period. */
    public LocalDate start() {
        return start;
    }

    /** The last day of this period, inclusive. */
    public LocalDate end() {
        return end;
    }

    /** The day after {@link #end()}: the end as a half-open bound. */
    public LocalDate endExclusive() {
        return end.plusDays(1);
    }

    /** The number of days in this period, at least 1: 366 for {@code 2024}, 7 for a week. */
    public long lengthInDays() {
        return endEpochDay() - startEpochDay() + 1;
    }

    /**
     * The calendar year of {@link #start()}. For a week that is not always the week-based year
     * of the text: {@code 2020-W01} starts on 2019-12-30, so its {@code year()} is 2019.
     */
    public int year() {
        return start.getYear();
    }

    /** {@link #start()} as an epoch day ({@link LocalDate#toEpochDay()}). */
    public long startEpochDay() {
        return start.toEpochDay();
    }

    /** {@link #end()} as an epoch day ({@link LocalDate#toEpochDay()}), inclusive. */
    public long endEpochDay() {
        return end.toEpochDay();
    }

    /** Whether {@code date} is one of the days of this period, ends included. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Whether every day of {@code other} is a day of this period; true for {@code other} equal
     * to this, and for periods of another kind covering the same days.
     */
    public boolean contains(Period other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Whether this period and {@code other} have at least one day in common. */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Whether this is a year-to-date range: a {@code RANGE} that starts on 1 January and ends in
     * the same year, as made by {@link #yearToDate(LocalDate)}. A {@code YEAR} is not year to
     * date, nor is a range that starts on 1 January and runs into the next year.
     */
    public boolean isYearToDate() {
        return kind == PeriodKind.RANGE
                && start.getDayOfYear() == 1
                && end.getYear() == start.getYear();
    }

    /**
     * The calendar months of this period, in order, as periods. A month that lies wholly within
     * this period is a {@code MONTH} period; a month that is only partly covered is clipped to
     * the covered days and returned as a {@code RANGE}. So {@code 2024} gives the twelve months
     * {@code 2024-01} to {@code 2024-12}; {@code 2024-01-15..2024-03-10} gives {@code
     * 2024-01-15..2024-01-31}, {@code 2024-02} and {@code 2024-03-01..2024-03-10}; a week gives
     * one or two ranges; and a range that is exactly a calendar month gives that {@code MONTH}.
     * The periods returned cover exactly the days of this period, without overlap.
     *
     * @return an unmodifiable list of at least one period
     */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        YearMonth last = YearMonth.from(end);
        for (YearMonth ym = YearMonth.from(start); !ym.isAfter(last); ym = ym.plusMonths(1)) {
            LocalDate monthStart = ym.atDay(1);
            LocalDate monthEnd = ym.atEndOfMonth();
            LocalDate from = start.isAfter(monthStart) ? start : monthStart;
            LocalDate to = end.isBefore(monthEnd) ? end : monthEnd;
            months.add(from.equals(monthStart) && to.equals(monthEnd)
                    ? month(ym.getYear(), ym.getMonthValue())
                    : range(from, to));
        }
        return Collections.unmodifiableList(months);
    }

    /** The days of this period, in order, from {@link #start()} to {@link #end()}. */
    public Stream<LocalDate> days() {
        return start.datesUntil(endExclusive());
    }

    // ---------------------------------------------------------------- comparisons

    /**
     * 同比: the same period one year earlier; {@code yearsEarlier(1)}.
     *
     * <ul>
     *   <li>{@code 2024} → {@code 2023}; {@code 2024-Q3} → {@code 2023-Q3}; {@code 2024-02} →
     *       {@code 2023-02} (29 days against 28).
     *   <li>{@code 2024-W05} → {@code 2023-W05}; {@code 2020-W53} → {@code 2019-W52}, because
     *       2019 has no week 53; {@code 2021-W53} does not exist.
     *   <li>A range moves each end back with {@link LocalDate#minusYears(long)}, keeping its kind
     *       even when it is exactly a calendar unit: {@code 2024-01-01..2024-09-30} → {@code
     *       2023-01-01..2023-09-30}. 29 February becomes 28 February: {@code
     *       yearToDate(2024-02-29)} → {@code 2023-01-01..2023-02-28}; and 28 February stays 28
     *       February: {@code yearToDate(2025-02-28)} → {@code 2024-01-01..2024-02-28}, leaving
     *       out 2024-02-29, as reports write "截至2月28日" for both years.
     * </ul>
     *
     * @throws IllegalArgumentException if the result would start before year 1
     */
    public Period yearEarlier() {
        return yearsEarlier(1);
    }

    /**
     * The same period {@code n} years earlier, by the rules of {@link #yearEarlier()} applied
     * once with {@code n} years: years, quarters and months keep their number; a week keeps its
     * number, except that week 53 becomes week 52 when the earlier week-based year has only 52
     * weeks; a range moves both ends with {@link LocalDate#minusYears(long) minusYears(n)}, so
     * 29 February becomes 28 February unless the earlier year is a leap year too ({@code
     * 2024-02-01..2024-02-29.yearsEarlier(4)} is {@code 2020-02-01..2020-02-29}).
     * {@code yearsEarlier(0)} is this period.
     *
     * @throws IllegalArgumentException if {@code n} is negative, or the result would start
     *     before year 1
     */
    public Period yearsEarlier(int n) {
        Check.argument(n >= 0, "n must not be negative, got %d", n);
        if (n == 0) {
            return this;
        }
        int fromYear = kind == PeriodKind.RANGE ? start.getYear() : labelYear;
        long target = (long) fromYear - n;
        Check.argument(target >= 1, "%s has no period %d years earlier: periods must lie within"
                + " 0001-01-01..9999-12-31", this, n);
        int year = (int) target;
        switch (kind) {
            case YEAR:
                return year(year);
            case QUARTER:
                return quarter(year, number);
            case MONTH:
                return month(year, number);
            case WEEK:
                return week(year, Math.min(number, weeksIn(year)));
            case RANGE:
                return range(start.minusYears(n), end.minusYears(n));
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * 环比: the adjacent earlier period of the same kind, ending the day before this one starts.
     *
     * <ul>
     *   <li>{@code 2024} → {@code 2023}; {@code 2024-Q1} → {@code 2023-Q4}; {@code 2024-01} →
     *       {@code 2023-12}; {@code 2024-03} → {@code 2024-02} (31 days against 29: calendar
     *       units are compared as they are).
     *   <li>{@code 2024-W10} → {@code 2024-W09}; {@code 2021-W01} → {@code 2020-W53}, since
     *       2020 has 53 weeks; {@code 2024-W01} → {@code 2023-W52}.
     *   <li>A range of <i>n</i> days → the <i>n</i> days ending the day before its start, a leap
     *       day counting as a day: {@code 2024-03-01..2024-03-31} (31 days) → {@code
     *       2024-01-30..2024-02-29}.
     * </ul>
     *
     * <p>{@code p.previous().next()} equals {@code p} for every period.
     *
     * @throws IllegalArgumentException if the result would start before 0001-01-01
     */
    public Period previous() {
        long startDay = startEpochDay();
        if (kind == PeriodKind.RANGE) {
            long length = lengthInDays();
            if (startDay - length < MIN.toEpochDay()) {
                throw noAdjacent("previous");
            }
            return range(LocalDate.ofEpochDay(startDay - length), start.minusDays(1));
        }
        if (start.equals(MIN)) {
            throw noAdjacent("previous");
        }
        return containing(kind, start.minusDays(1));
    }

    /**
     * The adjacent later period of the same kind, starting the day after this one ends; the
     * inverse of {@link #previous()}. {@code 2023-Q4} → {@code 2024-Q1}; {@code 2020-W53} →
     * {@code 2021-W01}; {@code 2024-01-30..2024-02-29} → {@code 2024-03-01..2024-03-31}.
     *
     * @throws IllegalArgumentException if the result would end after 9999-12-31
     */
    public Period next() {
        long endDay = endEpochDay();
        if (kind == PeriodKind.RANGE) {
            long length = lengthInDays();
            if (endDay + length > MAX.toEpochDay()) {
                throw noAdjacent("next");
            }
            return range(end.plusDays(1), LocalDate.ofEpochDay(endDay + length));
        }
        if (end.equals(MAX) || kind == PeriodKind.WEEK && end.plusWeeks(1).isAfter(MAX)) {
            throw noAdjacent("next");
        }
        return containing(kind, end.plusDays(1));
    }

    // ---------------------------------------------------------------- Object

    /**
     * Orders by {@link #start()}, then {@link #end()}, then {@link #kind()}: earlier periods
     * first, and of two periods starting on the same day the shorter first. {@code 2024} sorts
     * before {@code 2024-01-01..2024-12-31}, {@code 2024-Q1} after {@code 2024-01} and before
     * {@code 2024-02}.
     */
    @Override
    public int compareTo(Period other) {
        int c = start.compareTo(other.start);
        if (c == 0) {
            c = end.compareTo(other.end);
        }
        if (c == 0) {
            c = kind.compareTo(other.kind);
        }
        return c;
    }

    /** Equal when the other object is a period of the same kind, start and end. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Period)) {
            return false;
        }
        Period other = (Period) obj;
        return kind == other.kind && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + start.hashCode()) * 31 + end.hashCode();
    }

    /**
     * The text of this period, which {@link #parse(CharSequence)} reads back: {@code 2024},
     * {@code 2024-Q3}, {@code 2024-07}, {@code 2024-W05} or {@code 2024-01-01..2024-09-30}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(22);
        switch (kind) {
            case YEAR:
                return pad4(sb, labelYear).toString();
            case QUARTER:
                return pad4(sb, labelYear).append("-Q").append(number).toString();
            case MONTH:
                return pad2(pad4(sb, labelYear).append('-'), number).toString();
            case WEEK:
                return pad2(pad4(sb, labelYear).append("-W"), number).toString();
            case RANGE:
                return sb.append(start).append("..").append(end).toString();
            default:
                throw new AssertionError(kind);
        }
    }

    // ---------------------------------------------------------------- internals

    private static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                year, 0);
    }

    private static Period quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Period(PeriodKind.QUARTER, first, first.plusMonths(3).minusDays(1),
                year, quarter);
    }

    private static Period month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(PeriodKind.MONTH, first, first.withDayOfMonth(first.lengthOfMonth()),
                year, month);
    }

    private static Period week(int weekBasedYear, int week) {
        LocalDate monday = weekOneMonday(weekBasedYear).plusWeeks(week - 1L);
        return new Period(PeriodKind.WEEK, monday, monday.plusDays(6), weekBasedYear, week);
    }

    private static Period range(LocalDate start, LocalDate end) {
        return new Period(PeriodKind.RANGE, start, end, 0, 0);
    }

    /** The period of {@code kind} (not RANGE) that contains {@code date}; assumed in bounds. */
    private static Period containing(PeriodKind kind, LocalDate date) {
        switch (kind) {
            case YEAR:
                return year(date.getYear());
            case QUARTER:
                return quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
            case MONTH:
                return month(date.getYear(), date.getMonthValue());
            case WEEK:
                return week(date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default:
                throw new AssertionError(kind);
        }
    }

    private static LocalDate weekOneMonday(int weekBasedYear) {
        LocalDate january4 = LocalDate.of(weekBasedYear, 1, 4);
        return january4.with(DayOfWeek.MONDAY);
    }

    /** 52 or 53. */
    private static int weeksIn(int weekBasedYear) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR
                .rangeRefinedBy(LocalDate.of(weekBasedYear, 1, 4))
                .getMaximum();
    }

    private static String yearProblem(int year) {
        return year < 1 || year > 9999 ? "year must be 1..9999" : null;
    }

    private static String quarterProblem(int quarter) {
        return quarter < 1 || quarter > 4 ? "quarter must be 1..4" : null;
    }

    private static String monthProblem(int month) {
        return month < 1 || month > 12 ? "month must be 1..12" : null;
    }

    /** Assumes a valid year; the message names the week, so no value is appended. */
    private static String weekProblem(int weekBasedYear, int week) {
        int weeks = weeksIn(weekBasedYear);
        if (week < 1 || week > weeks) {
            return String.format(Locale.ROOT, "%04d has no ISO week %d: it has %d weeks",
                    weekBasedYear, week, weeks);
        }
        LocalDate sunday = weekOneMonday(weekBasedYear).plusWeeks(week).minusDays(1);
        if (sunday.isAfter(MAX)) {
            return String.format(Locale.ROOT, "%04d-W%02d ends on %s, after %s",
                    weekBasedYear, week, sunday, MAX);
        }
        return null;
    }

    private static String rangeProblem(LocalDate start, LocalDate end) {
        return end.isBefore(start)
                ? "end (" + end + ") must not be before start (" + start + ")"
                : null;
    }

    private static void requireValid(String problem, int value) {
        if (problem != null) {
            throw new IllegalArgumentException(problem + ", got " + value);
        }
    }

    private static void checkBounds(LocalDate date, String name) {
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw new IllegalArgumentException(
                    name + " (" + date + ") must be within " + MIN + ".." + MAX);
        }
    }

    /** Reads the date in groups {@code first} (whole date) to {@code first + 3} (y, m, d). */
    private static LocalDate parseDate(CharSequence text, Matcher m, int first) {
        String date = m.group(first);
        int year = Integer.parseInt(m.group(first + 1));
        int month = Integer.parseInt(m.group(first + 2));
        int day = Integer.parseInt(m.group(first + 3));
        String problem = yearProblem(year);
        if (problem == null) {
            problem = monthProblem(month);
        }
        if (problem == null) {
            int days = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > days) {
                problem = String.format(Locale.ROOT, "day must be 1..%d in %s",
                        days, YearMonth.of(year, month));
            }
        }
        reject(text, problem == null ? null : date + " is not a date: " + problem);
        return LocalDate.of(year, month, day);
    }

    private static void reject(CharSequence text, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(quote(text) + " is not a period: " + problem);
        }
    }

    private static String quote(CharSequence text) {
        return text.length() <= MAX_QUOTED
                ? "\"" + text + "\""
                : "\"" + text.subSequence(0, MAX_QUOTED) + "\"...";
    }

    private IllegalArgumentException noAdjacent(String which) {
        return new IllegalArgumentException(
                this + " has no " + which + " period: periods must lie within " + MIN + ".." + MAX);
    }

    private static StringBuilder pad4(StringBuilder sb, int value) {
        if (value < 1000) {
            sb.append('0');
        }
        if (value < 100) {
            sb.append('0');
        }
        if (value < 10) {
            sb.append('0');
        }
        return sb.append(value);
    }

    private static StringBuilder pad2(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        return sb.append(value);
    }
}
