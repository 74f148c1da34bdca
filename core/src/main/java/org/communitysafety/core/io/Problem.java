package org.communitysafety.core.io;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;

/**
 * One problem found in an input file: where it is (file, line, column), the value and why it
 * is a problem. Problems are data, not exceptions, so a user sees all of them at once.
 *
 * <p>{@link #toString()} reads like {@code incidents.csv line 1042, column cleared_on:
 * 2023-02-30 is not a date}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file     the file name, e.g. {@code incidents.csv}
 * @param line     the 1-based physical line where the row starts (the header is line 1);
 *                 0 when the problem concerns the file as a whole
 * @param column   the column, when one is at fault (a name of more than {@value #LONG_VALUE}
 *                 characters, an unknown header of 100,000 say, is kept by its start and length)
 * @param value    the offending value as read ({@code ""} when none)
 * @param reason   what is wrong, a phrase that usually quotes the value; a value of more than
 *                 {@value #LONG_VALUE} characters is quoted by its start and its length
 *                 ({@code 99999…9x (20,001 characters) is not an amount}), and a reason of more
 *                 than {@value #MAX_REASON} characters keeps its start and end around a note of
 *                 what was left out, so that a 4 MiB cell gives a line, not 4 MiB, in every report
 * @param severity whether the row is rejected, only warned about, or a note ({@link Severity#INFO})
 */
public record Problem(String file, long line, Optional<String> column, String value, String reason, Severity severity) {
    /** Values longer than this are quoted by their start and length in a reason. */
    public static final int LONG_VALUE = 80;
    /** Reasons longer than this keep their start and end only. */
    public static final int MAX_REASON = 1_000;

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Check.notBlank(reason, "reason");
        Objects.requireNonNull(severity, "severity");
        Check.argument(line >= 0, "line must not be negative, got %d", line);
        if (value.length() > LONG_VALUE && reason.length() > LONG_VALUE) {
            reason = reason.replace(value, abbreviate(value));
            String stripped = value.strip();
            if (stripped.length() > LONG_VALUE) {
                reason = reason.replace(stripped, abbreviate(stripped));
            }
        }
        if (column.isPresent() && column.get().length() > LONG_VALUE) {
            // a header cell of 100,000 characters names an unknown column
            String name = column.get();
            reason = reason.length() > LONG_VALUE ? reason.replace(name, abbreviate(name)) : reason;
            column = Optional.of(abbreviate(name));
        }
        if (reason.length() > MAX_REASON) {
            int head = MAX_REASON * 2 / 3;
            int tail = MAX_REASON / 4;
            reason = reason.substring(0, head) + String.format(java.util.Locale.ROOT, "… (%,d characters left out) …",
                    reason.length() - head - tail) + reason.substring(reason.length() - tail);
        }
    }

    /** {@code 99999999999999999999…9x (20,001 characters)}: a long value as a reason quotes it. */
    static String abbreviate(String value) {
        if (value.length() <= LONG_VALUE) {
            return value;
        }
        return value.substring(0, 40) + "…" + value.substring(value.length() - 2)
                + String.format(java.util.Locale.ROOT, " (%,d characters)", value.length());
    }

    /** An error in a cell. */
    public static Problem error(String file, long line, String column, String value, String reason) {
        return new Problem(file, line, Optional.of(column), value, reason, Severity.ERROR);
    }

    /** An error in a row as a whole, or the file as a whole when {@code line} is 0. */
    public static Problem error(String file, long line, String reason) {
        return new Problem(file, line, Optional.empty(), "", reason, Severity.ERROR);
    }

    /** A warning about a cell or column. */
    public static Problem warning(String file, long line, String column, String value, String reason) {
        return new Problem(file, line, Optional.of(column), value, reason, Severity.WARNING);
    }

    /** A warning about a row, or the file when {@code line} is 0. */
    public static Problem warning(String file, long line, String reason) {
        return new Problem(file, line, Optional.empty(), "", reason, Severity.WARNING);
    }

    /** A note about the file as a whole that is not a problem, e.g. {@code read as GB18030 (detected)}. */
    public static Problem info(String file, String reason) {
        return new Problem(file, 0, Optional.empty(), "", reason, Severity.INFO);
    }

    /** Whether the problem rejects its row. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where the problem is, e.g. {@code incidents.csv line 1042, column cleared_on}. */
    public String location() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        column.ifPresent(c -> s.append(line > 0 ? ", column " : " column ").append(c));
        return s.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + (severity == Severity.WARNING ? "warning: " : "") + reason;
    }
}
