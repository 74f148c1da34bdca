package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.indicators.FailingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written as it is rendered — to a writer or a file — is the text of toHtml, toMarkdown and toJson. */
class ReportWriteTest {

    private static String text(Report r, ReportFormat format) {
        return switch (format) {
            case HTML -> r.toHtml();
            case MARKDOWN -> r.toMarkdown();
            case JSON -> r.toJson();
        };
    }

    @Test
    void write_toAWriter_sameTextAsTheString() throws IOException {
        for (Report r : List.of(ReportTest.ZH, ReportTest.EN)) {
            for (ReportFormat format : ReportFormat.values()) {
                StringWriter out = new StringWriter();
                r.write(format, out);
                assertThat(out.toString()).as(format.name()).isEqualTo(text(r, format));
            }
        }
    }

    @Test
    void write_toAFile_sameBytesAsTheStringInUtf8(@TempDir Path dir) throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            if (format == ReportFormat.MARKDOWN) {
                continue;   // its charts go to files of their own: below
            }
            Path file = dir.resolve("report." + format);
            ReportTest.ZH.write(format, file);
            assertThat(Files.readAllBytes(file)).isEqualTo(text(ReportTest.ZH, format).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Markdown to a file (issue 14): each chart in {@code report-N.svg} beside it, linked by that
     * name; otherwise the string's bytes, whose charts are inline data URIs of the same SVG.
     */
    @Test
    void markdownToAFile_chartsAsSvgFilesBesideIt_otherwiseTheString(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.md");
        ReportTest.ZH.write(ReportFormat.MARKDOWN, file);
        String written = Files.readString(file);
        String inline = ReportTest.ZH.toMarkdown();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\]\\((report-(\\d+)\\.svg)\\)").matcher(written);
        java.util.regex.Matcher uris = java.util.regex.Pattern.compile("\\]\\(data:image/svg\\+xml;base64,([^)]*)\\)")
                .matcher(inline);
        int n = 0;
        while (links.find()) {
            assertThat(uris.find()).isTrue();
            assertThat(links.group(2)).isEqualTo(Integer.toString(++n));
            String svg = new String(java.util.Base64.getDecoder().decode(uris.group(1)), StandardCharsets.UTF_8);
            assertThat(Files.readString(dir.resolve(links.group(1)))).isEqualTo(svg);
        }
        assertThat(uris.find()).isFalse();
        assertThat(n).isPositive();
        assertThat(written.replaceAll("\\]\\(report-\\d+\\.svg\\)", "](x)"))
                .isEqualTo(inline.replaceAll("\\]\\(data:image/svg\\+xml;base64,[^)]*\\)", "](x)"));
        assertThat(ReportMarkdown.destination("白兴区 报告(2).svg")).isEqualTo("白兴区%20报告%282%29.svg");
    }

    /** The page goes out in pieces as it is rendered, not as one document-sized string. */
    @Test
    void write_html_streamsInPieces() throws IOException {
        List<Integer> pieces = new ArrayList<>();
        Writer counting = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                pieces.add(len);
            }

            @Override
            public void write(String str, int off, int len) {
                pieces.add(len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        ReportTest.ZH.write(ReportFormat.HTML, counting);
        assertThat(pieces).hasSizeGreaterThan(100);
        assertThat(pieces.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ReportTest.ZH.toHtml().length());
    }

    @Test
    void write_failingWriter_failureSurfaces() {
        Writer failing = new FailingWriter();
        for (ReportFormat format : ReportFormat.values()) {
            assertThatThrownBy(() -> ReportTest.ZH.write(format, failing)).as(format.name())
                    .isInstanceOf(IOException.class).hasMessage("disk full");
        }
    }
}
