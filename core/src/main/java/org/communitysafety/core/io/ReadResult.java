package org.communitysafety.core.io;

import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.Dataset;

/**
 * The outcome of reading a data directory: the {@link ReadReport} always, and the data set when
 * one could be loaded — in strict mode only when there was no error; in lenient mode whenever
 * {@code jurisdictions.csv} gave at least one unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report  what was read, accepted and rejected, and why
 * @param dataset the loaded data, if any
 */
public record ReadResult(ReadReport report, Optional<Dataset> dataset) implements ReadOutcome<Dataset> {
    public ReadResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dataset, "dataset");
    }

    /** The data set, if any: {@link #dataset()}. */
    @Override
    public Optional<Dataset> loaded() {
        return dataset;
    }

    @Override
    public String toString() {
        return (dataset.map(Dataset::toString).orElse("no data loaded")) + "\n" + report;
    }
}
