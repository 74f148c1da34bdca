package org.communitysafety.core.lang;

/**
 * How many columns text takes on a terminal, for tables printed in monospace: an East Asian wide
 * or full-width character (汉字, ＡＢ, 、) takes two, any other one. So {@code 警情.csv} takes 8
 * columns, not 6, and a table of Chinese file names lines up. Stateless.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    /** The columns {@code text} takes: {@code of("警情.csv")} is 8. */
    public static int of(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code text} followed by spaces up to {@code columns} columns; never cut when it is wider. */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    /** The East Asian Wide and Fullwidth ranges of Unicode's EastAsianWidth.txt (UAX #11), in outline. */
    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)   // CJK radicals … Yi, CJK punctuation, kana
                || (cp >= 0xAC00 && cp <= 0xD7A3)                   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)                   // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)                   // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)                   // full-width forms (，（）)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)                 // emoji
                || (cp >= 0x20000 && cp <= 0x3FFFD);                // CJK extensions B …
    }
}
