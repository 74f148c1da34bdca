package org.communitysafety.excel;

import org.communitysafety.core.lang.DisplayWidth;

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

    /** The display width of {@code text}: two per wide character, one per other ({@link DisplayWidth}). */
    static int of(String text) {
        return DisplayWidth.of(text);
    }

    /** Excel's column width ({@code 1/256} of a character) for a column whose widest text is {@code chars} wide. */
    static int columnWidth(int chars) {
        return (Math.max(MIN, Math.min(MAX, chars)) + 2) * 256;
    }
}
