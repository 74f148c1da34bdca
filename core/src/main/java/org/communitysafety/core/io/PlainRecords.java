package org.communitysafety.core.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.Coded;

/**
 * What the plain rows of every record kind share ({@link PlainCsv}): a printable ASCII id without
 * a quote, unique in the file; a unit by code or unique name; days in the forms
 * {@link PlainFields#date} reads, with a time of day in any form {@link PlainFields#dateTime}
 * reads, inside the window of plausible dates; amounts in yuan; and a store made room for as many
 * rows as the scan counted. Each kind —
 * {@link PlainIncidents}, {@link PlainDisputes}, {@link PlainOutreach} — adds its own columns and
 * rules. Package-private.
 */
abstract class PlainRecords implements PlainCsv.Kind {
    /** Every unit of the tree by its code, and by its name where that is unique, as {@link UnitNames} finds it. */
    final ByteKeys units;
    /** The ids of the file that the general path and the ids that may repeat go through. */
    final IdIndex seen;

    /** @param units the tree's {@link #unitKeys}, made once for the three kinds of a reading */
    PlainRecords(ByteKeys units, IdIndex seen) {
        this.units = units;
        this.seen = seen;
    }

    /**
     * Every unit of the tree by its code, and by its name where {@link UnitNames} finds it by
     * name: no unit has the name as its code and no other unit has the name. Built from arrays,
     * without a map of a million entries first.
     */
    static ByteKeys unitKeys(JurisdictionTree tree) {
        String[] texts = new String[tree.size() * 2];
        int[] values = new int[texts.length];
        int count = 0;
        for (int u = 0; u < tree.size(); u++) {
            String code = tree.unit(u).code();
            if (tree.find(code).orElse(-1) == u) {
                texts[count] = code;
                values[count++] = u;
            }
            String name = tree.unit(u).name();
            if (tree.find(name).isEmpty() && tree.findByName(name).orElse(-1) == u) {
                texts[count] = name;
                values[count++] = u;
            }
        }
        return ByteKeys.of(texts, values, count);
    }

    /** The code and labels of each constant of a coded enum that {@code parse} reads as it, to its ordinal. */
    static <E extends Enum<E> & Coded> ByteKeys codes(E[] values, Function<String, E> parse) {
        Map<String, Integer> keys = new HashMap<>();
        for (E e : values) {
            for (String key : java.util.List.of(e.code(), e.labelZh(), e.labelEn())) {
                if (!key.isEmpty() && parses(parse, key) == e) {
                    keys.put(key, e.ordinal());
                }
            }
        }
        return ByteKeys.of(keys);
    }

    private static <E> E parses(Function<String, E> parse, String key) {
        try {
            return parse.apply(key);
        } catch (IllegalArgumentException e) {
            return null;
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

    /** The number of rows the store will hold with {@code more} added, for making room. */
    static int room(int size, long more) {
        return (int) Math.min(Integer.MAX_VALUE - 16, size + more);
    }

    /** The columns of a chunk's rows that every kind has — the id — and its cache of dates; each kind adds its own. */
    static class Batch {
        final int[] idHash;
        final int[] idStart;
        final int[] idEnd;
        final PlainFields.Dates dates = new PlainFields.Dates();
        /** The second of the day of the last {@link Rows#dayTime}, -1 without a time: scratch of the parsing thread. */
        int second;

        Batch(int n) {
            idHash = new int[n];
            idStart = new int[n];
            idEnd = new int[n];
        }
    }

    /** The rows of one file: where its id is, its window of dates, its totals and which ids may repeat. */
    abstract class Rows implements PlainCsv.Rows {
        private final int id;
        private final long firstDay;
        private final long lastDay;
        final RowContext context;
        private final PlainScan.Ids ids;
        /** Whether a field of the file is quoted, and so may hold a doubled quote. */
        private final boolean quoted;

        Rows(int idPosition, RowContext context, PlainScan.Ids ids) {
            this.id = idPosition;
            this.firstDay = context.firstDay();
            this.lastDay = context.lastDay();
            this.context = context;
            this.ids = ids;
            this.quoted = ids.quoted();
        }

        /**
         * Notes the row's id in slot {@code k}; false when it is not printable ASCII, or holds a
         * quote: doubled in the file ({@code "I""1"}), so its bytes are not its text.
         */
        final boolean id(byte[] b, int[] s, int[] e, Batch t, int k) {
            long hash = PlainFields.idHash(b, s[id], e[id]);
            if (hash == PlainFields.NOT_PLAIN || quoted && PlainFields.hasQuote(b, s[id], e[id])) {
                return false;
            }
            t.idHash[k] = (int) hash;
            t.idStart[k] = s[id];
            t.idEnd[k] = e[id];
            return true;
        }

        /** The epoch day of the date in field {@code position}, or {@link PlainFields#NOT_PLAIN} when it is not a plain date in the window. */
        final long day(byte[] b, int[] s, int[] e, int position, Batch t) {
            long day = t.dates.date(b, s[position], e[position]);
            return day != PlainFields.NOT_PLAIN && day >= firstDay && day <= lastDay ? day : PlainFields.NOT_PLAIN;
        }

        /**
         * {@link #day} of a date, or of a date with a time of day in any form the general path
         * reads ({@link PlainFields#dateTime}: {@code 2024-03-18 14:05}, {@code 2022/8/31 9:05:00},
         * {@code 2024年3月18日14时05分}), whose second of the day it leaves in {@code t.second}
         * (-1 without a time).
         */
        final long dayTime(byte[] b, int[] s, int[] e, int position, Batch t) {
            int from = s[position];
            int to = e[position];
            t.second = -1;
            if (to - from == 10) {
                return day(b, s, e, position, t);   // the common case: a date alone, looked up in the cache
            }
            long dateTime = PlainFields.dateTime(b, from, to, t.dates);
            if (dateTime == PlainFields.NOT_PLAIN) {
                return PlainFields.NOT_PLAIN;
            }
            long day = PlainFields.day(dateTime);
            if (day < firstDay || day > lastDay) {
                return PlainFields.NOT_PLAIN;
            }
            t.second = PlainFields.second(dateTime);
            return day;
        }

        /**
         * Whether the id of slot {@code k} is first seen on {@code line}, when it is one that may
         * repeat; any other id is unique in the file and is neither looked up nor kept.
         */
        final boolean unique(byte[] b, Batch t, int k, long line) {
            int s = t.idStart[k];
            int e = t.idEnd[k];
            return !ids.any() || !ids.mayRepeat(PlainScan.idHash(b, s, e)) || seen.putIfAbsent(b, s, e, t.idHash[k], line) == 0;
        }
    }
}
