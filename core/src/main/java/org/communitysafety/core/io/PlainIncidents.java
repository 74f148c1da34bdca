package org.communitysafety.core.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.Coded;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The plain incidents row ({@link PlainCsv}), read into the column store without a string: a
 * printable ASCII id, a unit and a category by code, days {@code yyyy-MM-dd} inside the window of
 * plausible dates and in order (reported and cleared not before occurred, reported not after
 * cleared, cleared within the store's 65,534 days), flags {@code true}/{@code false} or empty,
 * amounts in yuan, a source by code, and no grid or coordinates. Exactly the rows on which the
 * general path ({@code DatasetReader}'s incidents handler) records no problem, with the same
 * values: any other row goes there. Package-private.
 */
final class PlainIncidents implements PlainCsv.Kind {
    private static final Schema S = Schema.INCIDENTS;
    private static final int ID = S.column("id"), UNIT = S.column("unit"), CATEGORY = S.column("category");
    private static final int OCCURRED = S.column("occurred_on"), REPORTED = S.column("reported_on");
    private static final int CLEARED = S.column("cleared_on"), CRIMINAL = S.column("criminal");
    private static final int REPEAT = S.column("repeat_call"), LOSS = S.column("loss");
    private static final int RECOVERED = S.column("recovered"), SOURCE = S.column("source");
    /** Columns a plain row leaves empty: what they hold takes the general path. */
    private static final int[] EMPTY = {S.column("grid"), S.column("latitude"), S.column("longitude"),
        S.column("crs")};

    private final ByteKeys units;
    private final ByteKeys categories;
    private final ByteKeys sources;
    private final boolean[] criminalByDefault;
    private final IdIndex seen;
    private final IncidentStore.Builder store;

    PlainIncidents(JurisdictionTree tree, Taxonomy taxonomy, IdIndex seen, IncidentStore.Builder store) {
        this.units = unitCodes(tree);
        Map<String, Integer> codes = new HashMap<>();
        criminalByDefault = new boolean[taxonomy.size()];
        for (int c = 0; c < taxonomy.size(); c++) {
            String code = taxonomy.category(c).code();
            if (taxonomy.resolve(code).orElse(-1) == c) {
                codes.put(code, c);
            }
            criminalByDefault[c] = taxonomy.category(c).criminal();
        }
        this.categories = ByteKeys.of(codes);
        this.sources = codes(IncidentSource.values(), IncidentSource::parse);
        this.seen = seen;
        this.store = store;
    }

    /** Every unit of {@code tree} by its code, as {@link UnitNames} finds it first. */
    static ByteKeys unitCodes(JurisdictionTree tree) {
        Map<String, Integer> codes = new HashMap<>(tree.size() * 2);
        for (int u = 0; u < tree.size(); u++) {
            String code = tree.unit(u).code();
            if (tree.find(code).orElse(-1) == u) {
                codes.put(code, u);
            }
        }
        return ByteKeys.of(codes);
    }

    /** The codes of a coded enum that {@code parse} reads as themselves, to their ordinals. */
    static <E extends Enum<E> & Coded> ByteKeys codes(E[] values, Function<String, E> parse) {
        Map<String, Integer> codes = new HashMap<>();
        for (E e : values) {
            String code = e.code();
            if (!code.isEmpty() && parse.apply(code) == e) {
                codes.put(code, e.ordinal());
            }
        }
        return ByteKeys.of(codes);
    }

    @Override
    public PlainCsv.Rows bind(int[] positions, RowContext context, PlainCsv.Ids ids) {
        store.expect((int) Math.min(Integer.MAX_VALUE - 16, store.size() + ids.lines()));
        return new Rows(positions, context, ids);
    }

    /** The typed columns of a chunk's rows. */
    private static final class Batch {
        final int[] unit;
        final int[] category;
        final long[] day;
        final int[] clearDelay;
        final boolean[] criminal;
        final boolean[] repeat;
        final long[] loss;
        final long[] recovered;
        final int[] idHash;
        final int[] idStart;
        final int[] idEnd;
        final PlainFields.Dates dates = new PlainFields.Dates();

        Batch(int n) {
            unit = new int[n];
            category = new int[n];
            day = new long[n];
            clearDelay = new int[n];
            criminal = new boolean[n];
            repeat = new boolean[n];
            loss = new long[n];
            recovered = new long[n];
            idHash = new int[n];
            idStart = new int[n];
            idEnd = new int[n];
        }
    }

    private final class Rows implements PlainCsv.Rows {
        private final int id, unit, category, occurred, reported, cleared, criminal, repeat, loss, recovered, source;
        private final int[] empty;
        private final long firstDay, lastDay;
        private final RowContext context;
        private final PlainCsv.Ids ids;

        Rows(int[] p, RowContext context, PlainCsv.Ids ids) {
            this.ids = ids;
            id = p[ID];
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
            int c = categories.get(b, s[category], e[category]);
            long day = t.dates.date(b, s[occurred], e[occurred]);
            if (hash == PlainFields.NOT_PLAIN || u < 0 || c < 0 || !inWindow(day)) {
                return false;
            }
            long reportedDay = Long.MAX_VALUE;
            if (reported >= 0 && e[reported] > s[reported]) {
                reportedDay = t.dates.date(b, s[reported], e[reported]);
                if (!inWindow(reportedDay) || reportedDay < day) {
                    return false;
                }
            }
            long delay = -1;
            if (cleared >= 0 && e[cleared] > s[cleared]) {
                long clearedDay = t.dates.date(b, s[cleared], e[cleared]);
                delay = clearedDay - day;
                if (!inWindow(clearedDay) || delay < 0 || delay > RecordRules.MAX_DELAY || reportedDay > clearedDay
                        && reportedDay != Long.MAX_VALUE) {
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
            t.idHash[k] = (int) hash;
            t.idStart[k] = s[id];
            t.idEnd[k] = e[id];
            t.unit[k] = u;
            t.category[k] = c;
            t.day[k] = day;
            t.clearDelay[k] = (int) delay;
            t.criminal[k] = isCriminal == PlainFields.EMPTY ? criminalByDefault[c] : isCriminal == 1;
            t.repeat[k] = isRepeat == 1;
            t.loss[k] = lossFen;
            t.recovered[k] = recoveredFen;
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
            long lossFen = t.loss[k];
            long recoveredFen = t.recovered[k];
            if (!context.totalHolds(LOSS, lossFen) || !context.totalHolds(RECOVERED, recoveredFen)
                    || !unique(b, t.idStart[k], t.idEnd[k], t.idHash[k], line)) {
                return false;
            }
            context.addToTotal(LOSS, lossFen);
            context.addToTotal(RECOVERED, recoveredFen);
            store.add(t.unit[k], t.category[k], t.day[k], t.clearDelay[k], t.criminal[k], t.repeat[k], lossFen,
                    recoveredFen);
            return true;
        }
    }

    /** The amount in fen of an amount column: 0 when absent or empty, -1 when not plain or over the limit. */
    static long amount(byte[] b, int[] s, int[] e, int position) {
        if (position < 0 || e[position] == s[position]) {
            return 0;
        }
        long fen = PlainFields.amountFen(b, s[position], e[position]);
        return fen == PlainFields.NOT_PLAIN || fen > RowContext.MAX_AMOUNT_FEN ? -1 : fen;
    }
}
