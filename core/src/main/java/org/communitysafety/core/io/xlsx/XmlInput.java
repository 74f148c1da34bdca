package org.communitysafety.core.io.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The bytes of a part for {@link SheetScanner}: a buffer over its stream that refills and grows
 * as a tag needs, with the prolog read first (the byte order mark and XML declaration, see
 * {@link XmlEncoding}) and the stream transcoded to UTF-8 when the part is in another encoding.
 * The fields are read and written directly by the subclasses, whose loops run over
 * {@code buf[pos, limit)}. Not thread-safe; package-private.
 */
abstract class XmlInput implements Closeable {
    static final int BUFFER = 1 << 16;
    /** The longest tag, and the largest the buffer grows to for one. */
    private static final int MAX_TAG = 1 << 24;

    private final InputStream source;
    private InputStream in;
    byte[] buf;
    int pos;
    int limit;
    private boolean eof;
    boolean prologRead;

    XmlInput(InputStream in, int size) {
        this.source = in;
        this.in = in;
        this.buf = new byte[Math.max(size, 1)];
    }

    /** The error for XML that ends before its elements do, saying where. */
    abstract IOException truncated();

    // ---- encoding --------------------------------------------------------------------------

    /**
     * Reads the byte order mark and the XML declaration, switching to transcoding when the part
     * is not UTF-8; called by the first {@link XmlTags#next}, or before it to check the part is XML.
     */
    final void prolog() throws IOException {
        if (prologRead) {
            return;
        }
        prologRead = true;
        while (limit - pos < 4 && more()) {
            // the first four bytes tell the encoding
        }
        int n = limit - pos;
        Charset cs;
        if (XmlEncoding.utf8Mark(buf, n)) {
            pos += 3;
            cs = null;
        } else {
            cs = XmlEncoding.utf16(buf, n);
            if (cs == null) {
                cs = XmlEncoding.transcodeFrom(declaredEncoding());
            }
        }
        if (cs != null) {
            transcode(cs);
        }
        int i = pos;
        while (true) {
            if (i >= limit) {
                int at = i - pos;
                if (!more()) {
                    throw new IOException(i == pos ? "the part is empty" : "the part holds no element");
                }
                i = pos + at;
                continue;
            }
            byte b = buf[i];
            if (b == '<') {
                return;
            }
            if (!space(b)) {
                throw new IOException("content is not allowed in prolog");
            }
            i++;
        }
    }

    /** The encoding of an XML declaration at the start, or null. */
    private String declaredEncoding() throws IOException {
        if (!startsWith(pos, "<?xml")) {
            return null;
        }
        int end;
        while ((end = XmlEncoding.declarationEnd(buf, pos, limit)) < 0 && limit - pos <= 4096 && more()) {
            // the declaration ends further on
        }
        return end < 0 ? null : XmlEncoding.declared(buf, pos, end);
    }

    private void transcode(Charset cs) {
        in = XmlEncoding.toUtf8(Arrays.copyOfRange(buf, pos, limit), in, cs);
        pos = 0;
        limit = 0;
        eof = false;
    }

    // ---- the buffer ------------------------------------------------------------------------

    /**
     * Reads more bytes behind those from {@link #pos}, moving them to the start of the buffer
     * (offsets into it are then stale) or growing it when they fill it; false at the end.
     */
    final boolean more() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            if (buf.length >= MAX_TAG) {
                throw new IOException("a tag or name longer than " + MAX_TAG + " bytes");
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_TAG, buf.length * 2));
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** Whether {@code n} bytes from {@link #pos} are in the buffer, reading as needed. */
    final boolean have(int n) throws IOException {
        while (limit - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    final boolean startsWith(int at, String s) {
        if (limit - at < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /** Moves past the next {@code end}, reading as needed. */
    final void skipPast(String end) throws IOException {
        byte first = (byte) end.charAt(0);
        while (true) {
            int i = pos;
            while (i + end.length() <= limit) {
                if (buf[i] == first && startsWith(i, end)) {
                    pos = i + end.length();
                    return;
                }
                i++;
            }
            pos = i;
            if (!more()) {
                throw truncated();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (in != source) {
                in.close();
            }
        } finally {
            source.close();
        }
    }
}
