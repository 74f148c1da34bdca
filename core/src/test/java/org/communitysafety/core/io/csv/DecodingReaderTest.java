package org.communitysafety.core.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodingReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7];
        int n;
        while ((n = reader.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void read_validUtf8_noErrors() throws IOException {
        byte[] bytes = "code,名称\n330106,西湖区\n".getBytes(StandardCharsets.UTF_8);
        try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertThat(readAll(reader)).isEqualTo("code,名称\n330106,西湖区\n");
            assertThat(reader.errorCount()).isZero();
            assertThat(reader.firstError()).isNull();
            assertThat(reader.looksLikeGb18030()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 1 << 20})
    void read_gbkBytesAsUtf8_replacesAndReportsFirstError(int chunk) throws IOException {
        byte[] bytes = concat("ab,".getBytes(StandardCharsets.US_ASCII), "西湖区".getBytes(GBK));
        try (DecodingReader reader = new DecodingReader(
                CsvTestSupport.chunked(new ByteArrayInputStream(bytes), chunk), StandardCharsets.UTF_8)) {
            String text = readAll(reader);
            assertThat(text).startsWith("ab,").contains("\uFFFD");
            assertThat(reader.errorCount()).isPositive();
            // 西 is CE F7 in GBK; CE is a UTF-8 lead byte, F7 is not a continuation
            assertThat(reader.firstError()).isEqualTo("not valid UTF-8 at byte 3 (bytes CE F7)");
        }
        try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            readAll(reader);
            assertThat(reader.looksLikeGb18030()).isTrue();
        }
    }

    @Test
    void read_truncatedUtf8AtEnd_reportsLastByte() throws IOException {
        byte[] bytes = concat("a".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE8});
        try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertThat(readAll(reader)).isEqualTo("a\uFFFD");
            assertThat(reader.firstError()).isEqualTo("not valid UTF-8 at byte 1 (byte E8)");
        }
    }

    @Test
    void read_gbkAsGbk_decodesExactly() throws IOException {
        byte[] bytes = "西湖区,村\n".getBytes(GBK);
        try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes), GBK)) {
            assertThat(readAll(reader)).isEqualTo("西湖区,村\n");
            assertThat(reader.errorCount()).isZero();
        }
    }

    @Test
    void read_invalidGbk_noGbHint() throws IOException {
        byte[] bytes = {'a', (byte) 0x80, 'b'};
        try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes), GBK)) {
            assertThat(readAll(reader)).isEqualTo("a\uFFFDb");
            assertThat(reader.firstError()).isEqualTo("not valid GBK at byte 1 (bytes 80 62)");
            assertThat(reader.looksLikeGb18030()).isFalse();
        }
    }

    @Test
    void looksLikeGb18030_gbkChinese_true() {
        assertThat(DecodingReader.looksLikeGb18030("西湖区,村\n北山街道,社区".getBytes(GBK))).isTrue();
        assertThat(DecodingReader.looksLikeGb18030("警情编号,发生日期,辖区\nJQ001,2024-03-07,灵隐街道\n"
                .getBytes(GB18030))).isTrue();
    }

    @Test
    void looksLikeGb18030_utf8Chinese_false() {
        assertThat(DecodingReader.looksLikeGb18030("西湖区,村\n北山街道,社区".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void looksLikeGb18030_asciiOrLatin1_false() {
        assertThat(DecodingReader.looksLikeGb18030("code,name\n1,a\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(DecodingReader.looksLikeGb18030("café,résumé,naïve,Zürich\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(DecodingReader.looksLikeGb18030(new byte[0])).isFalse();
    }

    @Test
    void looksLikeGb18030_sampleCutMidCharacter_stillTrue() {
        byte[] bytes = "西湖区北山街道灵隐街道西溪街道".getBytes(GBK);
        assertThat(DecodingReader.looksLikeGb18030(bytes, 1, bytes.length - 2)).isTrue();
    }

    // --- through the parser --------------------------------------------------------------

    @Test
    void next_gbkFileReadAsUtf8_errorOnRightLineWithHintAndAllRowsCounted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("villages.csv");
        String text = "code,name,kind\n330106001,ok,street\n\n330106002,西湖区,村\n330106003,plain,x\n330106004,北山,社区\n";
        Files.write(file, text.getBytes(GBK));
        int badByte = text.indexOf("西湖区");
        int badByte2 = text.substring(0, text.indexOf("北山")).getBytes(GBK).length;
        try (CsvParser parser = CsvParser.open(file, StandardCharsets.UTF_8)) {
            CsvRow row = new CsvRow();
            List<String> report = new ArrayList<>();
            int records = 0;
            while (parser.next(row)) {
                records++;
                report.add(row.line() + (row.hasDecodingError() ? " " + row.decodingError() : " ok"));
                if (row.line() == 4) {
                    assertThat(row.decodingErrorByte()).isEqualTo(badByte);
                    assertThat(row.fieldCount()).isEqualTo(3);
                    assertThat(row.field(0)).isEqualTo("330106002");
                }
            }
            assertThat(records).isEqualTo(5);
            assertThat(report).containsExactly(
                    "1 ok",
                    "2 ok",
                    "4 not valid UTF-8 at byte " + badByte + " (bytes CE F7)",
                    "5 ok",
                    "6 not valid UTF-8 at byte " + badByte2 + " (bytes B1 B1)");
            assertThat(parser.decodingErrorCount()).isPositive();
            assertThat(parser.encodingHint()).isEqualTo("the file looks like GBK/GB18030: read it with encoding gbk");
        }
        try (CsvParser parser = CsvParser.open(file, GBK)) {
            CsvTestSupport.Rec[] expected = {
                CsvTestSupport.Rec.of(1, "code", "name", "kind"),
                CsvTestSupport.Rec.of(2, "330106001", "ok", "street"),
                CsvTestSupport.Rec.of(4, "330106002", "西湖区", "村"),
                CsvTestSupport.Rec.of(5, "330106003", "plain", "x"),
                CsvTestSupport.Rec.of(6, "330106004", "北山", "社区"),
            };
            assertThat(CsvTestSupport.parseAll(parser)).containsExactly(expected);
            assertThat(parser.decodingErrorCount()).isZero();
            assertThat(parser.encodingHint()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 1 << 20})
    void next_decodingErrorInsideQuotedMultiLineField_flagsThatRecordOnly(int chunk) throws IOException {
        byte[] bytes = concat(
                "a,b\n1,\"x\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF},
                "y\"\n2,ok\n3,\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                "\"".getBytes(StandardCharsets.UTF_8));
        try (CsvParser parser = CsvParser.of(
                CsvTestSupport.chunked(new ByteArrayInputStream(bytes), chunk), StandardCharsets.UTF_8, "q.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.hasDecodingError()).isFalse();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.field(1)).isEqualTo("x\n\uFFFDy");
            assertThat(row.decodingError()).isEqualTo("not valid UTF-8 at byte 9 (bytes FF 79)");
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.hasDecodingError()).isFalse();
            assertThat(row.decodingError()).isNull();
            assertThat(row.decodingErrorByte()).isEqualTo(-1);
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(5);
            assertThat(row.field(1)).isEqualTo("\uFFFD\uFFFD");
            assertThat(row.decodingError()).isEqualTo("not valid UTF-8 at byte 21 (bytes C0 AF)");
            assertThat(parser.next(row)).isFalse();
            assertThat(parser.decodingErrorCount()).isEqualTo(3);
            assertThat(parser.encodingHint()).isNull();
        }
    }

    @Test
    void next_gb18030RoundTrip_exactText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gb18030.csv");
        // 𠀀 (U+20000) and € need GB18030's four-byte sequences
        String[][] rows = {
            {"编号", "名称", "备注"},
            {"1", "西湖区", "含逗号,和\"引号\""},
            {"2", "𠀀村", "€ 100"},
            {"3", "北山街道", "多行\n文本"},
        };
        try (CsvWriter writer = CsvWriter.open(file, GB18030)) {
            for (String[] r : rows) {
                writer.writeRow(r);
            }
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(
                ("编号,名称,备注\n1,西湖区,\"含逗号,和\"\"引号\"\"\"\n2,𠀀村,€ 100\n3,北山街道,\"多行\n文本\"\n").getBytes(GB18030));
        try (CsvParser parser = CsvParser.open(file, GB18030)) {
            assertThat(CsvTestSupport.parseAll(parser)).containsExactly(
                    new CsvTestSupport.Rec(1, List.of(rows[0])),
                    new CsvTestSupport.Rec(2, List.of(rows[1])),
                    new CsvTestSupport.Rec(3, List.of(rows[2])),
                    new CsvTestSupport.Rec(4, List.of(rows[3])));
            assertThat(parser.decodingErrorCount()).isZero();
        }
    }

    @Test
    void next_manyDecodingErrorsAcrossBuffers_everyRecordCountedAndFlagged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.csv");
        int rows = 30_000;
        StringBuilder sb = new StringBuilder("id,name\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(',').append(i % 3 == 0 ? "调解委员会" : "plain").append('\n');
        }
        Files.write(file, sb.toString().getBytes(GBK));
        int records = 0;
        int flagged = 0;
        long lastLine = 0;
        try (CsvParser parser = CsvParser.open(file, StandardCharsets.UTF_8)) {
            CsvRow row = new CsvRow();
            while (parser.next(row)) {
                records++;
                lastLine = row.line();
                if (row.hasDecodingError()) {
                    flagged++;
                    assertThat(Long.parseLong(row.field(0)) % 3).isZero();
                    assertThat(row.decodingError()).startsWith("not valid UTF-8 at byte ");
                }
            }
            assertThat(parser.encodingHint()).isNotNull();
        }
        assertThat(records).isEqualTo(rows + 1);
        assertThat(lastLine).isEqualTo(rows + 1);
        assertThat(flagged).isEqualTo(rows / 3);
    }
}
