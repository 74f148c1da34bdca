package org.communitysafety.indicators.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Granularity;
import org.communitysafety.indicators.Group;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Series;

/**
 * The series behind the trend charts and the zero-incident runs, over the {@value #YEARS}
 * calendar years that end with the report's period, all from {@link Indicators#series} and
 * {@link Indicators#seriesByUnit}: the unit's criminal cases and disputes received by month, every
 * unit's criminal cases by year, and whether the data cover each year at all.
 *
 * @param firstYear      the first of the years
 * @param period         the report's period
 * @param criminal       the report's unit's criminal cases by month
 * @param disputes       the report's unit's disputes received by month
 * @param criminalByYear every unit's criminal cases by year, by unit code
 * @param covered        whether the data hold any incident in each year
 */
record MonthlyCounts(int firstYear, Period period, long[] criminal, long[] disputes,
        Map<String, long[]> criminalByYear, boolean[] covered) {

    /** The years the trends cover. */
    static final int YEARS = 3;

    /** The series of {@code code} and its subtree, computed by {@code indicators} (whose unit is {@code code}). */
    static MonthlyCounts of(Indicators indicators, String code, Period period) {
        int lastYear = period.end().getYear();
        int firstYear = lastYear - YEARS + 1;
        Period span = Period.ofRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
        long[] criminal = counts(indicators.series(Indicator.INCIDENTS_COUNT, code, Group.CRIMINAL, span,
                Granularity.MONTH));
        long[] disputes = counts(indicators.series(Indicator.DISPUTES_COUNT, code, Group.ALL, span,
                Granularity.MONTH));
        Map<String, long[]> byYear = new HashMap<>();
        for (Series s : indicators.seriesByUnit(Indicator.INCIDENTS_COUNT, Group.CRIMINAL, span, Granularity.YEAR)) {
            byYear.put(s.unit(), counts(s));
        }
        JurisdictionTree tree = indicators.tree();
        boolean[] covered = new boolean[YEARS];
        for (int root : tree.roots()) {
            long[] all = counts(indicators.series(Indicator.INCIDENTS_COUNT, tree.unit(root).code(), Group.ALL, span,
                    Granularity.YEAR));
            for (int y = 0; y < YEARS; y++) {
                covered[y] |= all[y] > 0;
            }
        }
        return new MonthlyCounts(firstYear, period, criminal, disputes, byYear, covered);
    }

    /** A count series' values as whole counts, 0 where a value is withheld. */
    private static long[] counts(Series s) {
        List<Series.Point> points = s.points();
        long[] out = new long[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) points.get(i).valueOr(0);
        }
        return out;
    }

    /** Months of the series up to the end of the period. */
    int monthsShown() {
        return (period.end().getYear() - firstYear) * 12 + period.end().getMonthValue();
    }

    /** Whether the data hold any incident in year {@code y} (0 = the first of the years). */
    boolean covered(int y) {
        return covered[y];
    }

    /** The criminal cases of the unit {@code code} (in the report's unit's subtree) in year {@code y}. */
    long criminalInYear(String code, int y) {
        long[] years = criminalByYear.get(code);
        return years == null ? 0 : years[y];
    }
}
