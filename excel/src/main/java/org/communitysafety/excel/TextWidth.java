package org.communitysafety.excel;

/**
 * The width of text in Excel's column units (the width of a {@code 0} in the default font), for
 * columns that fit their contents: a CJK character, full-width form or emoji counts two, other
 * characters one. POI's {@code autoSizeColumn} would measure with AWT fonts, which a server may not
 * have (and which know no Chinese glyph widths without a CJK font installed), and it needs every
 * row in memory, which a streamed sheet does not keep. Stateless.
 */
final class TextWidth {
    private TextWidth() {}

    /** The narrowest and widest column, in characters: wide enough for a short header, no wider than a screen's half. */
    static final int MIN = 6;
    static final int MAX = 60;

    /** The display width of {@code text}: two per wide character, one per other. */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Excel's column width ({@code 1/256} of a character) for a column whose widest text is {@code chars} wide. */
    static int columnWidth(int chars) {
        return (Math.max(MIN, Math.min(MAX, chars)) + 2) * 256;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones Chinese text uses. */
    static boolean isWide(int cp) {
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
