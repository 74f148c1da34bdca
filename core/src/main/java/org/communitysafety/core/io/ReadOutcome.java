package org.communitysafety.core.io;

import java.util.Optional;

/**
 * What a reading gave: the {@link ReadReport} always, and the loaded data when it could be
 * loaded — objects ({@link ReadResult}) or column stores ({@link ColumnarReadResult}), by the
 * same rule: in strict mode only when there was no error, in lenient mode whenever
 * {@code jurisdictions.csv} gave at least one unit. Implementations are immutable and thread-safe.
 *
 * @param <T> what is loaded
 */
public sealed interface ReadOutcome<T> permits ReadResult, ColumnarReadResult {
    /** What was read, accepted and rejected, and why. */
    ReadReport report();

    /** The loaded data, if any. */
    Optional<T> loaded();

    /**
     * The loaded data.
     *
     * @throws InvalidDataException listing the problems when nothing could be loaded
     */
    default T orThrow() {
        return loaded().orElseThrow(() -> new InvalidDataException(report()));
    }

    /** Whether there was no error. */
    default boolean isClean() {
        return report().isClean();
    }
}
