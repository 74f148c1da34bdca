package org.communitysafety.indicators.report;

import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.DisputeAggregation;
import org.communitysafety.core.aggregate.DisputeCube;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentCube;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The monthly counts of the trend charts and of the zero-incident runs: criminal incidents and
 * disputes received, by month over the {@value #YEARS} calendar years that end with the
 * report's period.
 */
final class MonthlyCounts {

    /** The years the trends cover. */
    static final int YEARS = 3;

    private final int firstYear;
    private final Period period;
    private final IncidentCube months;   // incident counts by month over the years, rolled up
    private final boolean[] criminal;
    private final long[][] monthly;      // [kind][month index over the years]: 0 criminal incidents, 1 disputes

    private MonthlyCounts(int firstYear, Period period, IncidentCube months, boolean[] criminal, long[][] monthly) {
        this.firstYear = firstYear;
        this.period = period;
        this.months = months;
        this.criminal = criminal;
        this.monthly = monthly;
    }

    static MonthlyCounts of(ColumnarDataset data, JurisdictionTree tree, int unit, Period period, int threads) {
        int lastYear = period.end().getYear();
        int firstYear = lastYear - YEARS + 1;
        PeriodIndex index = PeriodIndex.monthsOf(firstYear, lastYear);
        IncidentCube inc = IncidentAggregation.counts(data.incidents(), index, threads).rollUp(tree);
        DisputeCube dis = DisputeAggregation.aggregate(data.disputes(), index, threads).rollUp(tree);
        boolean[] mask = data.taxonomy().groupMask(Taxonomy.CRIMINAL);
        long[][] monthly = new long[2][index.size()];
        for (int m = 0; m < index.size(); m++) {
            monthly[0][m] = inc.sum(IncidentMeasure.COUNT, unit, m, mask);
            monthly[1][m] = dis.total(DisputeMeasure.RECEIVED, unit, m);
        }
        return new MonthlyCounts(firstYear, period, inc, mask, monthly);
    }

    /** The first of the years. */
    int firstYear() {
        return firstYear;
    }

    /** Months of the series up to the end of the period. */
    int monthsShown() {
        return (period.end().getYear() - firstYear) * 12 + period.end().getMonthValue();
    }

    /** The report's unit's criminal incidents by month. */
    long[] criminal() {
        return monthly[0];
    }

    /** The report's unit's disputes received by month. */
    long[] disputes() {
        return monthly[1];
    }

    /** Unit {@code u}'s incidents in year {@code y} (0 = the first of the years): criminal ones, or all. */
    long yearTotal(int u, int y, boolean criminalOnly) {
        long total = 0;
        for (int m = y * 12; m < y * 12 + 12; m++) {
            total += criminalOnly ? months.sum(IncidentMeasure.COUNT, u, m, criminal)
                    : months.total(IncidentMeasure.COUNT, u, m);
        }
        return total;
    }
}
