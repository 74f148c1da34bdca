package org.communitysafety.core.io.csv;

import java.io.IOException;

/**
 * A record that breaks the CSV quoting rules, thrown by {@link CsvParser#next(CsvRow)}.
 *
 * <p>The message reads {@code incidents.csv line 12: unclosed quoted field (opened on line
 * 10)}: the parser's source name, the physical line where the problem was found, and {@link
 * #reason()}. {@link #line()} is that line and {@link #recordLine()} the line where the broken
 * record starts. Whether parsing can go on after it is said in {@link CsvParser}.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final long line;
    private final long recordLine;
    private final String reason;

    CsvFormatException(String sourceName, long line, long recordLine, String reason) {
        super(sourceName + " line " + line + ": " + reason);
        this.sourceName = sourceName;
        this.line = line;
        this.recordLine = recordLine;
        this.reason = reason;
    }

    /** The name of the input, as given to the parser. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based physical line on which the problem was found. */
    public long line() {
        return line;
    }

    /** The 1-based physical line on which the broken record starts. */
    public long recordLine() {
        return recordLine;
    }

    /** What is wrong, without source and line, e.g. {@code unclosed quoted field (opened on line 10)}. */
    public String reason() {
        return reason;
    }
}
