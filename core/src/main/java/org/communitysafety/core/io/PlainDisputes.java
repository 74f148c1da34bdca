package org.communitysafety.core.io;

import org.communitysafety.core.aggregate.DisputeStoreBuilder;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;

/**
 * The plain disputes row ({@link PlainCsv}), read into the column store without a string: a
 * printable ASCII id, a unit, type and status by code, days {@code yyyy-MM-dd} inside the window
 * of plausible dates, closed given exactly when the status is concluded and then not before
 * received nor more than 65,534 days after it, and an amount in yuan; the source and mediator,
 * which the store does not keep, as they come. Exactly the rows on which the general path
 * ({@code DatasetReader}'s disputes handler) records no problem, with the same values: any
 * other row goes there. Package-private.
 */
final class PlainDisputes implements PlainCsv.Kind {
    private static final Schema S = Schema.DISPUTES;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), TYPE = S.column("type");
    private static final int RECEIVED = S.column("received_on"), STATUS = S.column("status");
    private static final int CLOSED = S.column("closed_on"), AMOUNT = S.column("amount");
    private static final int OPEN = DisputeStatus.OPEN.ordinal();

    private final ByteKeys units;
    private final ByteKeys types = PlainIncidents.codes(DisputeType.values(), DisputeType::parse);
    private final ByteKeys statuses = PlainIncidents.codes(DisputeStatus.values(), DisputeStatus::parse);
    private final IdIndex seen;
    private final DisputeStoreBuilder store;

    PlainDisputes(JurisdictionTree tree, IdIndex seen, DisputeStoreBuilder store) {
        this.units = PlainIncidents.unitCodes(tree);
        this.seen = seen;
        this.store = store;
    }

    @Override
    public PlainCsv.Rows bind(int[] positions, RowContext context, PlainCsv.Ids ids) {
        store.expect((int) Math.min(Integer.MAX_VALUE - 16, store.size() + ids.lines()));
        return new Rows(positions, context, ids);
    }

    /** The typed columns of a chunk's rows. */
    private static final class Batch {
        final int[] unit;
        final int[] type;
        final int[] status;
        final long[] day;
        final int[] closeDelay;
        final long[] amount;
        final int[] idHash;
        final int[] idStart;
        final int[] idEnd;
        final PlainFields.Dates dates = new PlainFields.Dates();

        Batch(int n) {
            unit = new int[n];
            type = new int[n];
            status = new int[n];
            day = new long[n];
            closeDelay = new int[n];
            amount = new long[n];
            idHash = new int[n];
            idStart = new int[n];
            idEnd = new int[n];
        }
    }

    private final class Rows implements PlainCsv.Rows {
        private final int id, unit, type, received, status, closed, amount;
        private final long firstDay, lastDay;
        private final RowContext context;
        private final PlainCsv.Ids ids;

        Rows(int[] p, RowContext context, PlainCsv.Ids ids) {
            this.ids = ids;
            id = p[ID];
            unit = p[UNIT];
            type = p[TYPE];
            received = p[RECEIVED];
            status = p[STATUS];
            closed = p[CLOSED];
            amount = p[AMOUNT];
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
            int st = statuses.get(b, s[status], e[status]);
            long day = t.dates.date(b, s[received], e[received]);
            if (hash == PlainFields.NOT_PLAIN || u < 0 || ty < 0 || st < 0 || !inWindow(day)) {
                return false;
            }
            long delay = -1;
            boolean closedGiven = closed >= 0 && e[closed] > s[closed];
            if (closedGiven != (st != OPEN)) {
                return false;
            }
            if (closedGiven) {
                long closedDay = t.dates.date(b, s[closed], e[closed]);
                delay = closedDay - day;
                if (!inWindow(closedDay) || delay < 0 || delay > RecordRules.MAX_DELAY) {
                    return false;
                }
            }
            long fen = PlainIncidents.amount(b, s, e, amount);
            if (fen < 0) {
                return false;
            }
            t.idHash[k] = (int) hash;
            t.idStart[k] = s[id];
            t.idEnd[k] = e[id];
            t.unit[k] = u;
            t.type[k] = ty;
            t.status[k] = st;
            t.day[k] = day;
            t.closeDelay[k] = (int) delay;
            t.amount[k] = fen;
            return true;
        }

        private boolean inWindow(long day) {
            return day != PlainFields.NOT_PLAIN && day >= firstDay && day <= lastDay;
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
            long fen = t.amount[k];
            if (!context.totalHolds(AMOUNT, fen) || !unique(b, t.idStart[k], t.idEnd[k], t.idHash[k], line)) {
                return false;
            }
            context.addToTotal(AMOUNT, fen);
            store.add(t.unit[k], t.type[k], t.day[k], t.status[k], t.closeDelay[k], fen);
            return true;
        }
    }
}
