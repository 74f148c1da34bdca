package org.communitysafety.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;
import java.util.Objects;

/** UTF-8 bytes for an {@code OutputStream}, gathered in a byte buffer. */
final class JsonByteOut extends JsonOut {
    private final OutputStream stream;
    private final byte[] buf;

    JsonByteOut(OutputStream stream) {
        this(Objects.requireNonNull(stream, "out"), new byte[1 << 16]);
    }

    private JsonByteOut(OutputStream stream, byte[] buf) {
        super(buf);
        this.stream = stream;
        this.buf = buf;
    }

    @Override
    Object copy(int from, int to) {
        return Arrays.copyOfRange(buf, from, to);
    }

    @Override
    void write(int len) throws IOException {
        stream.write(buf, 0, len);
    }

    @Override
    void flushSink() throws IOException {
        stream.flush();
    }

    @Override
    void ascii(char c) {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (byte) c;
    }

    @Override
    void ascii(String s) {
        int len = s.length();
        if (n + len > buf.length) {
            drain();
            if (len > buf.length) {
                text(s, 0, len);
                return;
            }
        }
        for (int i = 0; i < len; i++) {
            buf[n + i] = (byte) s.charAt(i);
        }
        n += len;
    }

    @Override
    void ascii(byte[] b, int len) {
        if (n + len > buf.length) {
            drain();
        }
        System.arraycopy(b, 0, buf, n, len);
        n += len;
    }

    @Override
    void text(String s, int from, int to) {
        byte[] b = buf;
        int p = n;
        for (int i = from; i < to; i++) {
            if (p > b.length - 4) {
                n = p;
                drain();
                p = 0;
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                n = p;
                throw new UncheckedIOException(new MalformedInputException(1));
            }
        }
        n = p;
    }
}
