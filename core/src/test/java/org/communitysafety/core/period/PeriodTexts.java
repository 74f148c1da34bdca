package org.communitysafety.core.period;

import java.time.LocalDate;

/** Short names for the period tests: {@code d("2024-02-29")} and {@code p("2024-Q3")}. */
final class PeriodTexts {
    private PeriodTexts() {}

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static Period p(String text) {
        return Period.parse(text);
    }
}
