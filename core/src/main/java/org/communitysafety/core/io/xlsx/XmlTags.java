package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tags of a part for {@link SheetScanner}: start and end tags as StAX reports them (a
 * self-closing element is a start then an end), matched on the local name after any prefix,
 * with text, comments, processing instructions and CDATA between tags skipped. The current
 * tag's name and attributes are offsets into the buffer, read by the subclass. Not
 * thread-safe; package-private.
 */
abstract class XmlTags extends XmlInput {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;

    // the current tag: its qualified name and where its local name starts, in buf
    private int event;
    private int nameStart;
    private int localStart;
    private int nameEnd;
    private boolean empty;
    boolean pendingEnd;
    private boolean rootSeen;

    // the names of the open elements, for matching end tags
    private byte[] stack = new byte[256];
    private int[] stackEnds = new int[32];
    private int depth;

    // the current start tag's attributes: local name and value, offsets in buf
    int attrCount;
    int[] attrs = new int[4 * 8];

    XmlTags(InputStream in, int size) {
        super(in, size);
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

    // ---- events ----------------------------------------------------------------------------

    /**
     * The next start tag, end tag or the end of the part ({@link #START}, {@link #END},
     * {@link #EOF}), skipping text, comments, processing instructions and CDATA sections.
     *
     * @throws IOException when the XML is malformed, or ends before its elements do
     */
    final int next() throws IOException {
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

    @Override
    final IOException truncated() {
        return new IOException(depth > 0 ? "the XML ends inside the element " + openName()
                : "the XML ends inside a tag");
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
    final boolean is(byte[] name) {
        return same(localStart, nameEnd, name);
    }

    /** Whether {@code buf[from, to)} is {@code name}; by hand, as names are a few bytes. */
    final boolean same(int from, int to, byte[] name) {
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
    final String localName() {
        return new String(buf, localStart, nameEnd - localStart, StandardCharsets.UTF_8);
    }

    /** Whether the current start tag is self-closing. */
    final boolean isEmpty() {
        return event == START && empty;
    }

    /** Skips the element whose start tag was just read, children and all, leaving the scanner on its end tag. */
    final void skip() throws IOException {
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
}
