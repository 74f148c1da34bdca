package org.communitysafety.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.period.Period;

/**
 * Whether a period holds any record at all. A report on a period the data does not reach would
 * state only zeros — "后阴市2030年刑事案件发案0起", "全市100.0%的村（社区）实现刑事案件零发案" — that
 * read as findings; {@code csi report} refuses such a period instead, naming the days the data
 * covers (issue 14).
 */
final class DataSpan {
    private DataSpan() {}

    /**
     * Why {@code period} cannot be reported on: no incident, dispute or outreach session falls in
     * it; empty when some record does.
     */
    static Optional<String> noRecordsIn(ColumnarDataset data, Period period) {
        long start = period.startEpochDay();
        long end = period.endEpochDay();
        IncidentStore incidents = data.incidents();
        RecordStore<?> disputes = data.disputes();
        RecordStore<?> outreach = data.outreach();
        if (anyIn(incidents.size(), incidents::day, start, end) || anyIn(disputes.size(), disputes::day, start, end)
                || anyIn(outreach.size(), outreach::day, start, end)) {
            return Optional.empty();
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int[] range : new int[][] {range(incidents.size(), incidents::day),
            range(disputes.size(), disputes::day), range(outreach.size(), outreach::day)}) {
            if (range != null) {
                first = Math.min(first, range[0]);
                last = Math.max(last, range[1]);
            }
        }
        String covers = first > last ? "the data has no incidents, disputes or outreach sessions at all"
                : "the data runs from " + LocalDate.ofEpochDay(first) + " to " + LocalDate.ofEpochDay(last);
        return Optional.of("no incident, dispute or outreach session falls in " + period + " ("
                + LocalDate.ofEpochDay(start) + " to " + LocalDate.ofEpochDay(end) + "); " + covers
                + ". Choose a period with data (--period).");
    }

    /** Whether one of {@code n} records falls on a day in {@code start .. end}: stops at the first. */
    private static boolean anyIn(int n, IntUnaryOperator day, long start, long end) {
        for (int row = 0; row < n; row++) {
            int d = day.applyAsInt(row);
            if (d >= start && d <= end) {
                return true;
            }
        }
        return false;
    }

    /** The first and last epoch day of {@code n} records, or null when there are none. */
    static int[] range(int n, IntUnaryOperator day) {
        if (n == 0) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int row = 0; row < n; row++) {
            int d = day.applyAsInt(row);
            first = Math.min(first, d);
            last = Math.max(last, d);
        }
        return new int[] {first, last};
    }
}
