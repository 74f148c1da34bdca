package org.communitysafety.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days of the sample's span, numbered {@code 0 .. size()-1} from 1 January of the first
 * year to 31 December of the last, with each day's {@link LocalDate} and {@code Optional} made
 * once, so that generating a record allocates no dates.
 *
 * <p>Immutable and thread-safe.
 */
final class Span {
    private final int firstYear;
    private final int years;
    private final LocalDate[] days;
    private final List<Optional<LocalDate>> present;
    private final int[] monthStart;

    Span(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.years = lastYear - firstYear + 1;
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int n = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() + 1);
        this.days = new LocalDate[n];
        List<Optional<LocalDate>> opt = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            days[i] = first.plusDays(i);
            opt.add(Optional.of(days[i]));
        }
        this.present = List.copyOf(opt);
        this.monthStart = new int[years * 12 + 1];
        for (int y = 0; y < years; y++) {
            for (int m = 0; m < 12; m++) {
                monthStart[y * 12 + m] = (int) (LocalDate.of(firstYear + y, m + 1, 1).toEpochDay() - first.toEpochDay());
            }
        }
        monthStart[years * 12] = n;
    }

    int firstYear() {
        return firstYear;
    }

    int years() {
        return years;
    }

    int size() {
        return days.length;
    }

    int lastIndex() {
        return days.length - 1;
    }

    LocalDate day(int index) {
        return days[index];
    }

    Optional<LocalDate> optionalDay(int index) {
        return present.get(index);
    }

    /** The index of the first day of month {@code month0} (0 = January) of year index {@code yearIndex}. */
    int monthStart(int yearIndex, int month0) {
        return monthStart[yearIndex * 12 + month0];
    }

    /** The number of days of that month (29 for February of a leap year). */
    int monthLength(int yearIndex, int month0) {
        int k = yearIndex * 12 + month0;
        return monthStart[k + 1] - monthStart[k];
    }
}
