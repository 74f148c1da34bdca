package org.communitysafety.core.io;

import java.util.Objects;

/**
 * Thrown by {@link ReadResult#orThrow()} when a data directory could not be loaded; carries the
 * full {@link ReadReport}. Its message lists the summary and the first problems.
 */
public final class InvalidDataException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient ReadReport report;

    public InvalidDataException(ReadReport report) {
        super("the data could not be loaded:\n" + Objects.requireNonNull(report, "report"));
        this.report = report;
    }

    /** Everything the reader found. */
    public ReadReport report() {
        return report;
    }
}
