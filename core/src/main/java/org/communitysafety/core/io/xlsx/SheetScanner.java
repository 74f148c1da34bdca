package org.communitysafety.core.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

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
 */
final class SheetScanner implements Closeable {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;

    static final int BUFFER = 1 << 16;
    /** The longest tag, and the largest the buffer grows to for one. */
    private static final int MAX_TAG = 1 << 24;

    private final InputStream source;
    private InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean prologRead;

    // the current tag: its qualified name and where its local name starts, in buf
    private int event;
    private int nameStart;
    private int localStart;
    private int nameEnd;
    private boolean empty;
    private boolean pendingEnd;
    private boolean rootSeen;

    // the names of the open elements, for matching end tags
    private byte[] stack = new byte[256];
    private int[] stackEnds = new int[32];
    private int depth;

    // the current start tag's attributes: local name and value, offsets in buf
    private int attrCount;
    private int[] attrs = new int[4 * 8];

    // text being read
    private char[] text = new char[256];
    private int textLength;

    SheetScanner(InputStream in) {
        this(in, BUFFER);
    }

    /** With a buffer of {@code size} bytes; tests use a tiny one to put its end everywhere. */
    SheetScanner(InputStream in, int size) {
        this.source = in;
        this.in = in;
        this.buf = new byte[Math.max(size, 1)];
    }

    // ---- encoding --------------------------------------------------------------------------

    /**
     * Reads the byte order mark and the XML declaration, switching to transcoding when the part
     * is not UTF-8; called by the first {@link #next}, or before it to check the part is XML.
     */
    void prolog() throws IOException {
        if (prologRead) {
            return;
        }
        prologRead = true;
        while (limit - pos < 4 && more()) {
            // the first four bytes tell the encoding
        }
        int n = limit - pos;
        if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos += 3;
        } else if (n >= 2 && ((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF
                || (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE)) {
            transcode(StandardCharsets.UTF_16); // reads and drops the byte order mark
        } else if (n >= 4 && buf[0] == 0 && buf[1] == '<' && buf[2] == 0 && buf[3] == '?') {
            transcode(StandardCharsets.UTF_16BE);
        } else if (n >= 4 && buf[0] == '<' && buf[1] == 0 && buf[2] == '?' && buf[3] == 0) {
            transcode(StandardCharsets.UTF_16LE);
        } else {
            String declared = declaredEncoding();
            if (declared != null) {
                String e = declared.toUpperCase(Locale.ROOT);
                if (!e.equals("UTF-8") && !e.equals("UTF8") && !e.equals("US-ASCII") && !e.equals("ASCII")) {
                    Charset cs;
                    try {
                        cs = Charset.forName(declared);
                    } catch (IllegalArgumentException x) {
                        throw new IOException("the encoding " + declared + " is not supported");
                    }
                    transcode(cs);
                }
            }
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
        int end = -1;
        while (true) {
            for (int i = pos; i + 1 < limit; i++) {
                if (buf[i] == '?' && buf[i + 1] == '>') {
                    end = i;
                    break;
                }
            }
            if (end >= 0 || limit - pos > 4096 || !more()) {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        String decl = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
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

    private void transcode(Charset cs) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(buf, pos, limit)), in);
        in = new Utf8(new InputStreamReader(rest, cs));
        pos = 0;
        limit = 0;
        eof = false;
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

    // ---- the buffer ------------------------------------------------------------------------

    /**
     * Reads more bytes behind those from {@link #pos}, moving them to the start of the buffer
     * (offsets into it are then stale) or growing it when they fill it; false at the end.
     */
    private boolean more() throws IOException {
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
    private boolean have(int n) throws IOException {
        while (limit - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int at, String s) {
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

    /** What a byte is in a name: part of it (0), its end, a colon, or not allowed there. */
    private static final byte[] NAME = new byte[256];
    private static final byte ENDS = 1;
    private static final byte COLON = 2;
    private static final byte BAD = 3;

    static {
        for (char c : new char[] {' ', '\n', '\t', '\r', '>', '/'}) {
            NAME[c] = ENDS;
        }
        NAME[':'] = COLON;
        for (char c : new char[] {'<', '=', '"', '\''}) {
            NAME[c] = BAD;
        }
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    // ---- events ----------------------------------------------------------------------------

    /**
     * The next start tag, end tag or the end of the part ({@link #START}, {@link #END},
     * {@link #EOF}), skipping text, comments, processing instructions and CDATA sections.
     *
     * @throws IOException when the XML is malformed, or ends before its elements do
     */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return event = END;
        }
        if (!prologRead) {
            prolog();
        }
        while (true) {
            int i = pos;
            int l = limit;
            byte[] b = buf;
            while (i < l && b[i] != '<') {
                i++;
            }
            pos = i;
            if (i == l) {
                if (!more()) {
                    if (depth > 0) {
                        throw new IOException("the XML ends inside the element " + openName());
                    }
                    if (!rootSeen) {
                        throw new IOException("the XML ends before its first element");
                    }
                    return event = EOF;
                }
                continue;
            }
            if (i + 1 < l) { // the usual tags, without markup()'s checks
                byte c = b[i + 1];
                int e = c == '/' ? endTag() : c == '!' || c == '?' ? 0 : startTag();
                if (e != 0) {
                    return event = e;
                }
            }
            int e = markup();
            if (e != 0) {
                return event = e;
            }
        }
    }

    /**
     * The tag at {@link #pos} (a {@code <}) as an event, reading more as needed; 0 for a
     * comment, processing instruction or CDATA section, which is skipped.
     */
    private int markup() throws IOException {
        if (!have(2)) {
            throw truncated();
        }
        byte c = buf[pos + 1];
        if (c == '!') {
            if (!have(4)) {
                throw truncated();
            }
            if (startsWith(pos, "<!--")) {
                pos += 4;
                skipPast("-->");
                return 0;
            }
            have(9);
            if (startsWith(pos, "<![CDATA[")) {
                pos += 9;
                skipPast("]]>");
                return 0;
            }
            if (startsWith(pos, "<!DOCTYPE")) {
                throw new IOException("the sheet declares a DOCTYPE, which is not read (no DTDs, no entities)");
            }
            throw new IOException("markup <! that is no comment nor CDATA section");
        }
        if (c == '?') {
            pos += 2;
            skipPast("?>");
            return 0;
        }
        while (true) {
            int e = c == '/' ? endTag() : startTag();
            if (e != 0) {
                return e;
            }
            if (!more()) {
                throw truncated();
            }
        }
    }

    private IOException truncated() {
        return new IOException(depth > 0 ? "the XML ends inside the element " + openName()
                : "the XML ends inside a tag");
    }

    /** Moves past the next {@code end}, reading as needed. */
    private void skipPast(String end) throws IOException {
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

    /** Parses the start tag at {@link #pos}; 0 when it does not end in the buffer. */
    private int startTag() throws IOException {
        byte[] b = buf;
        int l = limit;
        int i = pos + 1;
        int local = i;
        while (true) {
            if (i >= l) {
                return 0;
            }
            byte x = b[i];
            byte k = NAME[x & 0xFF];
            if (k != 0) {
                if (k == ENDS) {
                    break;
                }
                if (k == COLON) {
                    local = i + 1;
                } else {
                    throw new IOException("a malformed tag");
                }
            }
            i++;
        }
        if (i == pos + 1 || local == i) {
            throw new IOException("a tag without a name");
        }
        int ns = pos + 1;
        int ne = i;
        int count = 0;
        boolean selfClosing;
        while (true) {
            boolean spaced = false;
            while (i < l && space(b[i])) {
                i++;
                spaced = true;
            }
            if (i >= l) {
                return 0;
            }
            byte x = b[i];
            if (x == '>') {
                i++;
                selfClosing = false;
                break;
            }
            if (x == '/') {
                if (i + 1 >= l) {
                    return 0;
                }
                if (b[i + 1] != '>') {
                    throw new IOException("a malformed tag");
                }
                i += 2;
                selfClosing = true;
                break;
            }
            if (!spaced) {
                throw new IOException("attributes without space between them");
            }
            int an = i;
            int al = i;
            while (true) {
                if (i >= l) {
                    return 0;
                }
                x = b[i];
                byte k = NAME[x & 0xFF];
                if (k != 0) {
                    if (k != COLON) {
                        break;
                    }
                    al = i + 1;
                }
                i++;
            }
            int ae = i;
            if (ae == an || al == ae) {
                throw new IOException("an attribute without a name");
            }
            while (i < l && space(b[i])) {
                i++;
            }
            if (i >= l) {
                return 0;
            }
            if (b[i] != '=') {
                throw new IOException("an attribute without a value");
            }
            i++;
            while (i < l && space(b[i])) {
                i++;
            }
            if (i >= l) {
                return 0;
            }
            byte q = b[i];
            if (q != '"' && q != '\'') {
                throw new IOException("an attribute value without quotes");
            }
            int vs = ++i;
            while (true) {
                if (i >= l) {
                    return 0;
                }
                x = b[i];
                if (x == q) {
                    break;
                }
                if (x == '<') {
                    throw new IOException("a < in an attribute value");
                }
                i++;
            }
            int ve = i++;
            boolean xmlns = al - an == 6 && startsWith(an, "xmlns:") || ae - an == 5 && startsWith(an, "xmlns");
            if (!xmlns) {
                if (4 * count + 4 > attrs.length) {
                    attrs = Arrays.copyOf(attrs, attrs.length * 2);
                }
                attrs[4 * count] = al;
                attrs[4 * count + 1] = ae;
                attrs[4 * count + 2] = vs;
                attrs[4 * count + 3] = ve;
                count++;
            }
        }
        nameStart = ns;
        localStart = local;
        nameEnd = ne;
        attrCount = count;
        empty = selfClosing;
        pos = i;
        rootSeen = true;
        if (selfClosing) {
            pendingEnd = true;
        } else {
            push();
        }
        return START;
    }

    /** Parses the end tag at {@link #pos}; 0 when it does not end in the buffer. */
    private int endTag() throws IOException {
        byte[] b = buf;
        int l = limit;
        int i = pos + 2;
        int local = i;
        while (true) {
            if (i >= l) {
                return 0;
            }
            byte x = b[i];
            if (space(x) || x == '>') {
                break;
            }
            if (x == ':') {
                local = i + 1;
            }
            i++;
        }
        int ne = i;
        while (i < l && space(b[i])) {
            i++;
        }
        if (i >= l) {
            return 0;
        }
        if (b[i] != '>') {
            throw new IOException("a malformed end tag");
        }
        if (depth == 0) {
            throw new IOException("an end tag </" + new String(b, pos + 2, ne - pos - 2, StandardCharsets.UTF_8)
                    + "> without its start");
        }
        int from = depth == 1 ? 0 : stackEnds[depth - 2];
        int to = stackEnds[depth - 1];
        boolean same = to - from == ne - pos - 2;
        for (int k = 0; same && k < to - from; k++) {
            same = stack[from + k] == b[pos + 2 + k];
        }
        if (!same) {
            throw new IOException("the element " + openName() + " must be ended by </" + openName() + ">, not </"
                    + new String(b, pos + 2, ne - pos - 2, StandardCharsets.UTF_8) + ">");
        }
        depth--;
        nameStart = pos + 2;
        localStart = local;
        nameEnd = ne;
        attrCount = 0;
        empty = false;
        pos = i + 1;
        return END;
    }

    private void push() {
        int from = depth == 0 ? 0 : stackEnds[depth - 1];
        int len = nameEnd - nameStart;
        if (from + len > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, from + len));
        }
        if (depth == stackEnds.length) {
            stackEnds = Arrays.copyOf(stackEnds, depth * 2);
        }
        for (int k = 0; k < len; k++) {
            stack[from + k] = buf[nameStart + k];
        }
        stackEnds[depth++] = from + len;
    }

    private String openName() {
        int from = depth <= 1 ? 0 : stackEnds[depth - 2];
        return depth == 0 ? "" : new String(stack, from, stackEnds[depth - 1] - from, StandardCharsets.UTF_8);
    }

    /** Whether the current tag's local name is {@code name} (ASCII). */
    boolean is(byte[] name) {
        return same(localStart, nameEnd, name);
    }

    /** Whether {@code buf[from, to)} is {@code name}; by hand, as names are a few bytes. */
    private boolean same(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (buf[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current tag's local name; for messages and tests. */
    String localName() {
        return new String(buf, localStart, nameEnd - localStart, StandardCharsets.UTF_8);
    }

    /** Whether the current start tag is self-closing. */
    boolean isEmpty() {
        return event == START && empty;
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
        textLength = 0;
        int i = from;
        while (i < to) {
            byte x = buf[i];
            if (x == '&') {
                i = reference(i, to);
            } else if (x == '\r') {
                append(' ');
                i += i + 1 < to && buf[i + 1] == '\n' ? 2 : 1;
            } else if (x == '\n' || x == '\t') {
                append(' ');
                i++;
            } else if (x >= 0) {
                append((char) x);
                i++;
            } else {
                i = decode(i, to);
            }
        }
        return new String(text, 0, textLength);
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
        textLength = 0;
        readText();
        if (next() != END) {
            throw new IOException("the element " + localName() + " where only text is expected");
        }
        return new String(text, 0, textLength);
    }

    /**
     * The text of the {@code <t>} elements below the element whose start tag was just read
     * (an inline string's {@code <is>}), leaving the scanner on its end tag; phonetic runs
     * ({@code <rPh>}) are left out. Exactly as {@link Parts#appendText} does with StAX.
     */
    String innerText() throws IOException {
        textLength = 0;
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
        return new String(text, 0, textLength);
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
                pos = reference(pos, end + 1);
            } else if (x == '\r') {
                if (!have(2)) {
                    pos++;
                    append('\n');
                } else {
                    pos += buf[pos + 1] == '\n' ? 2 : 1;
                    append('\n');
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
                    append((char) y);
                    i++;
                }
                pos = i;
            } else {
                int n = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 1;
                if (!have(n)) {
                    throw new IOException("invalid UTF-8 at the end of the part");
                }
                pos = decode(pos, limit);
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
                append('\n');
            } else if (x >= 0) {
                append((char) x);
                pos++;
            } else {
                int n = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 1;
                if (!have(n)) {
                    throw new IOException("invalid UTF-8 at the end of the part");
                }
                pos = decode(pos, limit);
            }
        }
    }

    /** Appends the UTF-8 character at {@code i} (a lead byte), all of it before {@code to}; where it ends. */
    private int decode(int i, int to) throws IOException {
        int x = buf[i] & 0xFF;
        int n;
        int cp;
        if ((x & 0xE0) == 0xC0) {
            n = 2;
            cp = x & 0x1F;
        } else if ((x & 0xF0) == 0xE0) {
            n = 3;
            cp = x & 0x0F;
        } else if ((x & 0xF8) == 0xF0) {
            n = 4;
            cp = x & 0x07;
        } else {
            throw new IOException("invalid UTF-8 byte 0x" + Integer.toHexString(x));
        }
        if (i + n > to) {
            throw new IOException("invalid UTF-8: a character cut short");
        }
        for (int k = 1; k < n; k++) {
            int y = buf[i + k] & 0xFF;
            if ((y & 0xC0) != 0x80) {
                throw new IOException("invalid UTF-8 byte 0x" + Integer.toHexString(y));
            }
            cp = cp << 6 | y & 0x3F;
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw new IOException("invalid UTF-8: an overlong or out-of-range character");
        }
        appendCodePoint(cp);
        return i + n;
    }

    /** Appends the reference {@code &...;} at {@code i}, ending before {@code to}; where it ends. */
    private int reference(int i, int to) throws IOException {
        int semi = i + 1;
        while (semi < to && buf[semi] != ';') {
            semi++;
        }
        if (semi >= to) {
            throw new IOException("an & that starts no reference");
        }
        int from = i + 1;
        int len = semi - from;
        if (len > 1 && buf[from] == '#') {
            int cp = 0;
            boolean hex = buf[from + 1] == 'x';
            int k = hex ? from + 2 : from + 1;
            if (k == semi) {
                throw new IOException("an empty character reference");
            }
            for (; k < semi; k++) {
                int d = Character.digit(buf[k], hex ? 16 : 10);
                if (d < 0) {
                    throw new IOException("a malformed character reference");
                }
                cp = cp * (hex ? 16 : 10) + d;
                if (cp > 0x10FFFF) {
                    throw new IOException("a character reference beyond Unicode");
                }
            }
            if (cp < 0x20 && cp != 0x9 && cp != 0xA && cp != 0xD || cp >= 0xD800 && cp <= 0xDFFF
                    || cp == 0xFFFE || cp == 0xFFFF) {
                throw new IOException("the character reference &#" + cp + "; is not an XML character");
            }
            appendCodePoint(cp);
        } else {
            String name = new String(buf, from, len, StandardCharsets.UTF_8);
            switch (name) {
                case "amp" -> append('&');
                case "lt" -> append('<');
                case "gt" -> append('>');
                case "quot" -> append('"');
                case "apos" -> append('\'');
                default -> throw new IOException("the entity \"" + name + "\" was referenced, but not declared");
            }
        }
        return semi + 1;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x10000) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }

    /** Skips the element whose start tag was just read, children and all, leaving the scanner on its end tag. */
    void skip() throws IOException {
        int level = 1;
        while (level > 0) {
            int e = next();
            if (e == START) {
                level++;
            } else if (e == END) {
                level--;
            } else {
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
