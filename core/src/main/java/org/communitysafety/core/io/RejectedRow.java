package org.communitysafety.core.io;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.communitysafety.core.lang.Check;

/**
 * A row that was read but not accepted, with the fields exactly as read and every reason.
 * Written out as {@code rejects.csv} by the command line, so nothing read is lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file     the file name
 * @param line     the physical line where the row starts
 * @param fields   the row's fields as read (possibly more or fewer than the header's)
 * @param problems the errors that rejected it, at least one
 */
public record RejectedRow(String file, long line, List<String> fields, List<Problem> problems) {
    public RejectedRow {
        Objects.requireNonNull(file, "file");
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
        Check.argument(!problems.isEmpty(), "a rejected row needs a reason");
    }

    /** The reasons, joined with {@code "; "}, each prefixed with its column when there is one. */
    public String reasons() {
        return problems.stream()
                .map(p -> p.column().map(c -> c + ": ").orElse("") + p.reason())
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return file + " line " + line + ": " + reasons();
    }
}
