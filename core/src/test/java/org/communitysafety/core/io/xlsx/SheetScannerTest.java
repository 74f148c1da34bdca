package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.io.RowSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheet XML that {@link SheetScanner} reads for {@link SheetRows}, written by hand: the
 * forms of XML that Excel and other tools write and POI does not (prefixes, single quotes,
 * references, CDATA, comments, self-closing elements), with the buffer's end falling everywhere.
 */
final class SheetScannerTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Every form at once, with an {@code x:} prefix on each element. */
    static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!-- written by hand -->\n"
            + "<x:worksheet xmlns:x=\"" + MAIN + "\" xmlns:r=\"http://r\"><x:dimension ref=\"A1:C5\"/>\n"
            + "<x:sheetData>\n"
            + "<x:row r=\"1\" spans=\"1:2\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>id</x:t></x:is></x:c>"
            + "<x:c r='B1' t='inlineStr'><x:is><x:t>unit</x:t></x:is></x:c></x:row>\n"
            + "<!-- between rows --><?pi between rows?>\n"
            + "<x:row r = \"2\" ><x:c t = 'inlineStr' r = 'A2' ><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>A&amp;B </x:t></x:r>"
            + "<x:r><x:t xml:space=\"preserve\">&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;é中</x:t></x:r>"
            + "<x:rPh sb=\"0\" eb=\"1\"><x:t>PHONETIC</x:t></x:rPh><x:phoneticPr fontId=\"1\"/></x:is></x:c>"
            + "<!-- in a row --><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t><![CDATA[<raw> & ]]>tail</x:t></x:is></x:c></x:row>\n"
            + "<x:row r=\"3\"/>\n"
            + "<x:row r=\"4\"><x:c r=\"A4\" s=\"0\"/><x:c r=\"B4\"><x:f t=\"shared\" si=\"0\"/><x:v>12.50</x:v></x:c>"
            + "<x:c r=\"C4\"><x:extLst><x:ext><x:v>999</x:v></x:ext></x:extLst><x:v>7</x:v></x:c></x:row>\n"
            + "<x:row r=\"5\"><x:c r=\"A5\" t=\"str\"><x:f>\"a\"&amp;\"b\"</x:f><x:v>ab</x:v></x:c>"
            + "<x:c r=\"B5\"><?pi in a cell?><x:v><!-- c -->4<?p?>2</x:v></x:c>"
            + "<x:c r=\"C5\" t=\"inlineStr\"><x:is><x:t>x\r\ny\rz</x:t></x:is></x:c></x:row>\n"
            + "</x:sheetData><x:pageMargins left=\"0.7\"/></x:worksheet>";

    static final List<String> EXPECTED = List.of("header: [id, unit]",
            "2: [A&B <>\"'AB\uD83D\uDE00é中, <raw> & tail]", "4: [, 12.5, 7]", "5: [ab, 42, x\ny\nz]");

    @TempDir
    Path dir;

    static SheetRows sheet(byte[] xml, int buffer) {
        return new SheetRows("S", new SheetScanner(new ByteArrayInputStream(xml), buffer), Styles.NONE, false,
                SharedStrings.NONE.view(), XlsxWorkbookTest.COLUMNS, Map.of(), null, -1);
    }

    static List<String> rows(String xml, int buffer) throws IOException {
        return rows(xml.getBytes(StandardCharsets.UTF_8), buffer);
    }

    static List<String> rows(byte[] xml, int buffer) throws IOException {
        try (SheetRows rows = sheet(xml, buffer)) {
            return XlsxWorkbookTest.rows(rows);
        }
    }

    @Test
    void prefixesQuotesReferencesCdataCommentsSelfClosing_readAsStaxWould() throws IOException {
        assertThat(rows(SHEET, SheetScanner.BUFFER)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void bufferEndAnywhere_insideTagsAttributesReferencesAndCharacters_sameRows() throws IOException {
        for (int size = 1; size <= 96; size++) {
            assertThat(rows(SHEET, size)).as("buffer of %d bytes", size).containsExactlyElementsOf(EXPECTED);
        }
    }

    @Test
    void inAWorkbook_theSheetPartWrittenByHandIsRead() throws IOException {
        Path file = Workbooks.write(dir.resolve("poi.xlsx"), "Sheet1", new Object[] {"id"});
        Path hand = Workbooks.rewrite(file, dir.resolve("hand.xlsx"), Map.of("xl/worksheets/sheet1.xml", s -> SHEET));

        assertThat(XlsxWorkbookTest.rows(hand, "Sheet1")).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void byteOrderMarkOrUtf16OrLatin1Declared_readAsTheSameRows() throws IOException {
        byte[] utf8 = SHEET.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        String utf16 = SHEET.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        for (int size : new int[] {1, 7, SheetScanner.BUFFER}) {
            assertThat(rows(bom, size)).containsExactlyElementsOf(EXPECTED);
            assertThat(rows(utf16.getBytes(StandardCharsets.UTF_16), size)).containsExactlyElementsOf(EXPECTED); // FE FF
            assertThat(rows(withBom(utf16, StandardCharsets.UTF_16LE, 0xFF, 0xFE), size))
                    .containsExactlyElementsOf(EXPECTED);
            assertThat(rows(utf16.getBytes(StandardCharsets.UTF_16LE), size)).containsExactlyElementsOf(EXPECTED);
        }
        String latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>café</t></is></c></row></sheetData></worksheet>";
        assertThat(rows(latin1.getBytes(StandardCharsets.ISO_8859_1), 5)).containsExactly("header: [id]", "2: [café]");
    }

    private static byte[] withBom(String s, Charset cs, int b0, int b1) {
        byte[] text = s.getBytes(cs);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) b0;
        out[1] = (byte) b1;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    @Test
    void cutAnywhereBeforeTheEndOfSheetData_rowsBeforeTheCutThenOneRowSourceException() throws IOException {
        byte[] xml = SHEET.getBytes(StandardCharsets.UTF_8);
        String full = SHEET;
        int from = full.indexOf("<x:sheetData>");
        int to = full.indexOf("</x:sheetData>");
        from = full.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
        to = full.substring(0, to).getBytes(StandardCharsets.UTF_8).length;
        for (int cut = from; cut <= to; cut++) {
            byte[] part = java.util.Arrays.copyOf(xml, cut);
            for (int size : new int[] {3, SheetScanner.BUFFER}) {
                List<String> read = new ArrayList<>();
                try (SheetRows rows = sheet(part, size)) {
                    RowSource.RowSourceException e = org.junit.jupiter.api.Assertions.assertThrows(
                            RowSource.RowSourceException.class, () -> read.addAll(readSome(rows)),
                            "cut at byte " + cut);
                    assertThat(e.getMessage()).as("cut at byte %d", cut).matches(
                            "sheet S: the sheet's XML breaks off (before its first row|after row \\d) \\(.+\\);"
                                    + " the rows from there on are not read");
                    assertThat(rows.next()).isFalse();
                }
            }
        }
    }

    /** Rows until the reader throws; the rows read are not returned then, only checked to be in order. */
    private static List<String> readSome(SheetRows rows) throws IOException {
        List<String> out = new ArrayList<>();
        rows.header();
        while (rows.next()) {
            out.add(rows.line() + ": " + rows.fields());
            assertThat(EXPECTED).contains(out.get(out.size() - 1));
        }
        return out;
    }

    @Test
    void cutInsideARow_exceptionNamesTheRowAfterTheLastWholeOne() throws IOException {
        String cut = SHEET.substring(0, SHEET.indexOf("<x:c r=\"C4\""));
        try (SheetRows rows = sheet(cut.getBytes(StandardCharsets.UTF_8), 64)) {
            assertThat(rows.header()).contains(List.of("id", "unit"));
            assertThat(rows.next()).isTrue();
            assertThat(rows.line()).isEqualTo(2);
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(RowSource.RowSourceException.class,
                    e -> assertThat(e.line()).isEqualTo(4)).hasMessage("sheet S: the sheet's XML breaks off after"
                            + " row 3 (the XML ends inside the element x:row); the rows from there on are not read");
        }
    }

    @Test
    void malformed_doctypeUndeclaredEntityMismatchedTagsBadReference_rowSourceExceptionSayingWhat() {
        String head = "<?xml version=\"1.0\"?>";
        String open = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
        String close = "</t></is></c></row></sheetData></worksheet>";
        assertThatThrownBy(() -> rows(head + "<!DOCTYPE x [<!ENTITY e \"boom\">]>" + open + "&e;" + close, 64))
                .isInstanceOf(RowSource.RowSourceException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> rows(head + open + "&e;" + close, 64))
                .isInstanceOf(RowSource.RowSourceException.class)
                .hasMessageContaining("the entity \"e\" was referenced, but not declared");
        assertThatThrownBy(() -> rows(head + open + "&#0;" + close, 64))
                .isInstanceOf(RowSource.RowSourceException.class).hasMessageContaining("not an XML character");
        assertThatThrownBy(() -> rows(head + open + "x</is></t></c></row></sheetData></worksheet>", 64))
                .isInstanceOf(RowSource.RowSourceException.class)
                .hasMessageContaining("the element t must be ended by </t>, not </is>");
        assertThatThrownBy(() -> rows(head + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1<b/></v></c></row>"
                + "</sheetData></worksheet>", 64)).isInstanceOf(RowSource.RowSourceException.class)
                .hasMessageContaining("only text");
        assertThatThrownBy(() -> rows(head + "<worksheet><sheetData><row r=\"1\"><c r=A1><v>1</v></c></row>"
                + "</sheetData></worksheet>", 64)).isInstanceOf(RowSource.RowSourceException.class)
                .hasMessageContaining("without quotes");
    }

    @Test
    void notXml_theWorkbookNamesTheSheetAndPart() throws IOException {
        Path file = Workbooks.write(dir.resolve("poi.xlsx"), "Sheet1", new Object[] {"id"});
        Path bad = Workbooks.rewrite(file, dir.resolve("bad.xlsx"), Map.of("xl/worksheets/sheet1.xml", s -> "id,unit\n"));

        try (XlsxWorkbook wb = XlsxWorkbook.open(bad)) {
            assertThatThrownBy(() -> wb.sheet("Sheet1", XlsxWorkbookTest.COLUMNS, Map.of())).hasMessage(
                    "bad.xlsx, sheet Sheet1: the part xl/worksheets/sheet1.xml is not XML: content is not allowed"
                            + " in prolog");
        }
    }

    @Test
    void scanner_eventsLocalNamesAttributesAndTexts() throws IOException {
        String xml = "<?xml version='1.0'?><a:root xmlns:a='u' a:k = \"v&amp;w\" t='x\ty'><a:v/><a:v>t&#x1F600;</a:v>"
                + "<e><!-- skipped --><![CDATA[<no tag>]]></e></a:root>";
        try (SheetScanner s = new SheetScanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 2)) {
            assertThat(s.next()).isEqualTo(SheetScanner.START);
            assertThat(s.localName()).isEqualTo("root");
            assertThat(s.attributeCount()).isEqualTo(2); // xmlns:a is a declaration, not an attribute
            assertThat(s.value(s.attribute(new byte[] {'k'}))).isEqualTo("v&w");
            assertThat(s.value(s.attribute(new byte[] {'t'}))).isEqualTo("x y"); // white space normalised
            assertThat(s.next()).isEqualTo(SheetScanner.START);
            assertThat(s.isEmpty()).isTrue();
            assertThat(s.elementText()).isEmpty();
            assertThat(s.next()).isEqualTo(SheetScanner.START);
            assertThat(s.elementText()).isEqualTo("t\uD83D\uDE00");
            assertThat(s.next()).isEqualTo(SheetScanner.START);
            assertThat(s.localName()).isEqualTo("e");
            assertThat(s.next()).isEqualTo(SheetScanner.END); // the comment and CDATA between are skipped
            assertThat(s.next()).isEqualTo(SheetScanner.END);
            assertThat(s.localName()).isEqualTo("root");
            assertThat(s.next()).isEqualTo(SheetScanner.EOF);
        }
    }
}
