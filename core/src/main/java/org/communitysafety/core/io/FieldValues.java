package org.communitysafety.core.io;

import static org.communitysafety.core.io.TextScan.digitRun;
import static org.communitysafety.core.io.TextScan.digits;
import static org.communitysafety.core.io.TextScan.end;
import static org.communitysafety.core.io.TextScan.isSpace;
import static org.communitysafety.core.io.TextScan.number;
import static org.communitysafety.core.io.TextScan.start;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Parsers for the text of one CSV cell: dates, booleans, counts, amounts of money and
 * decimals. Each returns a {@link Parsed}: a value ({@link Parsed.Ok}), nothing ({@link
 * Parsed.Absent}, for empty or blank text) or a reason the text is unusable ({@link
 * Parsed.Bad}). Bad data never throws, so a reader can check millions of cells cheaply and
 * reject rows with a message built from the reason:
 *
 * <pre>{@code
 * Parsed<LocalDate> cleared = FieldValues.date(row.field(7));
 * if (cleared.isBad()) {
 *     reject(file + " line " + row.line() + ", column cleared_on: " + cleared.reason());
 * } else if (cleared.isOk()) {
 *     use(cleared.value());
 * } // absent: allowed or not, the caller decides
 * }</pre>
 *
 * <p>Every parser ignores surrounding whitespace (including U+3000 and no-break spaces), and
 * every reason starts with the text as given without that whitespace, e.g. {@code 2023-02-30 is
 * not a date}. Only ASCII digits are digits. Stateless and thread-safe; the parsers scan the
 * characters by hand and allocate only the result (and, for decimals, the digits).
 */
public final class FieldValues {
    private static final String NEGATIVE = " is negative; it must be 0 or more";
    private static final String BOOLEAN_CHOICES = " is not a boolean (use true/false, 1/0, yes/no or 是/否)";
    private static final Parsed<Boolean> TRUE = new Parsed.Ok<>(Boolean.TRUE);
    private static final Parsed<Boolean> FALSE = new Parsed.Ok<>(Boolean.FALSE);

    private FieldValues() {}

    /**
     * The result of parsing one cell: exactly one of {@link Ok} (a value), {@link Absent}
     * (empty or blank text) and {@link Bad} (a reason for a message). Test with {@link
     * #isOk()}, {@link #isAbsent()} and {@link #isBad()}, or with {@code instanceof}.
     *
     * @param <T> the type of the value
     */
    public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Absent, Parsed.Bad {
        /**
         * The value.
         *
         * @throws IllegalStateException unless this is {@link Ok}
         */
        T value();

        /** Why the text is unusable, e.g. {@code 1.5 is not a whole number}; null unless {@link Bad}. */
        String reason();

        default boolean isOk() {
            return this instanceof Ok;
        }

        default boolean isAbsent() {
            return this instanceof Absent;
        }

        default boolean isBad() {
            return this instanceof Bad;
        }

        /** The value if this is {@link Ok}, otherwise {@code other}. */
        default T orElse(T other) {
            return this instanceof Ok<T> ok ? ok.value() : other;
        }

        /**
         * A value.
         *
         * @param value never null
         */
        record Ok<T>(T value) implements Parsed<T> {
            public Ok {
                Objects.requireNonNull(value, "value");
            }

            @Override
            public String reason() {
                return null;
            }
        }

        /** Empty or blank text: no value and nothing wrong. */
        record Absent<T>() implements Parsed<T> {
            @Override
            public T value() {
                throw new IllegalStateException("no value: the field is empty");
            }

            @Override
            public String reason() {
                return null;
            }
        }

        /**
         * Unusable text.
         *
         * @param reason starts with the text, e.g. {@code abc is not a whole number}
         */
        record Bad<T>(String reason) implements Parsed<T> {
            public Bad {
                Objects.requireNonNull(reason, "reason");
            }

            @Override
            public T value() {
                throw new IllegalStateException("no value: " + reason);
            }
        }
    }

    private static final Parsed.Absent<Object> ABSENT = new Parsed.Absent<>();

    @SuppressWarnings("unchecked")
    static <T> Parsed<T> absent() {
        return (Parsed<T>) ABSENT;
    }

    static <T> Parsed<T> bad(String text, int start, int end, String rest) {
        return new Parsed.Bad<>(text.substring(start, end) + rest);
    }

    // --- dates -------------------------------------------------------------------------

    /**
     * A date written {@code 2024-03-07}, {@code 2024/03/07}, {@code 2024/3/7}, {@code 20240307}
     * or {@code 2024年3月7日} (month and day with or without a leading zero, except in the
     * eight-digit form), year 1000 to 9999. Impossible dates such as {@code 2023-02-30} are
     * bad: {@code 2023-02-30 is not a date}.
     */
    public static Parsed<LocalDate> date(String text) {
        return DateTexts.date(text);
    }

    /**
     * A date as {@link #date(String)} reads it, with the time of day that may follow it — the
     * forms of exports and spreadsheets:
     *
     * <pre>
     *   2024-03-07 14:23        2024-03-07T14:23:05        2024/3/7 14:23:05
     *   20240307 14:23          2024-03-07 14:23:05.000    (Excel date-times reach us as this text)
     *   2024年3月7日14时23分      2024年3月7日 14时23分05秒     2024年3月7日14:23
     * </pre>
     *
     * A time is {@code H:mm} or {@code H:mm:ss} (an hour of one or two digits; a fraction of a
     * second is allowed and dropped) after a space or {@code T}, or {@code H时m分} with an
     * optional {@code s秒} ({@code 点} may stand for {@code 时}) after {@code 日}; hours 0–23,
     * minutes and seconds 0–59. A date alone is {@link DateTime#time() without a time} — none is
     * made up. Bad: {@code 2024-02-30 10:00 is not a date}, {@code 2024-03-07 24:61 is not a time
     * of day}.
     */
    public static Parsed<DateTime> dateTime(String text) {
        return DateTexts.dateTime(text);
    }

    /**
     * A date with the time of day it gives, if it gives one: what {@link #dateTime(String)}
     * reads. Immutable and thread-safe.
     *
     * @param date the day
     * @param time the time of day, to the second; empty when the text gave only a date
     */
    public record DateTime(LocalDate date, Optional<LocalTime> time) {
        public DateTime {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }

        /** A date without a time. */
        public static DateTime of(LocalDate date) {
            return new DateTime(date, Optional.empty());
        }

        /** A date with a time. */
        public static DateTime of(LocalDate date, LocalTime time) {
            return new DateTime(date, Optional.of(time));
        }

        /** The minute of the day, 0 to 1439, or -1 without a time. */
        public int minuteOfDay() {
            return time.map(t -> t.getHour() * 60 + t.getMinute()).orElse(-1);
        }

        /** {@code 2024-03-07}, {@code 2024-03-07 14:23} or {@code 2024-03-07 14:23:05}: read back by {@link #dateTime}. */
        @Override
        public String toString() {
            return time.map(t -> date + " " + timeText(t)).orElse(date.toString());
        }

        /** {@code 14:23}, or {@code 14:23:05} when the seconds are not 0. */
        public static String timeText(LocalTime t) {
            String hm = String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
            return t.getSecond() == 0 ? hm : hm + String.format(java.util.Locale.ROOT, ":%02d", t.getSecond());
        }
    }

    // --- booleans ----------------------------------------------------------------------

    /**
     * {@code true}, {@code false}, {@code 1}, {@code 0}, {@code yes}, {@code no}, {@code y},
     * {@code n}, {@code 是} or {@code 否}, in any case; otherwise bad: {@code maybe is not a
     * boolean (use true/false, 1/0, yes/no or 是/否)}.
     */
    public static Parsed<Boolean> bool(String text) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        int n = e - s;
        if (n == 1) {
            switch (text.charAt(s)) {
                case '1': case 'y': case 'Y': case '是':
                    return TRUE;
                case '0': case 'n': case 'N': case '否':
                    return FALSE;
                default:
                    return bad(text, s, e, BOOLEAN_CHOICES);
            }
        }
        if (n == 4 && text.startsWith("true", s)) { // the common spellings first, without case folding
            return TRUE;
        }
        if (n == 5 && text.startsWith("false", s)) {
            return FALSE;
        }
        if (is(text, s, n, "true") || is(text, s, n, "yes")) {
            return TRUE;
        }
        if (is(text, s, n, "false") || is(text, s, n, "no")) {
            return FALSE;
        }
        return bad(text, s, e, BOOLEAN_CHOICES);
    }

    private static boolean is(String text, int s, int n, String word) {
        return n == word.length() && text.regionMatches(true, s, word, 0, n);
    }

    // --- whole numbers -----------------------------------------------------------------

    /**
     * A whole number 0 or more, such as {@code 42} or {@code +42}; {@code 3.0} (as spreadsheets
     * and pandas write counts) is 3. Bad: {@code abc is not a whole number}, {@code 1.5 is not a
     * whole number}, {@code -3 is negative; it must be 0 or more}, {@code 1,000 is not a whole
     * number (no thousands separators: write 1000)}, {@code 9223372036854775808 is too large
     * (the maximum is 9223372036854775807)}.
     */
    public static Parsed<Long> nonNegativeLong(String text) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        int digitsStart = afterSign(text, s);
        int i = digitsStart;
        long value = 0;
        boolean overflow = false;
        while (i < e) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (!overflow) {
                if (value > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + d;
                }
            }
            i++;
        }
        if (i == digitsStart) {
            return bad(text, s, e, " is not a whole number");
        }
        if (i < e) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < e && digits(text, i + 1, e)) {
                if (!zeros(text, i + 1, e)) {
                    return bad(text, s, e, " is not a whole number");
                }
            } else if (c == ',' && groupedThousands(text, digitsStart, e, false)) {
                return bad(text, s, e, " is not a whole number (no thousands separators: write "
                        + withoutCommas(text, digitsStart, e) + ")");
            } else {
                return bad(text, s, e, " is not a whole number");
            }
        }
        if (minusBeforeNonZero(text, s, value == 0 && !overflow)) {
            return bad(text, s, e, NEGATIVE);
        }
        if (overflow) {
            return bad(text, s, e, " is too large (the maximum is " + Long.MAX_VALUE + ")");
        }
        return new Parsed.Ok<>(value);
    }

    // --- money -------------------------------------------------------------------------

    /**
     * An amount in yuan, 0 or more, with at most two decimal places (further zeros are
     * allowed: {@code 12.340}), as a whole number of fen: {@code 12} is 1200, {@code 12.5} is
     * 1250, {@code 0.01} is 1. Exact: no floating point. Bad: {@code 12.345 has more than 2
     * decimal places}, {@code -5 is negative; it must be 0 or more}, {@code abc is not an
     * amount in yuan}, {@code 1,000 is not an amount in yuan (no thousands separators: write
     * 1000)}, and {@code ... is too large} beyond {@code Long.MAX_VALUE} fen.
     */
    public static Parsed<Long> amountFen(String text) {
        return nonNegativeDecimal(text, " is not an amount in yuan", FieldValues::fen);
    }

    private static Parsed<Long> fen(String text, int s, int e, DecimalText d) {
        if (d.fracEnd() - d.fracStart() > 2 && !zeros(text, d.fracStart() + 2, d.fracEnd())) {
            return bad(text, s, e, " has more than 2 decimal places");
        }
        long fen = 0;
        boolean overflow = false;
        for (int k = d.intStart(); k < d.intEnd() + 2 && !overflow; k++) {
            int digit;
            if (k < d.intEnd()) {
                digit = text.charAt(k) - '0';
            } else {
                int f = d.fracStart() + (k - d.intEnd());
                digit = f < d.fracEnd() ? text.charAt(f) - '0' : 0;
            }
            if (fen > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                fen = fen * 10 + digit;
            }
        }
        if (overflow) {
            return bad(text, s, e, " is too large (the maximum is 92233720368547758.07)");
        }
        return new Parsed.Ok<>(fen);
    }

    // --- decimals ----------------------------------------------------------------------

    /**
     * A decimal number 0 or more such as {@code 4.7} or {@code 12} (an area in km², say), as
     * the nearest {@code double}. Exponents, {@code NaN} and {@code Infinity} are not accepted.
     * Bad: {@code abc is not a number}, {@code -4.7 is negative; it must be 0 or more}, {@code
     * 1,000.5 is not a number (no thousands separators: write 1000.5)}.
     */
    public static Parsed<Double> nonNegativeDecimal(String text) {
        return nonNegativeDecimal(text, " is not a number", FieldValues::nearestDouble);
    }

    /**
     * A decimal number of either sign such as {@code -33.8688} or {@code 120.1551} (a latitude or
     * longitude, say), as the nearest {@code double}; no exponents, {@code NaN} or
     * {@code Infinity}. Bad: {@code abc is not a number}, {@code 1,000.5 is not a number (no
     * thousands separators: write 1000.5)}.
     */
    public static Parsed<Double> decimal(String text) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        boolean negative = text.charAt(s) == '-';
        String unsigned = negative ? text.substring(s + 1, e) : text.substring(s, e);
        if (negative && (unsigned.isEmpty() || unsigned.charAt(0) == '+' || unsigned.charAt(0) == '-'
                || isSpace(unsigned.charAt(0)))) {
            return bad(text, s, e, " is not a number");
        }
        Parsed<Double> p = nonNegativeDecimal(unsigned);
        if (p.isBad()) {
            String rest = p.reason().substring(unsigned.length());
            return bad(text, s, e, negative ? rest.replace("write ", "write -") : rest);
        }
        return p.isOk() && negative ? new Parsed.Ok<>(-p.value()) : p;
    }

    private static Parsed<Double> nearestDouble(String text, int s, int e, DecimalText d) {
        double value = Double.parseDouble(text.substring(d.intStart(), e));
        if (Double.isInfinite(value)) {
            return bad(text, s, e, " is too large");
        }
        return new Parsed.Ok<>(value);
    }

    /**
     * Where the digits of a decimal {@code [+]digits[.digits]} lie in a text: the integer part
     * is {@code [intStart, intEnd)}, the fraction {@code [fracStart, fracEnd)} (empty when there
     * is none).
     */
    private record DecimalText(int intStart, int intEnd, int fracStart, int fracEnd) {}

    /** Turns the digits of a decimal found in {@code text[s, e)} into a value, or says why not. */
    private interface DecimalValue<T> {
        Parsed<T> of(String text, int s, int e, DecimalText digits);
    }

    /**
     * Scans {@code text} as a decimal 0 or more and hands its {@link DecimalText} to
     * {@code value}: absent when blank, else {@link Parsed.Bad} whose reason ends with
     * {@code notA} (" is not a number"), or says the value is negative, or that thousands
     * separators are not allowed.
     */
    private static <T> Parsed<T> nonNegativeDecimal(String text, String notA, DecimalValue<T> value) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        int intStart = afterSign(text, s);
        int intEnd = digitRun(text, intStart, e);
        if (intEnd == intStart) {
            return bad(text, s, e, notA);
        }
        int fracStart = intEnd;
        int fracEnd = intEnd;
        if (intEnd < e) {
            char c = text.charAt(intEnd);
            if (c == '.' && intEnd + 1 < e && digits(text, intEnd + 1, e)) {
                fracStart = intEnd + 1;
                fracEnd = e;
            } else if (c == ',' && groupedThousands(text, intStart, e, true)) {
                return bad(text, s, e, notA + " (no thousands separators: write " + withoutCommas(text, intStart, e)
                        + ")");
            } else {
                return bad(text, s, e, notA);
            }
        }
        if (minusBeforeNonZero(text, s, zeros(text, intStart, intEnd) && zeros(text, fracStart, fracEnd))) {
            return bad(text, s, e, NEGATIVE);
        }
        return value.of(text, s, e, new DecimalText(intStart, intEnd, fracStart, fracEnd));
    }

    /**
     * Whether a number starting at {@code s} is below 0: it has a minus sign and is not zero
     * ({@code -0} and {@code -0.00} are 0, which is allowed).
     */
    private static boolean minusBeforeNonZero(String text, int s, boolean zero) {
        return text.charAt(s) == '-' && !zero;
    }

    /** Past an optional {@code +} or {@code -} at {@code i}: the number's own first character. */
    private static int afterSign(String text, int i) {
        char c = text.charAt(i);
        return c == '-' || c == '+' ? i + 1 : i;
    }

    private static boolean zeros(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[from, to)} is 1–3 digits, then groups of a comma and 3 digits, then
     * optionally (if {@code fraction}) a point and digits: {@code 1,000} or {@code 12,345.67}.
     */
    private static boolean groupedThousands(String text, int from, int to, boolean fraction) {
        int i = digitRun(text, from, to);
        if (i == from || i - from > 3) {
            return false;
        }
        int groups = 0;
        while (i < to && text.charAt(i) == ',') {
            int j = digitRun(text, i + 1, to);
            if (j - (i + 1) != 3) {
                return false;
            }
            groups++;
            i = j;
        }
        if (groups == 0) {
            return false;
        }
        if (i == to) {
            return true;
        }
        return fraction && text.charAt(i) == '.' && i + 1 < to && digits(text, i + 1, to);
    }

    private static String withoutCommas(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ',') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
