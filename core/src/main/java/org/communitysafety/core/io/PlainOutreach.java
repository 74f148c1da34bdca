package org.communitysafety.core.io;

import org.communitysafety.core.aggregate.OutreachStoreBuilder;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.OutreachType;

/**
 * The plain outreach row ({@link PlainCsv}), read into the column store without a string: a
 * printable ASCII id, a unit and type by code, a day {@code yyyy-MM-dd} inside the window of
 * plausible dates, counts of at most 2,000,000,000 written as plain digits or empty (0), hazards
 * fixed not above hazards found, and the loss avoided in yuan. Exactly the rows on which the
 * general path ({@code DatasetReader}'s outreach handler) records no problem, with the same
 * values: any other row goes there. Package-private.
 */
final class PlainOutreach implements PlainCsv.Kind {
    private static final Schema S = Schema.OUTREACH;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), TYPE = S.column("type");
    private static final int HELD = S.column("held_on"), AVOIDED = S.column("loss_avoided");
    /** The count columns, in the order the store takes them. */
    private static final int[] COUNTS = {S.column("staff"), S.column("volunteers"), S.column("audience"),
        S.column("households"), S.column("hazards_found"), S.column("hazards_fixed"), S.column("leads"),
        S.column("frauds_stopped")};
    private static final int FOUND = 4;
    private static final int FIXED = 5;

    private final ByteKeys units;
    private final ByteKeys types = PlainIncidents.codes(OutreachType.values(), OutreachType::parse);
    private final IdIndex seen;
    private final OutreachStoreBuilder store;

    PlainOutreach(JurisdictionTree tree, IdIndex seen, OutreachStoreBuilder store) {
        this.units = PlainIncidents.unitCodes(tree);
        this.seen = seen;
        this.store = store;
    }

    @Override
    public PlainCsv.Rows bind(int[] positions, RowContext context, PlainCsv.Ids ids) {
        store.expect((int) Math.min(Integer.MAX_VALUE - 16, store.size() + ids.lines()));
        return new Rows(positions, context, ids);
    }

    /** The typed columns of a chunk's rows: the counts eight to a row. */
    private static final class Batch {
        final int[] unit;
        final int[] type;
        final long[] day;
        final long[] counts;
        final long[] avoided;
        final int[] idHash;
        final int[] idStart;
        final int[] idEnd;
        final PlainFields.Dates dates = new PlainFields.Dates();

        Batch(int n) {
            unit = new int[n];
            type = new int[n];
            day = new long[n];
            counts = new long[n * COUNTS.length];
            avoided = new long[n];
            idHash = new int[n];
            idStart = new int[n];
            idEnd = new int[n];
        }
    }

    private final class Rows implements PlainCsv.Rows {
        private final int id, unit, type, held, avoided;
        private final int[] counts = new int[COUNTS.length];
        private final long firstDay, lastDay;
        private final RowContext context;
        private final PlainCsv.Ids ids;

        Rows(int[] p, RowContext context, PlainCsv.Ids ids) {
            this.ids = ids;
            id = p[ID];
            unit = p[UNIT];
            type = p[TYPE];
            held = p[HELD];
            avoided = p[AVOIDED];
            for (int c = 0; c < COUNTS.length; c++) {
                counts[c] = p[COUNTS[c]];
            }
            firstDay = context.firstDay();
            lastDay = context.lastDay();
            this.context = context;
        }

        @Override
        public Object batch(int rows) {
            return new Batch(rows);
        }

        @Override
        public boolean parse(byte[] b, int[] s, int[] e, Object into, int k) {
            Batch t = (Batch) into;
            long hash = PlainFields.idHash(b, s[id], e[id]);
            int u = units.get(b, s[unit], e[unit]);
            int ty = types.get(b, s[type], e[type]);
            long day = t.dates.date(b, s[held], e[held]);
            if (hash == PlainFields.NOT_PLAIN || u < 0 || ty < 0 || day == PlainFields.NOT_PLAIN || day < firstDay
                    || day > lastDay) {
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
            long fen = PlainIncidents.amount(b, s, e, avoided);
            if (fen < 0) {
                return false;
            }
            t.idHash[k] = (int) hash;
            t.idStart[k] = s[id];
            t.idEnd[k] = e[id];
            t.unit[k] = u;
            t.type[k] = ty;
            t.day[k] = day;
            t.avoided[k] = fen;
            return true;
        }

        /**
         * Whether the plain id {@code b[s, e)} (of {@code String.hashCode()} {@code hash}) is first
         * seen on {@code line}, when it is one that may repeat; any other id is unique in the file.
         */
        private boolean unique(byte[] b, int s, int e, int hash, long line) {
            return !ids.any() || !ids.mayRepeat(PlainCsv.idHash(b, s, e)) || seen.putIfAbsent(b, s, e, hash, line) == 0;
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
                    || !unique(b, t.idStart[k], t.idEnd[k], t.idHash[k], line)) {
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
