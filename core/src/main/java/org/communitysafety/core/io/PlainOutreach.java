package org.communitysafety.core.io;

import org.communitysafety.core.aggregate.OutreachStoreBuilder;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.OutreachType;

/**
 * The plain outreach row ({@link PlainCsv}), read into the column store without a string: what
 * {@link PlainRecords} says of every record, a type by code, counts of at most 2,000,000,000
 * written as plain digits or empty (0), hazards fixed not above hazards found, and the loss
 * avoided in yuan. Exactly the rows on which the
 * general path ({@code DatasetReader}'s outreach handler) records no problem, with the same
 * values: any other row goes there. Package-private.
 */
final class PlainOutreach extends PlainRecords {
    private static final Schema S = Schema.OUTREACH;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), TYPE = S.column("type");
    private static final int HELD = S.column("held_on"), AVOIDED = S.column("loss_avoided");
    /** The count columns, in the order the store takes them. */
    private static final int[] COUNTS = {S.column("staff"), S.column("volunteers"), S.column("audience"),
        S.column("households"), S.column("hazards_found"), S.column("hazards_fixed"), S.column("leads"),
        S.column("frauds_stopped")};
    private static final int FOUND = 4;
    private static final int FIXED = 5;

    private final ByteKeys types = codes(OutreachType.values(), OutreachType::parse);
    private final OutreachStoreBuilder store;

    PlainOutreach(ByteKeys units, IdIndex seen, OutreachStoreBuilder store) {
        super(units, seen);
        this.store = store;
    }

    @Override
    public PlainCsv.Rows bind(int[] positions, RowContext context, PlainScan.Ids ids) {
        store.expect(room(store.size(), ids.lines()));
        return new Rows(positions, context, ids);
    }

    /** The typed columns of a chunk's rows: the counts eight to a row. */
    private static final class Batch extends PlainRecords.Batch {
        final int[] unit;
        final int[] type;
        final long[] day;
        final long[] counts;
        final long[] avoided;

        Batch(int n) {
            super(n);
            unit = new int[n];
            type = new int[n];
            day = new long[n];
            counts = new long[n * COUNTS.length];
            avoided = new long[n];
        }
    }

    private final class Rows extends PlainRecords.Rows {
        private final int unit, type, held, avoided;
        private final int[] counts = new int[COUNTS.length];

        Rows(int[] p, RowContext context, PlainScan.Ids ids) {
            super(p[ID], context, ids);
            unit = p[UNIT];
            type = p[TYPE];
            held = p[HELD];
            avoided = p[AVOIDED];
            for (int c = 0; c < COUNTS.length; c++) {
                counts[c] = p[COUNTS[c]];
            }
        }

        @Override
        public Object batch(int rows) {
            return new Batch(rows);
        }

        @Override
        public boolean parse(byte[] b, int[] s, int[] e, Object into, int k) {
            Batch t = (Batch) into;
            int u = units.get(b, s[unit], e[unit]);
            int ty = types.get(b, s[type], e[type]);
            long day = dayTime(b, s, e, held, t);   // a time of day is checked and dropped
            if (!id(b, s, e, t, k) || u < 0 || ty < 0 || day == PlainFields.NOT_PLAIN) {
                return false;
            }
            int at = k * COUNTS.length;
            for (int c = 0; c < COUNTS.length; c++) {
                int f = counts[c];
                long v = 0;
                if (f >= 0 && e[f] > s[f]) {
                    v = PlainFields.count(b, s[f], e[f]);
                    if (v == PlainFields.NOT_PLAIN || v > RowContext.MAX_COUNT) {
                        return false;
                    }
                }
                t.counts[at + c] = v;
            }
            if (t.counts[at + FIXED] > t.counts[at + FOUND]) {
                return false;
            }
            long fen = amount(b, s, e, avoided);
            if (fen < 0) {
                return false;
            }
            t.unit[k] = u;
            t.type[k] = ty;
            t.day[k] = day;
            t.avoided[k] = fen;
            return true;
        }

        @Override
        public boolean accept(byte[] b, Object from, int k, long line) {
            Batch t = (Batch) from;
            long[] v = t.counts;
            int at = k * COUNTS.length;
            for (int c = 0; c < COUNTS.length; c++) {
                if (!context.totalHolds(COUNTS[c], v[at + c])) {
                    return false;
                }
            }
            if (!context.totalHolds(AVOIDED, t.avoided[k])
                    || !unique(b, t, k, line)) {
                return false;
            }
            for (int c = 0; c < COUNTS.length; c++) {
                context.addToTotal(COUNTS[c], v[at + c]);
            }
            context.addToTotal(AVOIDED, t.avoided[k]);
            store.add(t.unit[k], t.type[k], t.day[k], v[at], v[at + 1], v[at + 2], v[at + 3], v[at + 4], v[at + 5],
                    v[at + 6], v[at + 7], t.avoided[k]);
            return true;
        }
    }
}
