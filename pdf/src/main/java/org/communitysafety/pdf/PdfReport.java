package org.communitysafety.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.communitysafety.indicators.report.Report;

/**
 * A {@link Report} as a PDF bulletin for A4: the same document as its HTML, paginated, with a
 * running header (the title: unit and period) and page numbers, table rows never split, the
 * charts as vectors and the Chinese text in an embedded font. Immutable and thread-safe; each
 * {@link #write} reads the font and lays the document out anew (the sample city's report, 7
 * pages: a few seconds, most of it in the first call, which loads the libraries).
 *
 * <pre>{@code
 * Report report = Report.builder(Indicators.of(data)).period("2024").build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.pdf"))) {
 *     PdfReport.of(report).write(out);                              // a font found on this machine
 * }
 * PdfReport.of(report).withFont(Path.of("/fonts/wqy-zenhei.ttc")).toBytes();   // a font named
 * }</pre>
 *
 * <p><b>The library: openhtmltopdf on Apache PDFBox.</b> The HTML report is the document; laying
 * it out again with a PDF drawing API would write every table and heading twice and let the two
 * drift. openhtmltopdf (io.github.openhtmltopdf, the maintained fork of the Flying Saucer line,
 * LGPL 2.1+) lays out XHTML and CSS 2.1 with CSS paged media ({@code @page} margin boxes,
 * {@code counter(pages)}, repeated table headers) and draws inline SVG through Apache Batik as
 * PDF vectors; it writes with Apache PDFBox (Apache 2.0), which subsets and embeds TrueType
 * fonts. Both are pure Java, published on Maven Central and actively released. The alternatives
 * were weaker for this job: iText 7's pdfHTML is AGPL or commercial; a headless browser
 * (Chromium's print to PDF) is not a Java dependency and cannot run where only a JDK is
 * installed; Apache FOP needs the document rewritten as XSL-FO.
 *
 * <p><b>Fonts.</b> A PDF shows only the glyphs it carries or the reader happens to have, so the
 * text is set in one embedded font, found by {@link FontLookup}: {@link #withFont}, then
 * {@code CSI_FONT}, then the system's CJK fonts. Before layout every character of the page is
 * checked against that font (and, for Latin text, the PDF's built-in Helvetica): a character no
 * font has fails the rendering with a {@link PdfFontException} that names it, the font and how to
 * get another; a few typographic characters (− – — “ ” …) fall back to their plain forms first.
 * So the PDF never shows a tofu box. A report with no Chinese text (an English report on units
 * with Latin names) needs no font at all.
 */
public final class PdfReport {

    /** The characters of the PDF's built-in Helvetica (WinAnsiEncoding, close to windows-1252). */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    /** Held: java.util.logging keeps loggers only weakly, and a level set on a collected one is lost. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private final Report report;
    private final Optional<Path> font;
    private final FontLookup lookup;

    private PdfReport(Report report, Optional<Path> font, FontLookup lookup) {
        this.report = report;
        this.font = font;
        this.lookup = lookup;
    }

    /** The PDF of {@code report}, with a font from {@link FontLookup#system()}. */
    public static PdfReport of(Report report) {
        return new PdfReport(Objects.requireNonNull(report, "report"), Optional.empty(), FontLookup.system());
    }

    /** A copy that embeds the TrueType font {@code file} ({@code .ttf}, {@code .ttc}) instead of looking for one. */
    public PdfReport withFont(Path file) {
        return new PdfReport(report, Optional.of(Objects.requireNonNull(file, "file")), lookup);
    }

    /** A copy that looks for a font through {@code lookup} when none is named. */
    public PdfReport withFontLookup(FontLookup lookup) {
        return new PdfReport(report, font, Objects.requireNonNull(lookup, "lookup"));
    }

    /** The report. */
    public Report report() {
        return report;
    }

    /**
     * Writes the PDF to {@code out}, which it neither flushes nor closes.
     *
     * @throws PdfFontException when no font has a glyph for a character of the report (no CJK
     *     font found for Chinese text), or a font named cannot be embedded
     * @throws IOException when {@code out} fails
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        FontLookup.Search search = lookup.find(font);
        Optional<FontFile> file = search.font();
        PagedHtml page = PagedHtml.of(report, file.isPresent());
        CharsetEncoder builtIn = WIN_ANSI.newEncoder();   // not thread-safe: one per call
        IntPredicate printable = cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || file.map(f -> f.covers(cp)).orElse(false) || (cp < 0x10000 && builtIn.canEncode((char) cp));
        page.substitute(printable);
        TreeSet<Integer> missing = page.codePoints().stream().filter(cp -> !printable.test(cp))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw file.isPresent() ? notInFont(file.get(), missing) : noCjkFont(search, missing);
        }
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useSVGDrawer(new BatikSVGDrawer());
        b.withProducer("csi-pdf (openhtmltopdf, Apache PDFBox)");
        file.ifPresent(f -> b.useFont(f.file().toFile(), PagedHtml.FAMILY, 400, FontStyle.NORMAL, true));
        b.withW3cDocument(page.document(), null);
        b.toStream(out);
        b.run();
    }

    /**
     * Silences the libraries' logging, for a command-line tool: openhtmltopdf logs every stage at
     * INFO ("Using fast-mode renderer. Prepare to fly.") and PDFBox warns through java.util.logging
     * when it maps the built-in Symbol and ZapfDingbats fonts to a system font; neither is news to
     * a user. This changes JVM-wide settings, so a library never calls it on its own.
     */
    public static void silenceLibraryLogging() {
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    /** The PDF as bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private PdfFontException noCjkFont(FontLookup.Search search, TreeSet<Integer> missing) {
        boolean han = missing.stream().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        StringBuilder m = new StringBuilder(han ? "the report has Chinese text (" : "the report has text that the "
                + "PDF's built-in font cannot show (").append(sample(missing))
                .append(") and no font with Chinese glyphs was found to embed in the PDF. Install one, e.g. "
                        + "'apt-get install fonts-wqy-zenhei' (Debian, Ubuntu) or 'dnf install wqy-zenhei-fonts' "
                        + "(Fedora), or name a TrueType font file (.ttf, .ttc) with --font PATH or the environment "
                        + "variable " + FontLookup.ENV + " (Windows: C:\\Windows\\Fonts\\msyh.ttc; macOS: "
                        + "/System/Library/Fonts/PingFang.ttc)");
        if (!search.refused().isEmpty()) {
            m.append(". Found but not usable: ").append(String.join("; ", search.refused()));
        }
        return new PdfFontException(m.toString());
    }

    private static PdfFontException notInFont(FontFile f, TreeSet<Integer> missing) {
        return new PdfFontException("the font " + f.name() + " (" + f.file() + ") has no glyph for "
                + missing.size() + (missing.size() == 1 ? " character" : " characters") + " of the report: "
                + sample(missing) + "; name a font that has them with --font PATH or " + FontLookup.ENV
                + " (WenQuanYi Zen Hei, Microsoft YaHei and SimSun cover GB 18030's common characters)");
    }

    /** Up to 12 code points as "后 (U+540E), 阴 (U+9634) …". */
    private static String sample(TreeSet<Integer> cps) {
        List<String> shown = cps.stream().limit(12)
                .map(cp -> new String(Character.toChars(cp)) + " (U+" + String.format(java.util.Locale.ROOT, "%04X", cp)
                        + ")")
                .toList();
        return String.join(", ", shown) + (cps.size() > shown.size() ? " and " + (cps.size() - shown.size())
                + " more" : "");
    }
}
