package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner for a worksheet part, over the inflated bytes in its own buffer: the subset of
 * XML a sheet uses, several times faster than the JDK's StAX scanner, which spent most of the
 * time of reading an {@code .xlsx}. It reports start and end tags as StAX does (a self-closing
 * element is a start then an end), matches names on the local name after any prefix, skips text,
 * comments, processing instructions and CDATA between tags, and makes a {@code String} only for
 * what is asked for: an attribute's value, or the text of an element. Text is UTF-8; a part in
 * UTF-16 (by its byte order mark or its first bytes) or declared in another encoding is
 * transcoded to UTF-8 as it is read. A DOCTYPE is refused, as are entities other than XML's
 * five and character references. Malformed or truncated XML is an {@link IOException} saying
 * what is wrong. Not thread-safe; package-private ({@link SheetRows} reads with it).
 *
 * <p>In layers, so that the loops over the buffer read its fields directly: {@link XmlInput}
 * holds the bytes and reads the prolog ({@link XmlEncoding}), {@link XmlTags} reads the tags,
 * and this class reads attributes and text, decoded into an {@link XmlText}.
 */
final class SheetScanner extends XmlTags {
    /** The text being read. */
    private final XmlText text = new XmlText();

    SheetScanner(InputStream in) {
        this(in, BUFFER);
    }

    /** With a buffer of {@code size} bytes; tests use a tiny one to put its end everywhere. */
    SheetScanner(InputStream in, int size) {
        super(in, size);
    }

    // ---- attributes ------------------------------------------------------------------------

    int attributeCount() {
        return attrCount;
    }

    /** Attribute {@code a}'s local name when it is one byte (as {@code r}, {@code t}, {@code s}), else -1. */
    int attributeLetter(int a) {
        int from = attrs[4 * a];
        return attrs[4 * a + 1] - from == 1 ? buf[from] : -1;
    }

    /** The index of the current start tag's attribute by local name, or -1. */
    int attribute(byte[] name) {
        for (int a = 0; a < attrCount; a++) {
            if (same(attrs[4 * a], attrs[4 * a + 1], name)) {
                return a;
            }
        }
        return -1;
    }

    /** Attribute {@code a}'s value as XML gives it: references replaced, each white space a space. */
    String value(int a) throws IOException {
        int from = attrs[4 * a + 2];
        int to = attrs[4 * a + 3];
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            byte x = buf[i];
            plain = x > 0x20 && x != '&' || x == ' ';
        }
        if (plain) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        text.length = 0;
        int i = from;
        while (i < to) {
            byte x = buf[i];
            if (x == '&') {
                i = text.reference(buf, i, to);
            } else if (x == '\r') {
                text.append(' ');
                i += i + 1 < to && buf[i + 1] == '\n' ? 2 : 1;
            } else if (x == '\n' || x == '\t') {
                text.append(' ');
                i++;
            } else if (x >= 0) {
                text.append((char) x);
                i++;
            } else {
                i = text.decode(buf, i, to);
            }
        }
        return text.string();
    }

    /**
     * Whether attribute {@code a}'s value is a plain ASCII run of bytes (no reference, no
     * non-ASCII): then the readings below may work on the bytes.
     */
    private boolean plain(int a) {
        for (int i = attrs[4 * a + 2], to = attrs[4 * a + 3]; i < to; i++) {
            byte x = buf[i];
            if (x == '&' || x < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 0-based column of attribute {@code a}'s cell reference, as {@link SheetRows#columnOf}
     * gives it for the value.
     */
    int column(int a) throws IOException {
        if (!plain(a)) {
            return SheetRows.columnOf(value(a));
        }
        int c = 0;
        int from = attrs[4 * a + 2];
        int i = from;
        for (int to = attrs[4 * a + 3]; i < to; i++) {
            byte ch = buf[i];
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > SheetRows.MAX_COLUMN + 1) {
                return SheetRows.MAX_COLUMN + 1;
            }
        }
        return i == from ? -1 : c - 1;
    }

    /**
     * Attribute {@code a}'s value as a whole number, surrounded by white space or not, or
     * {@code otherwise} when it is none ({@code Long.parseLong} of the stripped value).
     */
    long number(int a, long otherwise) throws IOException {
        int i = attrs[4 * a + 2];
        int to = attrs[4 * a + 3];
        while (i < to && space(buf[i])) {
            i++;
        }
        while (to > i && space(buf[to - 1])) {
            to--;
        }
        if (to > i && to - i <= 18) {
            long n = 0;
            int j = i;
            for (; j < to; j++) {
                byte x = buf[j];
                if (x < '0' || x > '9') {
                    break;
                }
                n = n * 10 + (x - '0');
            }
            if (j == to) {
                return n;
            }
        }
        try {
            return Long.parseLong(value(a).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** How many bytes {@link #reference} copied, or -1. */
    int copied;

    /**
     * The 0-based column of attribute {@code a}'s cell reference, as {@link SheetRows#columnOf}
     * gives it for the value, its bytes copied to {@code to} as {@link #copy} does ({@link #copied}).
     */
    int reference(int a, byte[] to) throws IOException {
        int from = attrs[4 * a + 2];
        int n = attrs[4 * a + 3] - from;
        if (n > to.length) {
            copied = -1;
            return column(a);
        }
        byte[] b = buf;
        int c = 0;
        int letters = -1;
        for (int i = 0; i < n; i++) {
            byte x = b[from + i];
            if (x == '&' || x < 0x20) { // a reference, white space or non-ASCII: as value() gives it
                copied = x < 0 ? copy(a, to) : -1;
                return column(a);
            }
            to[i] = x;
            if (letters < 0) {
                if (x >= 'A' && x <= 'Z') {
                    c = c * 26 + (x - 'A' + 1);
                } else if (x >= 'a' && x <= 'z') {
                    c = c * 26 + (x - 'a' + 1);
                } else {
                    letters = i;
                }
                if (c > SheetRows.MAX_COLUMN + 1) {
                    c = SheetRows.MAX_COLUMN + 2;
                }
            }
        }
        copied = n;
        if (letters < 0) {
            letters = n;
        }
        return letters == 0 ? -1 : c - 1;
    }

    /**
     * The bytes of attribute {@code a}'s value copied to {@code to}, which are its UTF-8 when
     * they hold no reference nor white space other than spaces; their count, or -1 when they do
     * not fit or are not its UTF-8 ({@link #value} then gives it).
     */
    int copy(int a, byte[] to) {
        int from = attrs[4 * a + 2];
        int n = attrs[4 * a + 3] - from;
        if (n > to.length) {
            return -1;
        }
        for (int i = from; i < from + n; i++) {
            if (buf[i] == '&' || buf[i] >= 0 && buf[i] < 0x20) {
                return -1;
            }
        }
        System.arraycopy(buf, from, to, 0, n);
        return n;
    }

    /** Attribute {@code a}'s value when it is exactly {@code s} (ASCII). */
    boolean valueIs(int a, byte[] s) {
        return same(attrs[4 * a + 2], attrs[4 * a + 3], s);
    }

    /** The length in bytes of attribute {@code a}'s value as written. */
    int valueLength(int a) {
        return attrs[4 * a + 3] - attrs[4 * a + 2];
    }

    /** Byte {@code k} of attribute {@code a}'s value as written. */
    byte valueByte(int a, int k) {
        return buf[attrs[4 * a + 2] + k];
    }

    // ---- text ------------------------------------------------------------------------------

    /**
     * The text of the element whose start tag was just read as a number, when it is 1 to 18
     * digits without a leading zero (a shared string's index), leaving the scanner on its end
     * tag; else -1, the scanner where it was, for {@link #elementText}.
     */
    long elementIndex() throws IOException {
        if (pendingEnd) {
            return -1;
        }
        int i = pos;
        int l = Math.min(limit, pos + 18);
        byte[] b = buf;
        long n = 0;
        while (i < l) {
            byte x = b[i];
            if (x < '0' || x > '9') {
                break;
            }
            n = n * 10 + (x - '0');
            i++;
        }
        if (i == pos || i - pos > 1 && b[pos] == '0' || i + 1 >= limit || b[i] != '<' || b[i + 1] != '/') {
            return -1;
        }
        pos = i;
        next();
        return n;
    }

    /**
     * The text of the element whose start tag was just read, leaving the scanner on its end tag,
     * as StAX's {@code getElementText}: comments and processing instructions are left out, and a
     * child element is an error.
     */
    String elementText() throws IOException {
        if (pendingEnd) {
            next();
            return "";
        }
        // the common case: ASCII text up to the end tag, in the buffer
        int i = pos;
        int l = limit;
        byte[] b = buf;
        while (i < l) {
            byte x = b[i];
            if (x <= 0 || x == '<' || x == '&' || x == '\r') {
                break;
            }
            i++;
        }
        if (i + 1 < l && b[i] == '<' && b[i + 1] == '/') {
            String s = new String(b, pos, i - pos, StandardCharsets.ISO_8859_1);
            pos = i;
            next();
            return s;
        }
        text.length = 0;
        readText();
        if (next() != END) {
            throw new IOException("the element " + localName() + " where only text is expected");
        }
        return text.string();
    }

    /**
     * The text of the {@code <t>} elements below the element whose start tag was just read
     * (an inline string's {@code <is>}), leaving the scanner on its end tag; phonetic runs
     * ({@code <rPh>}) are left out. Exactly as {@link Parts#appendText} does with StAX.
     */
    String innerText() throws IOException {
        text.length = 0;
        int level = 1;
        int skipFrom = 0;
        boolean inT = false;
        while (level > 0) {
            if (inT) {
                readText();
            }
            int e = next();
            if (e == START) {
                level++;
                if (skipFrom == 0 && is(RPH)) {
                    skipFrom = level;
                } else if (skipFrom == 0 && is(T)) {
                    inT = true;
                }
            } else if (e == END) {
                if (level == skipFrom) {
                    skipFrom = 0;
                }
                inT = false;
                level--;
            } else {
                throw truncated();
            }
        }
        return text.string();
    }

    private static final byte[] RPH = {'r', 'P', 'h'};
    private static final byte[] T = {'t'};

    /**
     * Appends the character data from {@link #pos} to {@link #text} up to the next tag,
     * CDATA sections included, comments and processing instructions left out.
     */
    private void readText() throws IOException {
        if (pendingEnd) {
            return;
        }
        while (true) {
            if (pos >= limit && !more()) {
                throw truncated();
            }
            byte x = buf[pos];
            if (x == '<') {
                if (!have(2)) {
                    throw truncated();
                }
                byte c = buf[pos + 1];
                if (c == '?') {
                    pos += 2;
                    skipPast("?>");
                } else if (c == '!') {
                    have(9);
                    if (startsWith(pos, "<!--")) {
                        pos += 4;
                        skipPast("-->");
                    } else if (startsWith(pos, "<![CDATA[")) {
                        pos += 9;
                        cdata();
                    } else {
                        return; // markup() says what is wrong
                    }
                } else {
                    return;
                }
            } else if (x == '&') {
                int end = pos + 1;
                while (true) {
                    if (end >= limit) {
                        int at = end - pos;
                        if (!more()) {
                            throw truncated();
                        }
                        end = pos + at;
                        continue;
                    }
                    if (buf[end] == ';') {
                        break;
                    }
                    if (end - pos > 40) {
                        throw new IOException("an & that starts no reference");
                    }
                    end++;
                }
                pos = text.reference(buf, pos, end + 1);
            } else if (x == '\r') {
                if (!have(2)) {
                    pos++;
                    text.append('\n');
                } else {
                    pos += buf[pos + 1] == '\n' ? 2 : 1;
                    text.append('\n');
                }
            } else if (x >= 0) {
                int i = pos;
                int l = limit;
                byte[] b = buf;
                while (i < l) {
                    byte y = b[i];
                    if (y < 0 || y == '<' || y == '&' || y == '\r') {
                        break;
                    }
                    text.append((char) y);
                    i++;
                }
                pos = i;
            } else {
                int n = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 1;
                if (!have(n)) {
                    throw new IOException("invalid UTF-8 at the end of the part");
                }
                pos = text.decode(buf, pos, limit);
            }
        }
    }

    /** Appends a CDATA section's text from {@link #pos} up to and past its {@code ]]>}. */
    private void cdata() throws IOException {
        while (true) {
            if (!have(3)) {
                throw truncated();
            }
            byte x = buf[pos];
            if (x == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            if (x == '\r') {
                pos += buf[pos + 1] == '\n' ? 2 : 1;
                text.append('\n');
            } else if (x >= 0) {
                text.append((char) x);
                pos++;
            } else {
                int n = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 1;
                if (!have(n)) {
                    throw new IOException("invalid UTF-8 at the end of the part");
                }
                pos = text.decode(buf, pos, limit);
            }
        }
    }

}
