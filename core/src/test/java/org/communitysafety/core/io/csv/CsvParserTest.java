package org.communitysafety.core.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.io.csv.CsvTestSupport.Rec;
import static org.communitysafety.core.io.csv.CsvTestSupport.parse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {
    /** Chunk sizes for the test reader: 1 and 2 split every CRLF and quote pair. */
    private static final int BIG = 1 << 20;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_simpleRows_fieldsAndLines(int chunk) throws IOException {
        assertThat(parse("code,name,level\n330106,西湖区,区\n330106001,北山街道,街道\n", chunk)).containsExactly(
                Rec.of(1, "code", "name", "level"),
                Rec.of(2, "330106", "西湖区", "区"),
                Rec.of(3, "330106001", "北山街道", "街道"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_emptyFields_keptAsEmptyStrings(int chunk) throws IOException {
        assertThat(parse(",a,,\n,\n", chunk)).containsExactly(
                Rec.of(1, "", "a", "", ""),
                Rec.of(2, "", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_quotedFieldWithCommaAndDoubledQuotes_unquoted(int chunk) throws IOException {
        assertThat(parse("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\"\n", chunk)).containsExactly(
                Rec.of(1, "a,b", "say \"hi\"", "\"", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_quotedFieldWithLf_keepsLfAndCountsLine(int chunk) throws IOException {
        assertThat(parse("h1,h2\n1,\"line one\nline two\nline three\"\n2,x\n", chunk)).containsExactly(
                Rec.of(1, "h1", "h2"),
                Rec.of(2, "1", "line one\nline two\nline three"),
                Rec.of(5, "2", "x"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_quotedFieldWithCrLf_keepsCrLfAndCountsOneLine(int chunk) throws IOException {
        assertThat(parse("h\r\n\"a\r\nb\",c\r\nnext,row\r\n", chunk)).containsExactly(
                Rec.of(1, "h"),
                Rec.of(2, "a\r\nb", "c"),
                Rec.of(4, "next", "row"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_quotedFieldWithLoneCr_countsLine(int chunk) throws IOException {
        assertThat(parse("\"a\rb\"\rc\r", chunk)).containsExactly(
                Rec.of(1, "a\rb"),
                Rec.of(3, "c"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_crLfLfAndCrEndings_allEndRecords(int chunk) throws IOException {
        assertThat(parse("a\r\nb\nc\rd\r\n", chunk)).containsExactly(
                Rec.of(1, "a"), Rec.of(2, "b"), Rec.of(3, "c"), Rec.of(4, "d"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_lastLineWithoutNewline_isRecord(int chunk) throws IOException {
        assertThat(parse("a,b\nc,d", chunk)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "c", "d"));
        assertThat(parse("a,b\n\"c\",\"d\"", chunk)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "c", "d"));
        assertThat(parse("a,", chunk)).containsExactly(Rec.of(1, "a", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, BIG})
    void next_emptyLines_skippedButCounted(int chunk) throws IOException {
        assertThat(parse("\n\na\n\r\n\rb\n\n\nc\n\n", chunk)).containsExactly(
                Rec.of(3, "a"), Rec.of(6, "b"), Rec.of(9, "c"));
    }

    @Test
    void next_whitespaceOnlyLineAndSpacesAroundFields_notTrimmed() throws IOException {
        assertThat(parse("  \n a , b \n\"\"\n", BIG)).containsExactly(
                Rec.of(1, "  "), Rec.of(2, " a ", " b "), Rec.of(3, ""));
    }

    @Test
    void next_quoteInsideUnquotedField_keptAsText() throws IOException {
        assertThat(parse("5\" pipe,a\"b\"\n", BIG)).containsExactly(Rec.of(1, "5\" pipe", "a\"b\""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, BIG})
    void next_byteOrderMark_skipped(int chunk) throws IOException {
        assertThat(parse("\uFEFFcode,name\n1,x\n", chunk)).containsExactly(
                Rec.of(1, "code", "name"), Rec.of(2, "1", "x"));
    }

    @Test
    void next_byteOrderMarkInUtf8Bytes_skipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'o', 'd', 'e', ',', 'n', '\n'});
        try (CsvParser parser = CsvParser.open(file, StandardCharsets.UTF_8)) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.field(0)).isEqualTo("code");
            assertThat(row.toList()).containsExactly("code", "n");
            assertThat(parser.next(row)).isFalse();
        }
    }

    @Test
    void next_byteOrderMarkLaterInText_kept() throws IOException {
        assertThat(parse("a\n\uFEFFb\n", BIG)).containsExactly(Rec.of(1, "a"), Rec.of(2, "\uFEFFb"));
    }

    @Test
    void next_headerOnly_oneRecord() throws IOException {
        assertThat(parse("code,name,level\n", BIG)).containsExactly(Rec.of(1, "code", "name", "level"));
    }

    @Test
    void next_emptyInput_noRecords() throws IOException {
        assertThat(parse("", BIG)).isEmpty();
        assertThat(parse("\uFEFF", BIG)).isEmpty();
        assertThat(parse("\n\r\n", BIG)).isEmpty();
    }

    @Test
    void next_atEnd_returnsFalseRepeatedlyAndKeepsRow() throws IOException {
        try (CsvParser parser = CsvParser.of(new StringReader("a,b\n"), "t.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(parser.next(row)).isFalse();
            assertThat(parser.next(row)).isFalse();
            assertThat(row.toList()).containsExactly("a", "b");
            assertThat(parser.line()).isEqualTo(2);
        }
    }

    @Test
    void next_manyFields_rowGrows() throws IOException {
        String line = String.join(",", java.util.Collections.nCopies(100, "x")) + "\n";
        try (CsvParser parser = CsvParser.of(new StringReader(line + "a\n"), "t.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.fieldCount()).isEqualTo(100);
            assertThat(row.field(99)).isEqualTo("x");
            assertThat(parser.next(row)).isTrue();
            assertThat(row.fieldCount()).isEqualTo(1);
            assertThat(row.fieldOrNull(1)).isNull();
            assertThatThrownBy(() -> row.field(1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void next_multiLineRecord_endLineIsLastPhysicalLine() throws IOException {
        try (CsvParser parser = CsvParser.of(new StringReader("a,\"x\ny\nz\"\nb\n"), "t.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(1);
            assertThat(row.endLine()).isEqualTo(3);
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.endLine()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, BIG})
    void next_unclosedQuote_throwsWithOpeningLineThenEnds(int chunk) throws IOException {
        String text = "h\nok,1\n\n" + "bad,\"never\nclosed\nat all\n";
        try (CsvParser parser = CsvParser.of(CsvTestSupport.chunked(text, chunk), "incidents.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(parser.next(row)).isTrue();
            assertThatThrownBy(() -> parser.next(row))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo(
                                "incidents.csv line 6: unclosed quoted field (opened on line 4)");
                        assertThat(e.line()).isEqualTo(6);
                        assertThat(e.recordLine()).isEqualTo(4);
                        assertThat(e.reason()).isEqualTo("unclosed quoted field (opened on line 4)");
                        assertThat(e.sourceName()).isEqualTo("incidents.csv");
                    });
            assertThat(parser.next(row)).isFalse();
        }
    }

    @Test
    void next_unclosedQuoteWithoutFinalNewline_reportsLastLine() {
        assertThatThrownBy(() -> parse("a\n\"b\nc", BIG))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 3: unclosed quoted field (opened on line 2)");
        assertThatThrownBy(() -> parse("\"", BIG))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 1: unclosed quoted field (opened on line 1)");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, BIG})
    void next_garbageAfterClosingQuote_throwsThenContinuesWithNextLine(int chunk) throws IOException {
        String text = "a,b\r\n1,\"ab\"c,d\r\n2,ok\r\n";
        try (CsvParser parser = CsvParser.of(CsvTestSupport.chunked(text, chunk), "t.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThatThrownBy(() -> parser.next(row))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("t.csv line 2: unexpected character 'c' after the "
                                + "closing quote of field 2; a quote inside a quoted field must be doubled (\"\")");
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.recordLine()).isEqualTo(2);
                    });
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.toList()).containsExactly("2", "ok");
            assertThat(parser.next(row)).isFalse();
        }
    }

    @Test
    void next_spaceAfterClosingQuoteInMultiLineRecord_reportsLineOfSpace() throws IOException {
        try (CsvParser parser = CsvParser.of(new StringReader("\"x\ny\" ,z\nnext\n"), "t.csv")) {
            CsvRow row = new CsvRow();
            assertThatThrownBy(() -> parser.next(row))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.reason()).isEqualTo("unexpected character ' ' (space) after the closing quote "
                                + "of field 1; a quote inside a quoted field must be doubled (\"\")");
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.recordLine()).isEqualTo(1);
                    });
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.toList()).containsExactly("next");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, BIG})
    void next_fieldLongerThanMaximum_throwsThenContinues(int chunk) throws IOException {
        String text = "1234567890,ok\n\"" + "x".repeat(50) + "\",y\n" + "z".repeat(11) + "\n\"quoted\nlong\",a\nlast\n";
        try (CsvParser parser = CsvParser.of(CsvTestSupport.chunked(text, chunk), "t.csv").maxFieldLength(10)) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.toList()).containsExactly("1234567890", "ok");
            assertThatThrownBy(() -> parser.next(row)).isInstanceOf(CsvFormatException.class)
                    .hasMessage("t.csv line 2: field 1 is longer than 10 characters; is a closing quote missing?");
            assertThatThrownBy(() -> parser.next(row)).isInstanceOf(CsvFormatException.class)
                    .hasMessage("t.csv line 3: field 1 is longer than 10 characters; is a closing quote missing?");
            assertThatThrownBy(() -> parser.next(row)).isInstanceOf(CsvFormatException.class)
                    .hasMessage("t.csv line 5: field 1 is longer than 10 characters; is a closing quote missing?");
            assertThat(parser.next(row)).isTrue();
            assertThat(row.line()).isEqualTo(6);
            assertThat(row.toList()).containsExactly("last");
        }
    }

    @Test
    void next_nullRow_throwsNullPointerException() {
        assertThatThrownBy(() -> CsvParser.of(new StringReader("a"), "t").next(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void open_file_sourceNameIsFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("incidents.csv");
        Files.writeString(file, "a\n\"b\n");
        try (CsvParser parser = CsvParser.open(file)) {
            assertThat(parser.sourceName()).isEqualTo("incidents.csv");
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThatThrownBy(() -> parser.next(row)).hasMessageStartingWith("incidents.csv line 2: ");
        }
    }

    @Test
    void next_largeGeneratedFile_rightCountAndLastLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.csv");
        int rows = 200_000;
        try (CsvWriter writer = CsvWriter.open(file, StandardCharsets.UTF_8)) {
            writer.writeRow("id", "district", "note", "amount");
            for (int i = 1; i <= rows; i++) {
                String note = i % 1000 == 0 ? "two\nlines, \"quoted\"" : "村委会调解 " + i;
                writer.writeRow(Integer.toString(i), "西湖区", note, i + ".50");
            }
        }
        long records = 0;
        long lastLine = 0;
        String lastId = null;
        long checksum = 0;
        try (CsvParser parser = CsvParser.open(file, StandardCharsets.UTF_8)) {
            CsvRow row = new CsvRow();
            while (parser.next(row)) {
                records++;
                lastLine = row.line();
                lastId = row.field(0);
                assertThat(row.fieldCount()).isEqualTo(4);
                assertThat(row.hasDecodingError()).isFalse();
                if (records > 1) {
                    checksum += Long.parseLong(row.field(0));
                }
            }
        }
        assertThat(records).isEqualTo(rows + 1);
        // every 1000th note spans two lines: 200 extra physical lines before the last record
        assertThat(lastLine).isEqualTo(rows + 1 + (rows / 1000 - 1));
        assertThat(lastId).isEqualTo("200000");
        assertThat(checksum).isEqualTo((long) rows * (rows + 1) / 2);
    }
}
