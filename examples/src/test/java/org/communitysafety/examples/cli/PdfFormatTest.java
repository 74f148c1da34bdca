package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csi report --format pdf}: written atomically to {@code --out} with the font named by
 * {@code --font}; a PDF to the terminal, {@code --font} without pdf or naming no file are usage
 * errors (exit 2); a font that cannot be embedded is exit 1 with csi-pdf's message. The font is
 * csi-pdf's test font (CI machines have no CJK font); csi-pdf's own tests read the PDF back.
 */
final class PdfFormatTest {
    private static final Path FONT = Path.of("../pdf/src/test/resources/fonts/csi-test-cjk.ttf");

    @TempDir
    Path tmp;

    @Test
    void report_pdfWithFont_writesAPdf() throws IOException {
        Path pdf = tmp.resolve("report.pdf");
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "330102", "--format", "pdf",
                "--font", FONT.toString(), "--out", pdf.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.err()).contains("written to " + pdf.toAbsolutePath().normalize());
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(pdf);   // no temporary file left beside it
        }
    }

    @Test
    void report_pdfWithoutOut_isAUsageError() {
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--format", "pdf");
        assertThat(r.code()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).contains("--format pdf writes a binary file: name it with --out FILE");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void report_fontWithHtml_orNoSuchFont_isAUsageError() {
        CliRun html = CliRun.csi("report", "--sample", "--period", "2024", "--format", "html", "--font",
                FONT.toString(), "--out", tmp.resolve("r.html").toString());
        assertThat(html.code()).isEqualTo(Csi.USAGE);
        assertThat(html.err()).contains("--font applies to --format pdf, not html");
        CliRun none = CliRun.csi("report", "--sample", "--period", "2024", "--format", "pdf", "--font",
                tmp.resolve("none.ttf").toString(), "--out", tmp.resolve("r.pdf").toString());
        assertThat(none.code()).isEqualTo(Csi.USAGE);
        assertThat(none.err()).contains("--font " + tmp.resolve("none.ttf") + ": no such file");
    }

    @Test
    void report_pdfWithACffFont_exitsOneSayingWhyAndLeavesNoFile() throws IOException {
        Path otf = tmp.resolve("NotoSansCJKsc-Regular.otf");
        Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 9, 0, 0});
        Path pdf = tmp.resolve("report.pdf");
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--format", "pdf", "--font", otf.toString(),
                "--out", pdf.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("csi report: cannot write the PDF: --font " + otf
                + ": the font has CFF (PostScript) outlines");
        assertThat(pdf).doesNotExist();
    }
}
