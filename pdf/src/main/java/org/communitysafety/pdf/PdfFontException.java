package org.communitysafety.pdf;

/**
 * No usable font for the report's text: no font with Chinese glyphs was found, a font given
 * (with {@code --font}, {@link PdfReport#withFont} or {@code CSI_FONT}) cannot be read or embedded,
 * or the fonts found lack a glyph the report needs. The message says which font is needed, which
 * characters are missing and how to install or name one. A PDF is never written with tofu boxes
 * (□) in place of missing glyphs.
 */
public final class PdfFontException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PdfFontException(String message) {
        super(message);
    }
}
