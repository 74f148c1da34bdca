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
 * @param column   the column, when one is at fault
 * @param value    the offending value as read ({@code ""} when none)
 * @param reason   what is wrong, a phrase that usually quotes the value
 * @param severity whether the row is rejected, only warned about, or a note ({@link Severity#INFO})
 */
public record Problem(String file, long line, Optional<String> column, String value, String reason, Severity severity) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Check.notBlank(reason, "reason");
        Objects.requireNonNull(severity, "severity");
        Check.argument(line >= 0, "line must not be negative, got %d", line);
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
