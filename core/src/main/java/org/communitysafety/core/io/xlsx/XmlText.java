package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of the text or attribute value {@link SheetScanner} is reading, decoded from
 * its UTF-8 bytes with XML's five entities and character references replaced; the scanner's
 * loops write {@link #chars} and {@link #length} through {@link #append}. Not thread-safe;
 * package-private.
 */
final class XmlText {
    char[] chars = new char[256];
    int length;

    /** The characters appended since {@link #length} was last set to 0. */
    String string() {
        return new String(chars, 0, length);
    }

    /** Appends the UTF-8 character at {@code buf[i]} (a lead byte), all of it before {@code to}; where it ends. */
    int decode(byte[] buf, int i, int to) throws IOException {
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

    /** Appends the reference {@code &...;} at {@code buf[i]}, ending before {@code to}; where it ends. */
    int reference(byte[] buf, int i, int to) throws IOException {
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

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    void appendCodePoint(int cp) {
        if (cp < 0x10000) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }
}
