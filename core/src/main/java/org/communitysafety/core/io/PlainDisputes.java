package org.communitysafety.core.io;

import org.communitysafety.core.aggregate.DisputeStoreBuilder;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;

/**
 * The plain disputes row ({@link PlainCsv}), read into the column store without a string: what
 * {@link PlainRecords} says of every record, a type and status by code, closed given exactly when
 * the status is concluded and then not before received nor more than 65,534 days after it, and an
 * amount in yuan; the source and mediator, which the store does not keep, as they come. Exactly
 * the rows on which the general path ({@code DatasetReader}'s disputes handler) records no
 * problem, with the same values: any other row goes there. Package-private.
 */
final class PlainDisputes extends PlainRecords {
    private static final Schema S = Schema.DISPUTES;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), TYPE = S.column("type");
    private static final int RECEIVED = S.column("received_on"), STATUS = S.column("status");
    private static final int CLOSED = S.column("closed_on"), AMOUNT = S.column("amount");
    private static final int OPEN = DisputeStatus.OPEN.ordinal();

    private final ByteKeys types = codes(DisputeType.values(), DisputeType::parse);
    private final ByteKeys statuses = codes(DisputeStatus.values(), DisputeStatus::parse);
    private final DisputeStoreBuilder store;

    PlainDisputes(ByteKeys units, IdIndex seen, DisputeStoreBuilder store) {
        super(units, seen);
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
        final int[] type;
        final int[] status;
        final long[] day;
        final int[] closeDelay;
        final long[] amount;

        Batch(int n) {
            super(n);
            unit = new int[n];
            type = new int[n];
            status = new int[n];
            day = new long[n];
            closeDelay = new int[n];
            amount = new long[n];
        }
    }

    private final class Rows extends PlainRecords.Rows {
        private final int unit, type, received, status, closed, amount;

        Rows(int[] p, RowContext context, PlainScan.Ids ids) {
            super(p[ID], context, ids);
            unit = p[UNIT];
            type = p[TYPE];
            received = p[RECEIVED];
            status = p[STATUS];
            closed = p[CLOSED];
            amount = p[AMOUNT];
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
            int st = statuses.get(b, s[status], e[status]);
            long day = dayTime(b, s, e, received, t);   // a time of day is checked and dropped
            if (!id(b, s, e, t, k) || u < 0 || ty < 0 || st < 0 || day == PlainFields.NOT_PLAIN) {
                return false;
            }
            long delay = -1;
            boolean closedGiven = closed >= 0 && e[closed] > s[closed];
            if (closedGiven != (st != OPEN)) {
                return false;
            }
            if (closedGiven) {
                long closedDay = dayTime(b, s, e, closed, t);
                delay = closedDay - day;
                if (closedDay == PlainFields.NOT_PLAIN || delay < 0 || delay > RecordRules.MAX_DELAY) {
                    return false;
                }
            }
            long fen = amount(b, s, e, amount);
            if (fen < 0) {
                return false;
            }
            t.unit[k] = u;
            t.type[k] = ty;
            t.status[k] = st;
            t.day[k] = day;
            t.closeDelay[k] = (int) delay;
            t.amount[k] = fen;
            return true;
        }

        @Override
        public boolean accept(byte[] b, Object from, int k, long line) {
            Batch t = (Batch) from;
            long fen = t.amount[k];
            if (!context.totalHolds(AMOUNT, fen) || !unique(b, t, k, line)) {
                return false;
            }
            context.addToTotal(AMOUNT, fen);
            store.add(t.unit[k], t.type[k], t.day[k], t.status[k], t.closeDelay[k], fen);
            return true;
        }
    }
}
