package org.communitysafety.core.period;

/**
 * The kinds of {@link Period}, each with the text form that {@link Period#parse(CharSequence)}
 * reads and {@link Period#toString()} writes.
 *
 * <p>The declaration order is the last key of {@link Period#compareTo(Period)}: when two periods
 * cover the same days, a {@code YEAR} sorts before a {@code RANGE}.
 */
public enum PeriodKind {
    /** A calendar year, 1 January to 31 December; text {@code 2024}. */
    YEAR,
    /** A calendar quarter: Q1 is January to March, Q4 October to December; text {@code 2024-Q3}. */
    QUARTER,
    /** A calendar month; text {@code 2024-07}. */
    MONTH,
    /**
     * An ISO-8601 week, Monday to Sunday, numbered within its week-based year (week 1 is the week
     * that contains the year's first Thursday; some years have 53 weeks); text {@code 2024-W05}.
     */
    WEEK,
    /** Any inclusive range of days; text {@code 2024-01-01..2024-09-30}. */
    RANGE
}
