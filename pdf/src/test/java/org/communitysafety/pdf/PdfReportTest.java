package org.communitysafety.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample city's 2024 report (as {@code csi report --sample --period 2024 --compare yoy}
 * writes it, zh and en) as a PDF with the test font, read back with PDFBox: pages, running
 * header and page numbers, the headline sentences and title as text, embedded fonts that have
 * every glyph, charts drawn as vectors; and the errors for a missing or unusable font.
 *
 * <p>The test font ({@code src/test/resources/fonts/csi-test-cjk.ttf}, 93 KB) is Droid Sans
 * Fallback cut down to the characters of the wording and the sample by
 * {@code pdf/scripts/make-test-font.sh}: CI machines have no CJK font.
 */
final class PdfReportTest {

    static {
        PdfReport.silenceLibraryLogging();
    }

    static final Path FONT = Path.of("src/test/resources/fonts/csi-test-cjk.ttf");
    static final Indicators SAMPLE = Indicators.of(ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard())
            .dataset()));
    static final Rendered ZH = Rendered.of(Language.ZH);
    static final Rendered EN = Rendered.of(Language.EN);

    @TempDir
    Path tmp;

    /** A report, its PDF and the PDF's text page by page. */
    record Rendered(Report report, byte[] pdf, List<String> pages) {
        static Rendered of(Language language) {
            Report r = Report.builder(SAMPLE).period("2024").language(language).build();
            byte[] pdf = PdfReport.of(r).withFontLookup(FontLookup.none()).withFont(FONT).toBytes();
            List<String> pages = new ArrayList<>();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                PDFTextStripper s = new PDFTextStripper();
                for (int i = 1; i <= d.getNumberOfPages(); i++) {
                    s.setStartPage(i);
                    s.setEndPage(i);
                    pages.add(s.getText(d));
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return new Rendered(r, pdf, pages);
        }

        static Rendered of(Language language, boolean zh) {
            return zh ? ZH : EN;
        }
    }

    static Rendered rendered(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    /** Text without white space: extraction breaks lines where the layout did. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_isA4PagesInASaneRange(Language language) throws IOException {
        try (PDDocument d = Loader.loadPDF(rendered(language).pdf())) {
            assertThat(d.getNumberOfPages()).isBetween(5, 20);
            for (PDPage p : d.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(p.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_everyPageHasTheRunningHeaderAndItsNumber(Language language) {
        Rendered r = rendered(language);
        int n = r.pages().size();
        for (int i = 1; i <= n; i++) {
            String page = squeeze(r.pages().get(i - 1));
            String number = language == Language.ZH ? "第" + i + "页，共" + n + "页" : "Page" + i + "of" + n;
            assertThat(page).as("page %d of %d", i, n).contains(squeeze(r.report().title())).contains(number);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_textHasTheTitleAndEveryHeadline(Language language) {
        Rendered r = rendered(language);
        String text = squeeze(String.join("", r.pages()));
        assertThat(r.report().headlines()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(text).contains(squeeze(r.report().title())).contains(squeeze(r.report().subtitle()));
        for (String headline : r.report().headlines()) {
            assertThat(text).contains(squeeze(headline));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_fontsEmbeddedWithAGlyphForEveryHeadlineCharacter(Language language) throws IOException {
        Rendered r = rendered(language);
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            List<PDType0Font> embedded = new ArrayList<>();   // Chinese text: the embedded subset
            for (PDPage p : d.getPages()) {
                PDResources res = p.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    if (f instanceof PDType0Font t) {
                        embedded.add(t);
                    }
                    // a standard 14 font (Helvetica for Latin text) is the reader's; any other is carried
                    assertThat(f.isEmbedded() || f.isStandard14()).as(f.getName()).isTrue();
                }
            }
            assertThat(embedded).isNotEmpty().allMatch(PDFont::isEmbedded)
                    .allMatch(f -> f.getName().contains("DroidSansFallback"));
        }
        // no tofu: every character drawn in the embedded font is a real glyph (not glyph 0, .notdef)
        List<String> tofu = new ArrayList<>();
        int[] drawn = {0};
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getFont() instanceof PDType0Font f) {
                        drawn[0]++;
                        try {
                            if (((PDCIDFontType2) f.getDescendantFont()).codeToGID(t.getCharacterCodes()[0]) == 0) {
                                tofu.add(t.getUnicode());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    super.processTextPosition(t);
                }
            };
            s.getText(d);
        }
        assertThat(drawn[0]).isGreaterThan(500);
        assertThat(tofu).isEmpty();
        String han = String.join("", r.report().headlines()) + r.report().title();
        FontFile font = FontFile.read(FONT, "test");
        han.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(cp -> assertThat(font.covers(cp)).as("glyph of %s", Character.toString(cp)).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_chartsAreVectorsNotImages(Language language) throws IOException {
        try (PDDocument d = Loader.loadPDF(rendered(language).pdf())) {
            for (PDPage p : d.getPages()) {
                assertThat(images(p.getResources())).isZero();
            }
            // the charts' paths are there: the pages with figures draw many more operators than text pages
        }
        assertThat(rendered(language).report().section("trends").orElseThrow().figures()).isNotEmpty();
    }

    private static int images(PDResources res) throws IOException {
        int n = 0;
        if (res == null) {
            return 0;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    /**
     * Pins the pagination: the page count and each page's first and last line of body text (the
     * running header and the page number left out), with the test font. A change to the report,
     * the print style sheet or the libraries that moves a page break shows here; write the files
     * anew with {@code -Dcsi.golden.update=true} and review the diff.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void write_sample_paginationMatchesGoldenFile(Language language) throws IOException {
        Rendered r = rendered(language);
        StringBuilder golden = new StringBuilder("pages: " + r.pages().size() + "\n");
        for (int i = 0; i < r.pages().size(); i++) {
            String number = language == Language.ZH ? "第 " + (i + 1) + " 页" : "Page " + (i + 1) + " of";
            List<String> body = r.pages().get(i).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.equals(r.report().title()) && !l.startsWith(number)).toList();
            golden.append(i + 1).append(": ").append(body.get(0)).append(" … ").append(body.get(body.size() - 1))
                    .append('\n');
        }
        Path file = Path.of("src/test/resources/golden/report-2024-" + language.name().toLowerCase(java.util.Locale.ROOT)
                + ".pdf.txt.golden");
        if (Boolean.getBoolean("csi.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, golden);
        }
        assertThat(file).as("write it with -Dcsi.golden.update=true").exists();
        assertThat(golden.toString()).isEqualTo(Files.readString(file));
    }

    @Test
    void write_noCjkFont_failsNamingTheFixes() {
        PdfReport pdf = PdfReport.of(ZH.report()).withFontLookup(FontLookup.none());
        assertThatThrownBy(pdf::toBytes).isInstanceOf(PdfFontException.class)
                .hasMessageStartingWith("the report has Chinese text (")
                .hasMessageContaining("no font with Chinese glyphs was found to embed in the PDF")
                .hasMessageContaining("apt-get install fonts-wqy-zenhei")
                .hasMessageContaining("--font PATH")
                .hasMessageContaining("CSI_FONT");
    }

    @Test
    void write_englishReportNoCjkFont_failsToo() {
        // the sample's units have Chinese names, which the English report keeps
        assertThatThrownBy(() -> PdfReport.of(EN.report()).withFontLookup(FontLookup.none()).toBytes())
                .isInstanceOf(PdfFontException.class).hasMessageStartingWith("the report has Chinese text (");
    }

    @Test
    void write_fontWithoutTheCharacters_namesThemAndTheFont() throws IOException {
        Path few = tmp.resolve("few.ttf");   // the test font cut down to 中 and 国: the report needs more
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT.toFile()));
                OutputStream out = Files.newOutputStream(few)) {
            TTFSubsetter subset = new TTFSubsetter(ttf);
            subset.add('中');
            subset.add('国');
            subset.writeToStream(out);
        }
        assertThatThrownBy(() -> PdfReport.of(ZH.report()).withFont(few).toBytes())
                .isInstanceOf(PdfFontException.class)
                .hasMessageStartingWith("the font ")
                .hasMessageContaining("(" + few + ") has no glyph for ")
                .hasMessageContaining("name a font that has them with --font PATH or CSI_FONT");
    }

    @Test
    void write_missingFontFile_isAClearError() {
        Path none = tmp.resolve("no-such-font.ttf");
        assertThatThrownBy(() -> PdfReport.of(ZH.report()).withFont(none).toBytes())
                .isInstanceOf(PdfFontException.class).hasMessage("--font " + none + ": no such font file");
    }

    @Test
    void write_cffFont_isRefusedSayingWhy() throws IOException {
        Path otf = tmp.resolve("NotoSansCJKsc-Regular.otf");
        Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 9, 0, 0});
        assertThatThrownBy(() -> PdfReport.of(ZH.report()).withFont(otf).toBytes())
                .isInstanceOf(PdfFontException.class)
                .hasMessageContaining("CFF (PostScript) outlines, which PDFBox cannot subset and embed")
                .hasMessageContaining("fonts-wqy-zenhei");
    }

    @Test
    void write_envFont_isUsedBeforeSystemFonts() {
        FontLookup lookup = FontLookup.of(Optional.of(FONT.toString()), List.of(Path.of("/nonexistent.ttc")));
        assertThat(lookup.find(Optional.empty()).font()).map(FontFile::file).contains(FONT);
        assertThatThrownBy(() -> FontLookup.of(Optional.of("/nonexistent.ttf"), List.of()).find(Optional.empty()))
                .isInstanceOf(PdfFontException.class).hasMessage("CSI_FONT=/nonexistent.ttf: no such font file");
    }

    @Test
    void pageNumbers_perLanguage() {
        assertThat(PagedHtml.pageNumbers(ZH.report()))
                .isEqualTo("\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"");
        assertThat(PagedHtml.pageNumbers(EN.report())).isEqualTo("\"Page \" counter(page) \" of \" counter(pages)");
        assertThat(PagedHtml.cssString("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
    }
}
