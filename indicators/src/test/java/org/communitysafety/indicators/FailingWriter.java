package org.communitysafety.indicators;

import java.io.IOException;
import java.io.Writer;

/** A {@code Writer} whose every write fails with {@code IOException("disk full")}, as a full disk does: for the tests of what writers do then. */
public final class FailingWriter extends Writer {
    /** The message of every failure. */
    public static final String MESSAGE = "disk full";

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException(MESSAGE);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
