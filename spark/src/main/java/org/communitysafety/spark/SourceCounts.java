package org.communitysafety.spark;

/**
 * The rows of one source: read, accepted and rejected, with {@code read == accepted +
 * rejected} always (checked here), as the core reader counts a file. Immutable.
 *
 * @param source   {@code incidents}, {@code disputes} or {@code outreach}
 * @param read     the rows of the input DataFrame
 * @param accepted the rows aggregated
 * @param rejected the rows returned in the rejects, with their reasons
 */
public record SourceCounts(String source, long read, long accepted, long rejected) {
    public SourceCounts {
        java.util.Objects.requireNonNull(source, "source");
        if (read != accepted + rejected) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: %d rows read must be %d accepted + %d rejected", source, read, accepted, rejected));
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %,d rows read, %,d accepted, %,d rejected", source, read,
                accepted, rejected);
    }
}
