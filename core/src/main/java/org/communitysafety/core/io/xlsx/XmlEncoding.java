package org.communitysafety.core.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encoding of a part, from its first bytes: a byte order mark, the shape of UTF-16 text, or
 * an XML declaration's {@code encoding}; and a stream that transcodes a part in another
 * encoding to the UTF-8 that {@link SheetScanner} reads. Static helpers over the bytes
 * {@link XmlInput#prolog} has read; package-private.
 */
final class XmlEncoding {
    private XmlEncoding() {
    }

    /** Whether the first {@code n} bytes of {@code b} start with UTF-8's byte order mark. */
    static boolean utf8Mark(byte[] b, int n) {
        return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * The UTF-16 the first {@code n} bytes of {@code b} are in, by a byte order mark (then
     * {@code UTF_16}, whose decoder reads and drops it) or by {@code <?} in either byte order;
     * null when they are not UTF-16.
     */
    static Charset utf16(byte[] b, int n) {
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        } else if (n >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        } else if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Where the {@code ?>} of the XML declaration at {@code from} is in {@code b}, before {@code limit}; or -1. */
    static int declarationEnd(byte[] b, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            if (b[i] == '?' && b[i + 1] == '>') {
                return i;
            }
        }
        return -1;
    }

    /** The {@code encoding} of the XML declaration in {@code b[from, end)}, or null. */
    static String declared(byte[] b, int from, int end) {
        String decl = new String(b, from, end - from, StandardCharsets.ISO_8859_1);
        int e = decl.indexOf("encoding");
        if (e < 0) {
            return null;
        }
        int i = e + "encoding".length();
        while (i < decl.length() && (decl.charAt(i) == '=' || Character.isWhitespace(decl.charAt(i)))) {
            i++;
        }
        if (i >= decl.length() || decl.charAt(i) != '"' && decl.charAt(i) != '\'') {
            return null;
        }
        int close = decl.indexOf(decl.charAt(i), i + 1);
        return close < 0 ? null : decl.substring(i + 1, close).strip();
    }

    /**
     * The charset to transcode from for a declared encoding, or null when there is none or it
     * is UTF-8 or ASCII, which are read as they are.
     *
     * @throws IOException when the JDK does not know the encoding
     */
    static Charset transcodeFrom(String declared) throws IOException {
        if (declared == null) {
            return null;
        }
        String e = declared.toUpperCase(Locale.ROOT);
        if (e.equals("UTF-8") || e.equals("UTF8") || e.equals("US-ASCII") || e.equals("ASCII")) {
            return null;
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalArgumentException x) {
            throw new IOException("the encoding " + declared + " is not supported");
        }
    }

    /** The bytes {@code read} then those of {@code rest}, in {@code cs}, as UTF-8. */
    static InputStream toUtf8(byte[] read, InputStream rest, Charset cs) {
        return new Utf8(new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(read), rest), cs));
    }

    /** A reader's characters as UTF-8 bytes. */
    private static final class Utf8 extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private byte[] bytes = new byte[0];
        private int at;
        private char held; // a high surrogate whose pair is in the next read

        Utf8(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (at >= bytes.length) {
                int start = 0;
                if (held != 0) {
                    chars[0] = held;
                    held = 0;
                    start = 1;
                }
                int n = reader.read(chars, start, chars.length - start);
                if (n < 0) {
                    if (start == 0) {
                        return -1;
                    }
                    n = 0;
                }
                int count = start + n;
                if (n > 0 && Character.isHighSurrogate(chars[count - 1])) {
                    held = chars[--count];
                }
                bytes = new String(chars, 0, count).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
