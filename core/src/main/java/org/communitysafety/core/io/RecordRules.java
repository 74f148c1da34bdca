package org.communitysafety.core.io;

import java.time.LocalDate;
import java.util.function.Function;
import org.communitysafety.core.aggregate.IncidentStore;

/**
 * The row rules the record files (incidents, disputes, outreach) share: ids unique within a
 * file, a coded value parsed with its message, and one date not before another and not further
 * after it than a column store holds. Stateless; package-private.
 */
final class RecordRules {
    /** The most days a column store holds between two dates of one record (16 bits, one value reserved). */
    static final long MAX_DELAY = IncidentStore.NOT_CLEARED - 1;

    private RecordRules() {}

    /** Checks a record's id for uniqueness within its file. */
    static boolean uniqueId(RowContext row, int column, String id, IdIndex seen) {
        long first = seen.putIfAbsent(id, row.line());
        if (first != 0) {
            row.error(column, id, "duplicate id " + id + ", first used on line " + first);
            return false;
        }
        return true;
    }

    static void notBefore(RowContext row, int column, LocalDate date, String earlierName,
            LocalDate earlier) {
        if (date != null && date.isBefore(earlier)) {
            row.error(column, row.raw(column), row.name(column) + " " + date + " is before " + earlierName + " "
                    + earlier);
        }
    }

    /**
     * {@link #notBefore}, and not more than {@link #MAX_DELAY} days later either: the column
     * stores hold the delay in 16 bits.
     */
    static void notBeforeNorTooLate(RowContext row, int column, LocalDate date, String earlierName,
            LocalDate earlier) {
        notBefore(row, column, date, earlierName, earlier);
        if (date != null && date.toEpochDay() - earlier.toEpochDay() > MAX_DELAY) {
            row.error(column, row.raw(column), row.name(column) + " " + date + " is more than " + MAX_DELAY
                    + " days after " + earlierName + " " + earlier);
        }
    }

    /**
     * The last checks of a record row: its id is unique in the file (checked only when the
     * row is otherwise sound, so that a bad row does not claim an id) and its unit is known.
     */
    static boolean acceptable(RowContext row, int idColumn, String id, IdIndex seen, int unitIndex) {
        if (id != null && !row.hasErrors()) {
            uniqueId(row, idColumn, id, seen);
        }
        return !row.hasErrors() && unitIndex >= 0;
    }

    static <E> E parseCoded(RowContext row, int column, Function<String, E> parse) {
        String text = row.required(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            row.error(column, text, e.getMessage());
            return null;
        }
    }
}
