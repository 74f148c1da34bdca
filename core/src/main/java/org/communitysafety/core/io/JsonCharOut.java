package org.communitysafety.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/** Text for a {@code Writer}, gathered in a char buffer. */
final class JsonCharOut extends JsonOut {
    private final Writer writer;
    private final char[] buf;

    JsonCharOut(Writer writer) {
        this(Objects.requireNonNull(writer, "out"), new char[8192]);
    }

    private JsonCharOut(Writer writer, char[] buf) {
        super(buf);
        this.writer = writer;
        this.buf = buf;
    }

    @Override
    Object copy(int from, int to) {
        return Arrays.copyOfRange(buf, from, to);
    }

    @Override
    void write(int len) throws IOException {
        writer.write(buf, 0, len);
    }

    @Override
    void flushSink() throws IOException {
        writer.flush();
    }

    @Override
    void ascii(char c) {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = c;
    }

    @Override
    void ascii(String s) {
        text(s, 0, s.length());
    }

    @Override
    void ascii(byte[] b, int len) {
        if (n + len > buf.length) {
            drain();
        }
        for (int i = 0; i < len; i++) {
            buf[n + i] = (char) b[i];
        }
        n += len;
    }

    @Override
    void text(String s, int from, int to) {
        while (from < to) {
            if (n == buf.length) {
                drain();
            }
            int k = Math.min(to - from, buf.length - n);
            s.getChars(from, from + k, buf, n);
            n += k;
            from += k;
        }
    }
}
