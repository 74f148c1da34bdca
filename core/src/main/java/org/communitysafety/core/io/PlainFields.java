package org.communitysafety.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The field values of a plain row read straight from its UTF-8 bytes, without a {@code String}:
 * each parser accepts the spellings the interchange format and the exports we read write
 * ({@code 1150.00}, {@code 42}, {@code true}; dates and times in every form {@link FieldValues}
 * reads, as police-platform exports write them in several) and answers "not plain" for anything
 * else — spaces, other spellings, signs, leading zeros, too many digits — which then takes the
 * general path ({@link FieldValues}) and gets its message there. So for every text these accept,
 * the value is the one {@link FieldValues} gives. Stateless; package-private.
 */
final class PlainFields {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Not a plain value of the kind asked for. */
    static final long NOT_PLAIN = Long.MIN_VALUE;
    /** A boolean cell that is empty. */
    static final int EMPTY = 2;

    /** Days from 0000-01-01 to 1970-01-01 in the proleptic Gregorian calendar ({@code LocalDate}'s). */
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private PlainFields() {}

    /**
     * The epoch day of the date in {@code b[s, e)} in one of the forms {@link FieldValues#date}
     * reads — {@code 2024-03-18}, {@code 2024-3-8}, {@code 2024/3/8}, {@code 20240318},
     * {@code 2024年3月8日}: a year of four digits from 1000, a month and day of one or two —
     * as {@code LocalDate.toEpochDay()} gives it; {@link #NOT_PLAIN} for any other text or a day
     * that does not exist (2023-02-29).
     */
    static long date(byte[] b, int s, int e) {
        int n = e - s;
        int y;
        int m;
        int d;
        if (n == 10 && b[s + 4] == '-' && b[s + 7] == '-') {   // the common case first
            y = digits(b, s, 4);
            m = digits(b, s + 5, 2);
            d = digits(b, s + 8, 2);
        } else if (n == 8 && digits(b, s, 8) >= 0) {
            y = digits(b, s, 4);
            m = digits(b, s + 4, 2);
            d = digits(b, s + 6, 2);
        } else {
            if (n < 8) {
                return NOT_PLAIN;
            }
            y = digits(b, s, 4);
            int i;
            int sep2;
            int last;
            if (b[s + 4] == '-' || b[s + 4] == '/') {
                i = s + 5;
                sep2 = b[s + 4];
                last = -1;
            } else if (at(b, s + 4, e, NIAN)) {
                i = s + 4 + NIAN.length;
                sep2 = 1;
                last = 2;
            } else {
                return NOT_PLAIN;
            }
            int j = digitRun(b, i, e);
            if (j == i || j - i > 2 || j == e || !(sep2 == 1 ? at(b, j, e, YUE) : b[j] == sep2)) {
                return NOT_PLAIN;
            }
            m = digits(b, i, j - i);
            i = j + (sep2 == 1 ? YUE.length : 1);
            j = digitRun(b, i, e);
            if (j == i || j - i > 2) {
                return NOT_PLAIN;
            }
            d = digits(b, i, j - i);
            if (last < 0 ? j != e : j + RI.length != e || !at(b, j, e, RI)) {
                return NOT_PLAIN;
            }
        }
        if (y < 1000 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {   // FieldValues reads no year below 1000
            return NOT_PLAIN;
        }
        return epochDay(y, m, d);
    }

    /** 年, 月, 日 in UTF-8. */
    private static final byte[] NIAN = "年".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] YUE = "月".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] RI = "日".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Whether {@code b[k, e)} starts with {@code word}. */
    private static boolean at(byte[] b, int k, int e, byte[] word) {
        if (e - k < word.length) {
            return false;
        }
        for (int w = 0; w < word.length; w++) {
            if (b[k + w] != word[w]) {
                return false;
            }
        }
        return true;
    }

    /** The end of the run of ASCII digits from {@code b[i]}, at most {@code e}. */
    private static int digitRun(byte[] b, int i, int e) {
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * {@link #date} with the days of the last 4,096 distinct dates kept, keyed by their ten bytes:
     * ten years of records hold 3,653 days, so most dates are found instead of computed. For one
     * thread at a time.
     */
    static final class Dates {
        private static final int BITS = 12;
        private final long[] words = new long[1 << BITS];
        /** The last two bytes, with bit 16 set in a slot in use. */
        private final int[] tails = new int[1 << BITS];
        private final long[] days = new long[1 << BITS];

        long date(byte[] b, int s, int e) {
            if (e - s != 10) {
                return PlainFields.date(b, s, e);   // the other forms, rarer: computed each time
            }
            long w = (long) LONGS.get(b, s);
            int t = (b[s + 8] & 0xFF) << 8 | (b[s + 9] & 0xFF) | 0x10000;
            int i = (int) (((w ^ t) * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
            if (words[i] == w && tails[i] == t) {
                return days[i];
            }
            long day = PlainFields.date(b, s, e);
            if (day != NOT_PLAIN) {
                words[i] = w;
                tails[i] = t;
                days[i] = day;
            }
            return day;
        }
    }

    /**
     * The day and time of the date-time in {@code b[s, e)} as {@link FieldValues#dateTime} reads
     * it, packed: {@link #day} and {@link #second} take them apart; {@link #NOT_PLAIN} for any
     * text it does not read alike. The date is any form of {@link #date}; it ends after
     * {@code 日} or at the first space or {@code T}, as the general path splits it (a space or
     * {@code T} before a {@code 日} leaves the {@code 日} in the time, which then is not one).
     * The time — {@code 9:05}, {@code 14:05:30}, {@code 14:05:30.000} (the fraction dropped),
     * {@code 14时05分}, {@code 14点5分30秒}, see {@link #secondOfDay} — follows after a space or a
     * {@code T} and any more spaces, or right after {@code 日}. The general path also skips other
     * white space there (a tab, U+3000) and around the whole text: such a text is left to it, as is
     * a time of day that does not exist ({@code 24:00}), for its message. {@code dates}: a cache of
     * the days of dates, or null.
     */
    static long dateTime(byte[] b, int s, int e, Dates dates) {
        int split = s;
        while (split < e && b[split] != ' ' && b[split] != 'T' && !(b[split] == RI[0] && at(b, split, e, RI))) {
            split++;
        }
        boolean zh = split < e && b[split] == RI[0];
        if (zh) {
            split += RI.length;
        }
        long day = dates != null ? dates.date(b, s, split) : date(b, s, split);
        if (day == NOT_PLAIN) {
            return NOT_PLAIN;
        }
        if (split == e) {
            return day << SECOND_BITS;   // a date alone: second -1
        }
        int t = split;
        if (b[t] == ' ' || b[t] == 'T') {
            t++;
        }
        while (t < e && b[t] == ' ') {
            t++;
        }
        int second = secondOfDay(b, t, e);
        return second < 0 ? NOT_PLAIN : day << SECOND_BITS | (second + 1);
    }

    /** The bits of a packed {@link #dateTime} that hold its second of the day plus one (0: no time). */
    private static final int SECOND_BITS = 17;

    /** The epoch day of a packed {@link #dateTime}. */
    static long day(long dateTime) {
        return dateTime >> SECOND_BITS;
    }

    /** The second of the day of a packed {@link #dateTime}, -1 when it has no time. */
    static int second(long dateTime) {
        return (int) (dateTime & ((1 << SECOND_BITS) - 1)) - 1;
    }

    /** 时, 点, 分, 秒 in UTF-8. */
    private static final byte[] SHI = "时".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] DIAN = "点".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] FEN = "分".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] MIAO = "秒".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * The second of the day of the time in {@code b[s, e)} in a form {@link FieldValues#dateTime}
     * reads: {@code H:mm} or {@code H:mm:ss} (an hour of one or two digits, minutes and seconds of
     * two) with an optional fraction of a second, which is dropped; or {@code H时m分} with an
     * optional {@code s秒} ({@code 点} for {@code 时}; one or two digits each). Hours 0 to 23,
     * minutes and seconds 0 to 59; -1 for any other text.
     */
    static int secondOfDay(byte[] b, int s, int e) {
        int j = digitRun(b, s, e);
        if (j == s || j - s > 2 || j == e) {
            return -1;
        }
        int hour = digits(b, s, j - s);
        int minute;
        int second = 0;
        if (b[j] == ':') {
            int k = digitRun(b, j + 1, e);
            if (k - (j + 1) != 2) {
                return -1;
            }
            minute = digits(b, j + 1, 2);
            if (k < e) {
                int m = digitRun(b, k + 1, e);
                if (b[k] != ':' || m - (k + 1) != 2) {
                    return -1;
                }
                second = digits(b, k + 1, 2);
                if (m < e && (b[m] != '.' || m + 1 == e || digitRun(b, m + 1, e) != e)) {
                    return -1;
                }
            }
        } else if (at(b, j, e, SHI) || at(b, j, e, DIAN)) {   // both three bytes
            int i = j + SHI.length;
            int k = digitRun(b, i, e);
            if (k == i || k - i > 2 || !at(b, k, e, FEN)) {
                return -1;
            }
            minute = digits(b, i, k - i);
            i = k + FEN.length;
            if (i < e) {
                k = digitRun(b, i, e);
                if (k == i || k - i > 2 || k + MIAO.length != e || !at(b, k, e, MIAO)) {
                    return -1;
                }
                second = digits(b, i, k - i);
            }
        } else {
            return -1;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        return hour * 3600 + minute * 60 + second;
    }

    /**
     * Whether {@code b[s, e)} holds a quote: in a plain file only a doubled one inside a quoted
     * field, whose text then differs from its bytes — an id or key the fast path leaves to the
     * general path, which unquotes it.
     */
    static boolean hasQuote(byte[] b, int s, int e) {
        for (int k = s; k < e; k++) {
            if (b[k] == '"') {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code n} ASCII digits at {@code b[s]}, or -1 when one is not a digit. */
    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int k = s; k < s + n; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            v = v * 10 + digit;
        }
        return v;
    }

    private static boolean isLeap(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static int lengthOfMonth(int y, int m) {
        return m == 2 ? (isLeap(y) ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    }

    /** {@code LocalDate.of(y, m, d).toEpochDay()} for a year 0 to 9999, without the object. */
    static long epochDay(int y, int m, int d) {
        long total = 365L * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * m - 362) / 12 + d - 1;
        if (m > 2) {
            total--;
            if (!isLeap(y)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    /**
     * An amount in yuan, {@code 1150}, {@code 1150.5} or {@code 1150.00}: 1 to 15 digits without
     * a leading zero (but {@code 0} itself), then optionally a point and one or two digits; in
     * fen. {@link #NOT_PLAIN} otherwise, and for an empty cell, which the caller handles.
     */
    static long amountFen(byte[] b, int s, int e) {
        int point = s;
        long yuan = 0;
        while (point < e && b[point] != '.') {
            int digit = b[point] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_PLAIN;
            }
            yuan = yuan * 10 + digit;
            point++;
        }
        int n = point - s;
        if (n == 0 || n > 15 || (n > 1 && b[s] == '0')) {
            return NOT_PLAIN;
        }
        if (point == e) {
            return yuan * 100;
        }
        int decimals = e - point - 1;
        if (decimals < 1 || decimals > 2) {
            return NOT_PLAIN;
        }
        int fraction = digits(b, point + 1, decimals);
        if (fraction < 0) {
            return NOT_PLAIN;
        }
        return yuan * 100 + (decimals == 1 ? fraction * 10 : fraction);
    }

    /**
     * A count, 1 to 10 digits without a leading zero (but {@code 0} itself); {@link #NOT_PLAIN}
     * otherwise, and for an empty cell, which the caller handles.
     */
    static long count(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 0 || n > 10 || (n > 1 && b[s] == '0')) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (int k = s; k < e; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + digit;
        }
        return v;
    }

    /** 1 for {@code true}, 0 for {@code false}, {@link #EMPTY} for an empty cell, -1 for anything else. */
    static int bool(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 0) {
            return EMPTY;
        }
        if (n == 4 && b[s] == 't' && b[s + 1] == 'r' && b[s + 2] == 'u' && b[s + 3] == 'e') {
            return 1;
        }
        if (n == 5 && b[s] == 'f' && b[s + 1] == 'a' && b[s + 2] == 'l' && b[s + 3] == 's' && b[s + 4] == 'e') {
            return 0;
        }
        return -1;
    }

    /**
     * A 64-bit hash of {@code b[s, e)}, taken eight bytes at a time: for telling ids apart
     * ({@link PlainCsv#scan}) and for the look-ups of {@link ByteKeys}.
     */
    static long hash64(byte[] b, int s, int e) {
        long h = e - s;
        int k = s;
        for (; k + 8 <= e; k += 8) {
            h = (h ^ (long) LONGS.get(b, k)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (; k < e; k++) {
            tail = (tail << 8) | (b[k] & 0xFF);
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return h ^ (h >>> 29);
    }

    /**
     * {@code String.hashCode()} of the id in {@code b[s, e)} when it is 1 or more printable ASCII
     * characters ({@code !} to {@code ~}: no space, control character or byte-order mark, so
     * nothing to trim or object to); {@link #NOT_PLAIN} otherwise. The hash of a text of ASCII
     * bytes equals its string's, so {@link IdIndex} finds the same id either way.
     */
    static long idHash(byte[] b, int s, int e) {
        if (e == s) {
            return NOT_PLAIN;
        }
        int h = 0;
        for (int k = s; k < e; k++) {
            byte c = b[k];
            if (c < 0x21 || c > 0x7E) {
                return NOT_PLAIN;
            }
            h = 31 * h + c;
        }
        return h;
    }
}
