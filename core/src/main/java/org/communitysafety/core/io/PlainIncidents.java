package org.communitysafety.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The plain incidents row ({@link PlainCsv}), read into the column store without a string: what
 * {@link PlainRecords} says of every record; a category by code, label or synonym; days occurred
 * and reported with or without a time of day ({@code 2024-03-18 14:05}, {@code 9:05},
 * {@code 2024年3月18日14时05分}), reported not before
 * occurred (to the second when both have a time); cleared not before occurred, reported not after
 * cleared, cleared within the store's 65,534 days; flags {@code true}/{@code false} or empty;
 * amounts in yuan; a source by code or label; and no grid or coordinates. Exactly the rows on which
 * the general path ({@code DatasetReader}'s incidents handler) records no problem, with the same
 * values: any other row goes there. Package-private.
 */
final class PlainIncidents extends PlainRecords {
    private static final Schema S = Schema.INCIDENTS;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), CATEGORY = S.column("category");
    private static final int OCCURRED = S.column("occurred_on"), REPORTED = S.column("reported_on");
    private static final int CLEARED = S.column("cleared_on"), CRIMINAL = S.column("criminal");
    private static final int REPEAT = S.column("repeat_call"), LOSS = S.column("loss");
    private static final int RECOVERED = S.column("recovered"), SOURCE = S.column("source");
    /** Columns a plain row leaves empty: what they hold takes the general path. */
    private static final int[] EMPTY = {S.column("grid"), S.column("latitude"), S.column("longitude"),
        S.column("crs")};

    private final ByteKeys categories;
    private final ByteKeys sources = codes(IncidentSource.values(), IncidentSource::parse);
    private final boolean[] criminalByDefault;
    private final IncidentStore.Builder store;

    PlainIncidents(ByteKeys units, Taxonomy taxonomy, IdIndex seen, IncidentStore.Builder store) {
        super(units, seen);
        Map<String, Integer> codes = new HashMap<>();
        criminalByDefault = new boolean[taxonomy.size()];
        for (int c = 0; c < taxonomy.size(); c++) {
            Category category = taxonomy.category(c);
            List<String> names = new ArrayList<>(List.of(category.code(), category.labelZh(), category.labelEn()));
            names.addAll(taxonomy.synonyms(category.code()));
            for (String name : names) {
                if (taxonomy.resolve(name).orElse(-1) == c) {   // as the general path resolves it, silently
                    codes.put(name, c);
                }
            }
            criminalByDefault[c] = category.criminal();
        }
        this.categories = ByteKeys.of(codes);
        this.store = store;
    }

    @Override
    public PlainCsv.Rows bind(int[] positions, RowContext context, PlainScan.Ids ids) {
        store.expect(room(store.size(), ids.lines()));
        return new Rows(positions, context, ids);
    }

    /** The typed columns of a chunk's rows. */
    private static final class Batch extends PlainRecords.Batch {
        final int[] unit;
        final int[] category;
        final long[] day;
        final int[] clearDelay;
        final boolean[] criminal;
        final boolean[] repeat;
        final long[] loss;
        final long[] recovered;
        /** The minute of the day it occurred, -1 without a time. */
        final int[] minute;
        /** Minutes from occurrence to report when both have a time, -1 otherwise. */
        final long[] delay;

        Batch(int n) {
            super(n);
            minute = new int[n];
            delay = new long[n];
            unit = new int[n];
            category = new int[n];
            day = new long[n];
            clearDelay = new int[n];
            criminal = new boolean[n];
            repeat = new boolean[n];
            loss = new long[n];
            recovered = new long[n];
        }
    }

    private final class Rows extends PlainRecords.Rows {
        private final int unit, category, occurred, reported, cleared, criminal, repeat, loss, recovered, source;
        private final int[] empty;

        Rows(int[] p, RowContext context, PlainScan.Ids ids) {
            super(p[ID], context, ids);
            unit = p[UNIT];
            category = p[CATEGORY];
            occurred = p[OCCURRED];
            reported = p[REPORTED];
            cleared = p[CLEARED];
            criminal = p[CRIMINAL];
            repeat = p[REPEAT];
            loss = p[LOSS];
            recovered = p[RECOVERED];
            source = p[SOURCE];
            empty = java.util.Arrays.stream(EMPTY).map(c -> p[c]).filter(x -> x >= 0).toArray();
        }

        @Override
        public Object batch(int rows) {
            return new Batch(rows);
        }

        @Override
        public boolean parse(byte[] b, int[] s, int[] e, Object into, int k) {
            Batch t = (Batch) into;
            int u = units.get(b, s[unit], e[unit]);
            int c = categories.get(b, s[category], e[category]);
            long day = dayTime(b, s, e, occurred, t);
            int occurredSecond = t.second;
            if (!id(b, s, e, t, k) || u < 0 || c < 0 || day == PlainFields.NOT_PLAIN) {
                return false;
            }
            long reportedDay = Long.MAX_VALUE;
            long reportingDelay = -1;
            if (reported >= 0 && e[reported] > s[reported]) {
                reportedDay = dayTime(b, s, e, reported, t);
                if (reportedDay == PlainFields.NOT_PLAIN || reportedDay < day) {
                    return false;
                }
                if (occurredSecond >= 0 && t.second >= 0) {
                    if (reportedDay == day && t.second < occurredSecond) {
                        return false;   // reported before it occurred, to the second
                    }
                    reportingDelay = (reportedDay - day) * 1440 + t.second / 60 - occurredSecond / 60;
                }
            }
            long delay = -1;
            if (cleared >= 0 && e[cleared] > s[cleared]) {
                long clearedDay = dayTime(b, s, e, cleared, t);   // a time of day is checked and dropped
                delay = clearedDay - day;
                if (clearedDay == PlainFields.NOT_PLAIN || delay < 0 || delay > RecordRules.MAX_DELAY
                        || reportedDay != Long.MAX_VALUE && reportedDay > clearedDay) {
                    return false;   // the last: reported after cleared, a warning
                }
            }
            int isCriminal = criminal < 0 ? PlainFields.EMPTY : PlainFields.bool(b, s[criminal], e[criminal]);
            int isRepeat = repeat < 0 ? PlainFields.EMPTY : PlainFields.bool(b, s[repeat], e[repeat]);
            long lossFen = amount(b, s, e, loss);
            long recoveredFen = amount(b, s, e, recovered);
            if (isCriminal < 0 || isRepeat < 0 || lossFen < 0 || recoveredFen < 0) {
                return false;
            }
            if (source >= 0 && e[source] > s[source] && sources.get(b, s[source], e[source]) < 0) {
                return false;
            }
            for (int f : empty) {
                if (e[f] > s[f]) {
                    return false;
                }
            }
            t.unit[k] = u;
            t.category[k] = c;
            t.day[k] = day;
            t.clearDelay[k] = (int) delay;
            t.criminal[k] = isCriminal == PlainFields.EMPTY ? criminalByDefault[c] : isCriminal == 1;
            t.repeat[k] = isRepeat == 1;
            t.loss[k] = lossFen;
            t.recovered[k] = recoveredFen;
            t.minute[k] = occurredSecond < 0 ? -1 : occurredSecond / 60;
            t.delay[k] = reportingDelay;
            return true;
        }

        @Override
        public boolean accept(byte[] b, Object from, int k, long line) {
            Batch t = (Batch) from;
            long lossFen = t.loss[k];
            long recoveredFen = t.recovered[k];
            if (!context.totalHolds(LOSS, lossFen) || !context.totalHolds(RECOVERED, recoveredFen)
                    || !unique(b, t, k, line)) {
                return false;
            }
            context.addToTotal(LOSS, lossFen);
            context.addToTotal(RECOVERED, recoveredFen);
            store.add(t.unit[k], t.category[k], t.day[k], t.clearDelay[k], t.criminal[k], t.repeat[k], lossFen,
                    recoveredFen);
            if (t.minute[k] >= 0 || t.delay[k] >= 0) {
                store.times(t.minute[k], t.delay[k]);
            }
            return true;
        }
    }
}
