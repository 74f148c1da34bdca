package org.communitysafety.core.io;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The row (or file) is rejected. */
    ERROR,
    /** Reported, but nothing is rejected: an unknown column, a suspicious figure. */
    WARNING,
    /** A note that is neither: which encoding was detected for a file. */
    INFO
}
