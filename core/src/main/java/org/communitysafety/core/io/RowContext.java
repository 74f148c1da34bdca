package org.communitysafety.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.io.FieldValues.Parsed;
import org.communitysafety.core.record.Money;

/**
 * One well-formed data row during validation: typed access to its cells by schema column, with
 * every problem recorded against the file, line and column. Reused from row to row; not
 * thread-safe. Package-private.
 *
 * <p>The typed getters return {@code null} inside this package for a cell that is absent or
 * bad (the problem is recorded); nothing here crosses the public API.
 */
final class RowContext {
    private final Schema schema;
    private final String file;
    private final int[] positions;
    private RowSource row;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final String lastDateSays;
    /**
     * The running total of each count and amount column over the file's rows, kept exact: every
     * value is 0 or more, so any sum an aggregation takes — a unit, a period, a parent's
     * population — is at most its column's total, and a total that fits a {@code long} means no
     * sum overflows. A value that would take it past {@code Long.MAX_VALUE} is a row error.
     */
    private final long[] totals;
    /** Dates repeat from row to row (ten years of records have 3,653 days): each distinct text is parsed once. */
    private final ParseCache<LocalDate> dates = new ParseCache<>(FieldValues::date);
    private final ParseCache<FieldValues.DateTime> dateTimes = new ParseCache<>(FieldValues::dateTime);

    /**
     * The largest count a cell may hold: more people than live in China, a typo rather than data.
     * Below {@code Integer.MAX_VALUE}, so the column stores' {@code int} counts hold any count read.
     */
    static final long MAX_COUNT = 2_000_000_000L;
    /** The largest amount a cell may hold, in fen: 10¹² yuan (一万亿元), far beyond any case. */
    static final long MAX_AMOUNT_FEN = 100_000_000_000_000L;

    /** Accepting every date (for tests and tables without dates). */
    RowContext(Schema schema, String file, int[] positions) {
        this(schema, file, positions, LocalDate.MIN, LocalDate.MAX, "");
    }

    /**
     * @param lastDateSays what to say after the last date, e.g. {@code " (one year from today)"}
     */
    RowContext(Schema schema, String file, int[] positions, LocalDate firstDate, LocalDate lastDate,
            String lastDateSays) {
        this.schema = schema;
        this.file = file;
        this.positions = positions;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.lastDateSays = lastDateSays;
        this.totals = new long[schema.columns.size()];
    }

    /** The context for {@code options}, whose window ends a year after today unless it says otherwise. */
    static RowContext of(Schema schema, String file, int[] positions, ReadOptions options) {
        return new RowContext(schema, file, positions, options.firstDate(), options.lastDateOn(LocalDate.now()),
                options.lastDate() == null ? " (one year from today)" : "");
    }

    /**
     * Whether {@code text} starts like a date of a year below 1000, {@code 0001-01-01}, which
     * {@link FieldValues#date} does not read: its {@code is not a date} then says the window.
     */
    private boolean belowYear1000(String text) {
        String t = text.strip();
        return firstDate != LocalDate.MIN && t.length() >= 5 && t.charAt(0) == '0' && Character.isDigit(t.charAt(1))
                && Character.isDigit(t.charAt(2)) && Character.isDigit(t.charAt(3))
                && "-/年.".indexOf(t.charAt(4)) >= 0;
    }

    /**
     * {@code day} when it is inside the window of plausible dates; else null, with the row error
     * {@code 5000-01-01 is after 2027-12-06, the last date accepted (one year from today); a
     * typo?} — a date outside it is far more likely a typo than a record, and would stretch every
     * period computed from the data.
     */
    private LocalDate inWindow(int column, LocalDate day) {
        if (day == null) {
            return null;
        }
        if (day.isAfter(lastDate)) {
            error(column, raw(column), raw(column).strip() + " is after " + lastDate + ", the last date accepted"
                    + lastDateSays + "; a typo?");
            return null;
        }
        if (day.isBefore(firstDate)) {
            error(column, raw(column), raw(column).strip() + " is before " + firstDate
                    + ", the first date accepted; a typo?");
            return null;
        }
        return day;
    }

    /** The first day of the window of plausible dates, as an epoch day. */
    long firstDay() {
        return firstDate.toEpochDay();
    }

    /** The last day of the window of plausible dates, as an epoch day. */
    long lastDay() {
        return lastDate.toEpochDay();
    }

    /**
     * Whether {@code value}, at most the column's limit, keeps the running total of
     * {@code column} exact — what {@link #count} and {@link #money} check of a cell read on the
     * general path; {@link #addToTotal} then adds it.
     */
    boolean totalHolds(int column, long value) {
        return totals[column] + value >= 0;
    }

    /** Adds a value {@link #totalHolds} allowed to the running total of {@code column}. */
    void addToTotal(int column, long value) {
        totals[column] += value;
    }

    void reset(RowSource row) {
        this.row = row;
        errors.clear();
        warnings.clear();
    }

    /** The row's fields exactly as read. */
    List<String> fields() {
        return row.fields();
    }

    long line() {
        return row.line();
    }

    String file() {
        return file;
    }

    List<Problem> errors() {
        return List.copyOf(errors);
    }

    List<Problem> warnings() {
        return warnings.isEmpty() ? List.of() : List.copyOf(warnings);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The raw text of a column, or "" when the header lacks it. */
    String raw(int column) {
        int p = positions[column];
        return p < 0 ? "" : row.field(p);
    }

    String name(int column) {
        return schema.columns.get(column).name();
    }

    void error(int column, String value, String reason) {
        errors.add(Problem.error(file, row.line(), name(column), value, reason));
    }

    void errorRow(String reason) {
        errors.add(Problem.error(file, row.line(), reason));
    }

    void warning(int column, String value, String reason) {
        warnings.add(Problem.warning(file, row.line(), name(column), value, reason));
    }

    /** The trimmed text of a required column; records "empty" and returns null when blank. */
    String required(int column) {
        String text = raw(column).strip();
        if (text.isEmpty()) {
            error(column, "", "a value is required");
            return null;
        }
        return text;
    }

    /**
     * The trimmed text of a required id column, as {@link #required}; an id holding a control
     * character (a NUL, say) or a byte-order mark (U+FEFF, left at the start of a line by joined
     * files) is an error naming the character and its position, never part of an id.
     */
    String id(int column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF') {
                error(column, text, String.format(java.util.Locale.ROOT,
                        "the id holds the invisible character U+%04X at position %d; ids are printable text",
                        (int) c, k + 1));
                return null;
            }
        }
        return text;
    }

    /** The trimmed text of an optional column; empty when blank. */
    Optional<String> optional(int column) {
        String text = raw(column).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private <T> T take(int column, Parsed<T> parsed, boolean required) {
        if (parsed.isOk()) {
            return parsed.value();
        }
        if (parsed.isBad()) {
            error(column, raw(column), parsed.reason());
        } else if (required) {
            error(column, "", "a value is required");
        }
        return null;
    }

    /**
     * A date in the window of plausible dates; a time of day after it is checked and dropped
     * ({@link FieldValues#dateTime}).
     */
    LocalDate date(int column, boolean required) {
        String text = raw(column);
        Parsed<LocalDate> day = dates.parse(text);
        if (day.isBad()) { // perhaps a date with a time: the common case, a plain date, pays nothing more
            Parsed<FieldValues.DateTime> parsed = FieldValues.dateTime(text);
            if (parsed.isBad() && belowYear1000(text)) {
                error(column, text, parsed.reason() + "; the dates accepted are " + firstDate + " to " + lastDate
                        + lastDateSays);
                return null;
            }
            FieldValues.DateTime at = take(column, parsed, required);
            return at == null ? null : inWindow(column, at.date());
        }
        return inWindow(column, take(column, day, required));
    }

    /** A date with the time of day it may give. */
    FieldValues.DateTime dateTime(int column, boolean required) {
        Parsed<FieldValues.DateTime> parsed = dateTimes.parse(raw(column));
        if (parsed.isBad() && belowYear1000(raw(column))) {
            error(column, raw(column), parsed.reason() + "; the dates accepted are " + firstDate + " to " + lastDate
                    + lastDateSays);
            return null;
        }
        FieldValues.DateTime at = take(column, parsed, required);
        return at == null || inWindow(column, at.date()) == null ? null : at;
    }

    /** A decimal of either sign when given; null when absent or bad. */
    Double signedDecimalOptional(int column) {
        return take(column, FieldValues.decimal(raw(column)), false);
    }

    /** A boolean, or {@code fallback} when the cell is empty; null when bad. */
    Boolean bool(int column, boolean fallback) {
        Parsed<Boolean> p = FieldValues.bool(raw(column));
        return p.isAbsent() ? Boolean.valueOf(fallback) : take(column, p, false);
    }

    Boolean boolRequired(int column) {
        return take(column, FieldValues.bool(raw(column)), true);
    }

    /** A count ≥ 0, or 0 when the cell is empty; null when bad. */
    Long count(int column) {
        Parsed<Long> p = FieldValues.nonNegativeLong(raw(column));
        return p.isAbsent() ? Long.valueOf(0) : bounded(column, take(column, p, false), MAX_COUNT, false);
    }

    /** A count ≥ 0 that must be present; null when absent or bad. */
    Long countRequired(int column) {
        return bounded(column, take(column, FieldValues.nonNegativeLong(raw(column)), true), MAX_COUNT, false);
    }

    /** A count ≥ 0 when given; null when absent (no problem) or bad (problem recorded). */
    Long countOptional(int column) {
        return bounded(column, take(column, FieldValues.nonNegativeLong(raw(column)), false), MAX_COUNT, false);
    }

    /** An amount, {@link Money#ZERO} when empty; null when bad. */
    Money money(int column) {
        Parsed<Long> p = FieldValues.amountFen(raw(column));
        if (p.isAbsent()) {
            return Money.ZERO;
        }
        Long fen = bounded(column, take(column, p, false), MAX_AMOUNT_FEN, true);
        return fen == null ? null : Money.ofFen(fen);
    }

    /**
     * {@code value} when it is at most {@code max} and the column's total over the file stays
     * exact; else null, with a row error naming the limit.
     */
    private Long bounded(int column, Long value, long max, boolean fen) {
        if (value == null) {
            return null;
        }
        if (value > max) {
            error(column, raw(column), raw(column).strip() + " is more than " + (fen
                    ? String.format(java.util.Locale.ROOT, "%,d yuan", max / 100)
                    : String.format(java.util.Locale.ROOT, "%,d", max)) + ", the most a cell may hold; a typo?");
            return null;
        }
        long total = totals[column] + value;
        if (total < 0) {
            error(column, raw(column), "the " + name(column) + " column of " + file + " adds up to more than "
                    + (fen ? String.format(java.util.Locale.ROOT, "%,d yuan", Long.MAX_VALUE / 100)
                            : String.format(java.util.Locale.ROOT, "%,d", Long.MAX_VALUE))
                    + " with this row, which no sum can hold exactly; a typo?");
            return null;
        }
        totals[column] = total;
        return value;
    }

    /** A decimal ≥ 0 when given; null when absent or bad. */
    Double decimalOptional(int column) {
        return take(column, FieldValues.nonNegativeDecimal(raw(column)), false);
    }

    /**
     * The last good parse of each of 8,192 hash buckets of texts: a hit costs a hash and an
     * {@code equals} over a short string instead of a parse. Only values that parsed are kept;
     * bad and absent texts are parsed every time, so their messages are made as before.
     */
    private static final class ParseCache<T> {
        private static final int SIZE = 8192;
        private final java.util.function.Function<String, Parsed<T>> parser;
        private final String[] keys = new String[SIZE];
        private final Object[] values = new Object[SIZE];

        ParseCache(java.util.function.Function<String, Parsed<T>> parser) {
            this.parser = parser;
        }

        @SuppressWarnings("unchecked")
        Parsed<T> parse(String text) {
            int h = text.hashCode();
            int i = (h ^ (h >>> 10)) & (SIZE - 1);
            if (text.equals(keys[i])) {
                return (Parsed<T>) values[i];
            }
            Parsed<T> parsed = parser.apply(text);
            if (parsed.isOk()) {
                keys[i] = text;
                values[i] = parsed;
            }
            return parsed;
        }
    }
}
