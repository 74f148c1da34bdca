package org.communitysafety.spark;

import java.util.List;
import java.util.Optional;
import org.communitysafety.core.io.RowSource;

/**
 * A {@link RowSource} over rows already in memory, each with the line the reader reports it
 * at: a reference table shipped to the executors, or a partition of a DataFrame. Not
 * thread-safe; package-private.
 */
final class ListRowSource implements RowSource {
    private final List<String> header;
    private final java.util.Iterator<Line> rows;
    private Line current;

    /** A row and its line. */
    record Line(long line, List<String> fields) implements java.io.Serializable {}

    ListRowSource(List<String> header, java.util.Iterator<Line> rows) {
        this.header = List.copyOf(header);
        this.rows = rows;
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            current = null;
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public long line() {
        return current == null ? 1 : current.line();
    }

    @Override
    public List<String> fields() {
        return current.fields();
    }

    @Override
    public String field(int index) {
        return current.fields().get(index);
    }

    @Override
    public int fieldCount() {
        return current.fields().size();
    }

    @Override
    public Optional<String> rowError() {
        return Optional.empty();
    }

    @Override
    public void close() {}
}
