package org.communitysafety.core.io;

import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * What reading one file gave: rows read, accepted and rejected (read = accepted + rejected
 * always), and warnings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file     the file name, e.g. {@code incidents.csv}
 * @param present  whether the file exists (optional files may be absent)
 * @param rowsRead data rows read, not counting the header
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param warnings warnings about the file or its rows
 */
public record FileSummary(String file, boolean present, long rowsRead, long accepted, long rejected, long warnings) {
    public FileSummary {
        Objects.requireNonNull(file, "file");
        Check.argument(rowsRead == accepted + rejected,
                "%s: rows read (%d) must equal accepted (%d) + rejected (%d)", file, rowsRead, accepted, rejected);
        Check.argument(accepted >= 0 && rejected >= 0 && warnings >= 0, "%s: counts must not be negative", file);
    }

    /** A summary for an optional file that is not there. */
    public static FileSummary absent(String file) {
        return new FileSummary(file, false, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        if (!present) {
            return file + ": not present";
        }
        return String.format(java.util.Locale.ROOT, "%s: %d rows read, %d accepted, %d rejected%s", file, rowsRead,
                accepted, rejected, warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
}
