package org.communitysafety.core.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything reading a data directory found: a summary per file, every error and warning, and
 * every rejected row with its fields as read.
 *
 * <p>For every file, rows read = rows accepted + rows rejected. {@link #toString()} prints the
 * summary and the first problems; {@link #problems()} has all of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param files    one summary per file, in the order read
 * @param problems every error, warning and note, in the order found (file by file, line by line)
 * @param rejected every rejected row
 */
public record ReadReport(List<FileSummary> files, List<Problem> problems, List<RejectedRow> rejected) {
    private static final int SHOWN = 20;

    public ReadReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        rejected = List.copyOf(rejected);
    }

    /** Whether there is no error (warnings allowed). */
    public boolean isClean() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    /** The notes only, such as the encoding detected for a file; neither errors nor warnings. */
    public List<Problem> infos() {
        return problems.stream().filter(p -> p.severity() == Severity.INFO).toList();
    }

    /** The summary of the file with this name. */
    public FileSummary file(String name) {
        Objects.requireNonNull(name, "name");
        return files.stream().filter(f -> f.file().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + name + " was read; files: "
                        + files.stream().map(FileSummary::file).collect(Collectors.joining(", "))));
    }

    /** Data rows read in all files. */
    public long rowsRead() {
        return files.stream().mapToLong(FileSummary::rowsRead).sum();
    }

    /** Rows accepted in all files. */
    public long rowsAccepted() {
        return files.stream().mapToLong(FileSummary::accepted).sum();
    }

    /** Rows rejected in all files. */
    public long rowsRejected() {
        return files.stream().mapToLong(FileSummary::rejected).sum();
    }

    /** One line per file, and a total line, e.g. {@code total: 70512 rows read = 70500 accepted + 12 rejected}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        files.forEach(f -> s.append(f).append('\n'));
        s.append(String.format(Locale.ROOT, "total: %d rows read = %d accepted + %d rejected; %d errors, %d warnings",
                rowsRead(), rowsAccepted(), rowsRejected(), errors().size(), warnings().size()));
        return s.toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(summary());
        problems.stream().limit(SHOWN).forEach(p -> s.append('\n').append(p));
        if (problems.size() > SHOWN) {
            s.append("\n... and ").append(problems.size() - SHOWN).append(" more problems");
        }
        return s.toString();
    }
}
