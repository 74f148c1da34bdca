package org.communitysafety.core.sample;

import java.util.SplittableRandom;

/**
 * A joint distribution over (year, month, type) — type being an incident category, a dispute
 * type or an outreach type — with the day drawn uniformly within the month.
 *
 * <p>The weight function gives a <em>daily</em> rate for each (year, month, type), the product
 * of the type's share, its trend for the year and its seasonal factor for the month; the table
 * multiplies by the month's length, so February has fewer records than a 31-day month of the
 * same rate and 2024-02-29 appears like any other day. One draw picks a cell of the
 * {@code years × 12 × types} grid by {@link AliasTable}, a second the day.
 *
 * <p>Immutable and thread-safe.
 */
final class CalendarTable {
    /** The daily rate of records of {@code type} in month {@code month0} (0 = January) of year index {@code yearIndex}. */
    @FunctionalInterface
    interface Rate {
        double of(int yearIndex, int month0, int type);
    }

    private final AliasTable cells;
    private final int[] type;
    private final int[] yearIndex;
    private final int[] dayStart;
    private final int[] dayLength;

    CalendarTable(Span span, int types, Rate rate) {
        int n = span.years() * 12 * types;
        double[] weights = new double[n];
        type = new int[n];
        yearIndex = new int[n];
        dayStart = new int[n];
        dayLength = new int[n];
        int k = 0;
        for (int y = 0; y < span.years(); y++) {
            for (int m = 0; m < 12; m++) {
                for (int t = 0; t < types; t++, k++) {
                    type[k] = t;
                    yearIndex[k] = y;
                    dayStart[k] = span.monthStart(y, m);
                    dayLength[k] = span.monthLength(y, m);
                    weights[k] = rate.of(y, m, t) * dayLength[k];
                }
            }
        }
        cells = AliasTable.of(weights);
    }

    /** Draws a cell. */
    int sample(SplittableRandom rng) {
        return cells.sample(rng);
    }

    int type(int cell) {
        return type[cell];
    }

    int yearIndex(int cell) {
        return yearIndex[cell];
    }

    /** Draws a day of the cell's month, as a day index of the span. */
    int day(int cell, SplittableRandom rng) {
        return dayStart[cell] + rng.nextInt(dayLength[cell]);
    }
}
