package org.communitysafety.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A font file checked for embedding: TrueType outlines (a {@code glyf} table), as PDFBox
 * subsets and embeds them, and the characters it has glyphs for. Immutable and thread-safe.
 *
 * <p>Why the check: PDFBox 3 embeds a subset of a TrueType font, but not of an OpenType font with
 * CFF outlines ({@code .otf}, and the {@code .ttc} collections of Noto Sans CJK and Source Han
 * Sans): subsetting one fails at save time with "OTF fonts do not have a glyf table", after the
 * whole layout. So such a file is refused up front with a message that says why and names fonts
 * that work (WenQuanYi Zen Hei, Microsoft YaHei, SimSun, Droid Sans Fallback). A collection
 * ({@code .ttc}) is accepted when its first font has TrueType outlines; openhtmltopdf registers
 * all its faces under one family.
 */
record FontFile(Path file, String name, BitSet coverage) {

    /** The character every Chinese font has: 中 (U+4E2D). */
    static final int PROBE = 0x4E2D;
    /** Code points looked up in the font's cmap: the BMP and the supplementary ideographic plane. */
    private static final int LAST = 0x2FFFF;

    FontFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        coverage = (BitSet) coverage.clone();
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean covers(int codePoint) {
        return codePoint >= 0 && codePoint <= LAST && coverage.get(codePoint);
    }

    /** Whether the font has Chinese glyphs (it covers 中). */
    boolean isCjk() {
        return covers(PROBE);
    }

    /**
     * Reads {@code file}.
     *
     * @throws PdfFontException when it is missing, unreadable, not a font, or a font with CFF
     *     outlines, starting with {@code label} (where it was given and the file:
     *     "--font /x.ttf", "CSI_FONT=/x.ttf")
     */
    static FontFile read(Path file, String label) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new PdfFontException(label + ": no such font file");
        }
        String magic;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            magic = b.length < 4 ? "" : new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new PdfFontException(label + ": cannot read it: " + e.getMessage());
        }
        try {
            return switch (magic) {
                case "ttcf" -> fromCollection(file, label);
                case "OTTO" -> throw cff(label);
                case "\u0000\u0001\u0000\u0000", "true" -> fromFont(file, label);
                default -> throw new PdfFontException(label
                        + ": not a TrueType font (.ttf) or collection (.ttc)");
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfFontException p) {
                throw p;
            }
            throw new PdfFontException(label + ": cannot read the font: " + e.getMessage());
        }
    }

    private static FontFile fromFont(Path file, String label) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return of(file, label, ttf);
        }
    }

    private static FontFile fromCollection(Path file, String label) throws IOException {
        List<FontFile> fonts = new ArrayList<>(1);
        try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
            ttc.processAllFonts(ttf -> {
                if (fonts.isEmpty()) {
                    fonts.add(of(file, label, ttf));
                }
            });
        }
        if (fonts.isEmpty()) {
            throw new PdfFontException(label + ": an empty font collection");
        }
        return fonts.get(0);
    }

    private static FontFile of(Path file, String label, TrueTypeFont ttf) throws IOException {
        if (!ttf.getTableMap().containsKey("glyf")) {
            throw cff(label);
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new PdfFontException(label + ": the font has no Unicode character map");
        }
        BitSet coverage = new BitSet(LAST + 1);
        for (int cp = 0; cp <= LAST; cp++) {
            if (cmap.getGlyphId(cp) != 0) {
                coverage.set(cp);
            }
        }
        return new FontFile(file, String.valueOf(ttf.getName()), coverage);
    }

    private static PdfFontException cff(String label) {
        return new PdfFontException(label + ": the font has CFF (PostScript) outlines, which PDFBox "
                + "cannot subset and embed; use a TrueType font (.ttf or .ttc with glyf outlines), e.g. WenQuanYi "
                + "Zen Hei (apt-get install fonts-wqy-zenhei), Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc)");
    }
}
