package org.communitysafety.core.io;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.aggregate.ColumnarDataset;

/**
 * The outcome of {@link DatasetReader#readColumnar}: the {@link ReadReport} always, and the
 * column stores when they could be loaded (the same rule as {@link ReadResult}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param report what was read, accepted and rejected, and why
 * @param data   the loaded stores, if any
 */
public record ColumnarReadResult(ReadReport report, Optional<ColumnarDataset> data)
        implements ReadOutcome<ColumnarDataset> {
    public ColumnarReadResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(data, "data");
    }

    /** The stores, if any: {@link #data()}. */
    @Override
    public Optional<ColumnarDataset> loaded() {
        return data;
    }
}
