/**
 * Reporting periods — a year, quarter, month, ISO week or any inclusive range of days — and the
 * two comparisons that public-safety reports make between them: 同比 ({@link
 * org.communitysafety.core.period.Period#yearEarlier() the same period one year earlier}) and 环比
 * ({@link org.communitysafety.core.period.Period#previous() the adjacent earlier period}).
 *
 * <p>A {@link org.communitysafety.core.period.Period Period} is an inclusive range of dates with a
 * kind, because reports name their periods that way ("2024年1月1日至9月30日", "2024年第三季度")
 * and because an inclusive end makes "year to date, as of today" natural. Every period also
 * exposes its first and last day as epoch days ({@code long}), which is what the aggregation core
 * works with: bucketing a record is a comparison of two numbers, with no date objects per row.
 *
 * <p>The rules for 29 February and for ISO week 53 are spelled out on {@link
 * org.communitysafety.core.period.Period Period}; everything in this package is immutable and
 * thread-safe.
 */
package org.communitysafety.core.period;
