package org.communitysafety.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
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
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        IncidentStore incidents = data.incidents();
        for (int r = 0; r < incidents.size(); r++) {
            int day = incidents.day(r);
            if (day >= start && day <= end) {
                return Optional.empty();
            }
            first = Math.min(first, day);
            last = Math.max(last, day);
        }
        for (RecordStore<?> store : new RecordStore<?>[] {data.disputes(), data.outreach()}) {
            for (int r = 0; r < store.size(); r++) {
                int day = store.day(r);
                if (day >= start && day <= end) {
                    return Optional.empty();
                }
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        String covers = first > last ? "the data has no incidents, disputes or outreach sessions at all"
                : "the data runs from " + LocalDate.ofEpochDay(first) + " to " + LocalDate.ofEpochDay(last);
        return Optional.of("no incident, dispute or outreach session falls in " + period + " ("
                + LocalDate.ofEpochDay(start) + " to " + LocalDate.ofEpochDay(end) + "); " + covers
                + ". Choose a period with data (--period).");
    }
}
