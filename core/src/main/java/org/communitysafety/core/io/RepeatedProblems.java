package org.communitysafety.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reports a row problem that repeats — the same column, value and reason on many rows of one
 * file, such as an unknown category in every row of an export — once, at its first row, with
 * the number of rows and their first lines: {@code unknown category 两抢 (1,204 rows; lines 5,
 * 9, 12, 30, 41, …)}. A problem on one row only is reported as it is. The rejected rows keep
 * each its own reasons. One entry per distinct problem; confined to one {@link TableReader}.
 * Package-private.
 */
final class RepeatedProblems {
    /** How many lines a repeated problem lists. */
    static final int LINES = 5;

    private record Key(Severity severity, Optional<String> column, String value, String reason) {}

    private static final class Seen {
        final int index;
        final Problem first;
        final long[] lines = new long[LINES];
        long count;

        Seen(int index, Problem first) {
            this.index = index;
            this.first = first;
            lines[0] = first.line();
            count = 1;
        }
    }

    private final List<Problem> problems;
    private final Map<Key, Seen> seen = new HashMap<>();

    /** @param problems the books the problems go to; append-only while a file is read */
    RepeatedProblems(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Whether {@code p} repeats a row problem already booked, which then counts it; otherwise
     * it is remembered as the next problem of the books, and the caller books it.
     */
    boolean repeated(Problem p) {
        if (p.line() == 0 || p.severity() == Severity.INFO) {
            return false;
        }
        Key key = new Key(p.severity(), p.column(), p.value(), p.reason());
        Seen s = seen.get(key);
        if (s == null) {
            seen.put(key, new Seen(problems.size(), p));
            return false;
        }
        if (s.count < LINES) {
            s.lines[(int) s.count] = p.line();
        }
        s.count++;
        return true;
    }

    /** Rewrites each repeated problem, at its first row, with its count and first lines; forgets the file. */
    void close() {
        for (Seen s : seen.values()) {
            if (s.count > 1) {
                Problem p = s.first;
                problems.set(s.index, new Problem(p.file(), p.line(), p.column(), p.value(),
                        p.reason() + " " + occurrences(s.count, s.lines), p.severity()));
            }
        }
        seen.clear();
    }

    /** {@code (1,204 rows; lines 5, 9, 12, 30, 41, …)}. */
    static String occurrences(long count, long[] lines) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "(%,d rows; lines ", count));
        for (int i = 0; i < Math.min(count, lines.length); i++) {
            s.append(i == 0 ? "" : ", ").append(lines[i]);
        }
        return s.append(count > lines.length ? ", …)" : ")").toString();
    }
}
