package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.xlsx.Workbooks.Formula;
import org.communitysafety.core.io.xlsx.Workbooks.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows a sheet yields, field by field, for workbooks written by Apache POI: one test per
 * rule of the {@linkplain org.communitysafety.core.io.xlsx package description}.
 */
final class XlsxWorkbookTest {
    static final List<String> COLUMNS = List.of("id", "unit", "category", "occurred_on", "cleared_on", "loss");
    static final Map<String, String> ALIASES = Map.of("案件编号", "id", "所属单位", "unit", "发案时间", "occurred_on");

    @TempDir
    Path dir;

    /** Each row as {@code line: [fields]}, or {@code line: error} when it has a row error. */
    static List<String> rows(Path file, String sheet) throws IOException {
        try (XlsxWorkbook wb = XlsxWorkbook.open(file); RowSource rows = wb.sheet(sheet, COLUMNS, ALIASES)) {
            return rows(rows);
        }
    }

    static List<String> rows(RowSource rows) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("header: " + rows.header().map(Object::toString).orElse("none"));
        while (rows.next()) {
            assertThat(rows.fieldCount()).isEqualTo(rows.fields().size());
            for (int i = 0; i < rows.fieldCount(); i++) {
                assertThat(rows.field(i)).isEqualTo(rows.fields().get(i));
            }
            out.add(rows.line() + ": " + rows.fields() + rows.rowError().map(e -> " ! " + e).orElse(""));
        }
        return out;
    }

    private Path write(Object[]... rows) throws IOException {
        return Workbooks.write(dir.resolve("incidents.xlsx"), "Sheet1", rows);
    }

    // ---- header -----------------------------------------------------------------------------

    @Test
    void sheet_mergedTitleRowsAboveHeader_headerIsTheRowNamingAColumn() throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {
                {"2024 年一季度警情统计"}, {"制表单位：西湖分局", null, null, "制表日期：2024-04-01"}, null,
                {"ID", " Unit ", "category", "occurred_on"}, {"I1", "330101001", "theft", "2024-03-07"}});
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            Workbooks.save(wb, file);
        }

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [ID,  Unit , category, occurred_on]",
                "5: [I1, 330101001, theft, 2024-03-07]");
    }

    @Test
    void sheet_headerInChineseAliases_isFound() throws IOException {
        Path file = Workbooks.write(dir.resolve("警情.xlsx"), "警情", new Object[][] {
            {"警情明细"}, {"案件编号", "所属单位", "发案时间"}, {"A1", "330101001", "2024-03-07"}});

        try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
            assertThat(wb.sheetNames()).containsExactly("警情");
            assertThat(rows(wb.sheet("警情", COLUMNS, ALIASES))).containsExactly(
                    "header: [案件编号, 所属单位, 发案时间]", "3: [A1, 330101001, 2024-03-07]");
        }
    }

    @Test
    void sheet_noRowNamesAColumn_firstNonEmptyRowIsTheHeader() throws IOException {
        Path file = write(null, new Object[] {"I1", "330101001", "theft", "2024-03-07"},
                new Object[] {"I2", "330101002", "fraud", "2024-03-08"});

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [I1, 330101001, theft, 2024-03-07]",
                "3: [I2, 330101002, fraud, 2024-03-08]");
    }

    @Test
    void sheet_headerBelowTheSearchedRows_firstNonEmptyRowIsTheHeaderAndTheRestAreRows() throws IOException {
        Object[][] rows = new Object[SheetRows.HEADER_SEARCH_ROWS + 2][];
        for (int i = 0; i < rows.length - 1; i++) {
            rows[i] = new Object[] {"note " + (i + 1)};
        }
        rows[rows.length - 1] = new Object[] {"id", "unit"};
        Path file = write(rows);

        List<String> read = rows(file, "Sheet1");

        assertThat(read.get(0)).isEqualTo("header: [note 1]");
        assertThat(read).hasSize(1 + rows.length - 1).endsWith("32: [id, unit]");
        assertThat(read.get(1)).isEqualTo("2: [note 2]");
    }

    @Test
    void sheet_headerRepeated_yieldsBothCells() throws IOException {
        Path file = write(new Object[] {"id", "unit", "unit"}, new Object[] {"I1", "330101001", "330101002"});

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [id, unit, unit]", "2: [I1, 330101001, 330101002]");
    }

    @Test
    void sheet_noRows_headerIsEmpty() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("empty");
            Sheet blank = wb.createSheet("blank");
            CellStyle style = Workbooks.style(wb, "0.00");
            for (int r = 0; r < 5; r++) {
                blank.createRow(r).createCell(0).setCellStyle(style);
            }
            Workbooks.save(wb, dir.resolve("e.xlsx"));
        }

        assertThat(rows(dir.resolve("e.xlsx"), "empty")).containsExactly("header: none");
        assertThat(rows(dir.resolve("e.xlsx"), "blank")).containsExactly("header: none");
    }

    // ---- rows -----------------------------------------------------------------------------

    @Test
    void sheet_sparseRowsAndCells_lineIsTheExcelRowAndGapsAreEmpty() throws IOException {
        Path file = write(new Object[] {"id", "unit", "category", "occurred_on"}, null, null,
                new Object[] {"I1", null, null, "2024-03-07"}, null, new Object[] {null, "330101001"});

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [id, unit, category, occurred_on]",
                "4: [I1, , , 2024-03-07]",
                "6: [, 330101001, , ]");
    }

    @Test
    void sheet_blankRowsOfFormattedCells_areSkipped() throws IOException {
        Path file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {{"id", "unit"}, {"I1", "330101001"}, {"", ""}});
            CellStyle style = Workbooks.style(wb, "yyyy-mm-dd");
            for (int r = 3; r < 1000; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 6; c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            s.createRow(1000).createCell(1).setCellValue("330101002");
            Workbooks.save(wb, file);
        }

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [id, unit]", "2: [I1, 330101001]", "1001: [, 330101002]");
    }

    @Test
    void sheet_emptyHeaderCellsTrailing_trimmedAndValueBeyondHeaderKept() throws IOException {
        Path file = write(new Object[] {"id", "", "unit", ""}, new Object[] {"I1"},
                new Object[] {"I2", null, "330101001", null, "extra"});

        assertThat(rows(file, "Sheet1")).containsExactly(
                "header: [id, , unit]", "2: [I1, , ]", "3: [I2, , 330101001, , extra]");
    }

    // ---- values -----------------------------------------------------------------------------

    @Test
    void sheet_sharedStringsAndInlineStrings_readAsText() throws IOException {
        Path shared = write(new Object[] {"id", "unit"}, new Object[] {"案-1", " 330101001 "});
        Path inline = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            Workbooks.fill(wb, wb.createSheet("Sheet1"), new Object[][] {{"id", "unit"}, {"案-1", " 330101001 "}});
            Workbooks.save(wb, inline);
            wb.dispose();
        }

        assertThat(Workbooks.part(shared, "xl/worksheets/sheet1.xml")).contains("t=\"s\"");
        assertThat(Workbooks.part(inline, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        assertThat(rows(shared, "Sheet1")).containsExactly("header: [id, unit]", "2: [案-1,  330101001 ]");
        assertThat(rows(inline, "Sheet1")).isEqualTo(rows(shared, "Sheet1"));
    }

    @Test
    void sheet_sharedStringsLatin1AndWide_storedCompactlyReadBackExactly() throws IOException {
        Path file = write(new Object[] {"id", "unit", "category", "source"},
                new Object[] {"café", "案-1", "ÿ\u00A0x", "😀 emoji"}, new Object[] {"", "plain", "案-1", "café"});

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, unit, category, source]",
                "2: [café, 案-1, ÿ\u00A0x, 😀 emoji]", "3: [, plain, 案-1, café]");
    }

    @Test
    void sheet_richTextSharedString_runsJoinedPhoneticLeftOut() throws IOException {
        Path plain = write(new Object[] {"id", "category"}, new Object[] {"I1", "telecom"});
        Path rich = Workbooks.rewrite(plain, dir.resolve("rich.xlsx"), Map.of("xl/sharedStrings.xml",
                s -> s.replace("<t>telecom</t>", "<r><rPr><b/></rPr><t>tele</t></r><r><t xml:space=\"preserve\">com"
                        + "_fraud</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh>")));

        assertThat(rows(rich, "Sheet1")).containsExactly("header: [id, category]", "2: [I1, telecom_fraud]");
    }

    @Test
    void sheet_numbers_shortestPlainDecimal() throws IOException {
        Path file = write(new Object[] {"id", "loss", "b", "c", "d", "e", "f", "g"},
                new Object[] {1.0, 12.50, 1e7, 0.1 + 0.2, -3.25, 0.001, 1e-7, 123456789012345.0});

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, loss, b, c, d, e, f, g]",
                "2: [1, 12.5, 10000000, 0.30000000000000004, -3.25, 0.001, 0.0000001, 123456789012345]");
    }

    @Test
    void sheet_numbersStoredAsText_stayText() throws IOException {
        Path file = write(new Object[] {"id", "unit", "loss"},
                new Object[] {new Text("00123"), new Text("330101001"), new Text("12.50")});

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, unit, loss]", "2: [00123, 330101001, 12.50]");
    }

    @Test
    void sheet_dateFormattedCells_isoDatesWithTimeWhenThereIsOne() throws IOException {
        Path file = dir.resolve("d.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {
                {"id", "occurred_on", "cleared_on", "loss"},
                {"I1", LocalDate.of(2024, 3, 7), LocalDateTime.of(2024, 3, 7, 14, 23), 45358.0},
                {"I2", LocalDate.of(1900, 1, 1), LocalDateTime.of(2024, 3, 7, 14, 23, 5), null},
                {"I3", LocalDate.of(1900, 3, 1), LocalDateTime.of(2024, 12, 31, 23, 59, 59, 600_000_000), null}});
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14); // m/d/yy, built in
            CellStyle chinese = Workbooks.style(wb, "[$-804]yyyy\"年\"m\"月\"d\"日\";@");
            CellStyle elapsed = Workbooks.style(wb, "[h]:mm");
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("I4");
            r.createCell(1).setCellValue(45358.0);
            r.getCell(1).setCellStyle(builtIn);
            r.createCell(2).setCellValue(45358.25);
            r.getCell(2).setCellStyle(chinese);
            r.createCell(3).setCellValue(1.5);
            r.getCell(3).setCellStyle(elapsed);
            Workbooks.save(wb, file);
        }

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, occurred_on, cleared_on, loss]",
                "2: [I1, 2024-03-07, 2024-03-07 14:23, 45358]",
                "3: [I2, 1900-01-01, 2024-03-07 14:23:05, ]",
                "4: [I3, 1900-03-01, 2025-01-01, ]",
                "5: [I4, 2024-03-07, 2024-03-07 06:00, 1.5]");
    }

    @Test
    void sheet_date1904Workbook_serialsCountFrom1904() throws IOException {
        Path file = write(new Object[] {"id", "occurred_on"}, new Object[] {"I1", LocalDate.of(2024, 3, 7)});
        String serial1900 = "45358.0"; // as POI writes it
        Path shifted = Workbooks.rewrite(file, dir.resolve("1904.xlsx"), Map.of(
                "xl/workbook.xml", s -> s.replaceAll(" date1904=\"[^\"]*\"", "")
                        .replaceFirst("<workbookPr", "<workbookPr date1904=\"1\""),
                "xl/worksheets/sheet1.xml", s -> s.replace("<v>" + serial1900 + "</v>", "<v>" + (45358 - 1462) + "</v>")));

        assertThat(Workbooks.part(file, "xl/worksheets/sheet1.xml")).contains("<v>" + serial1900 + "</v>");
        try (XlsxWorkbook wb = XlsxWorkbook.open(shifted)) {
            assertThat(wb.date1904()).isTrue();
        }
        assertThat(rows(shifted, "Sheet1")).containsExactly("header: [id, occurred_on]", "2: [I1, 2024-03-07]");
    }

    @Test
    void sheet_serial60_rowErrorForTheFictitiousLeapDay() throws IOException {
        Path file = dir.resolve("60.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {{"id", "occurred_on"}, {"I1"}});
            Cell c = s.getRow(1).createCell(1);
            c.setCellValue(60.0);
            c.setCellStyle(Workbooks.style(wb, "yyyy-mm-dd"));
            Workbooks.save(wb, file);
        }

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, occurred_on]",
                "2: [I1, 60] ! column occurred_on (sheet Sheet1, cell B2): serial 60 is 1900-02-29, a day that does"
                        + " not exist (Excel's 1900 leap-year bug); enter the date again");
    }

    @Test
    void sheet_timeTypedAsText_passesThroughAsText() throws IOException {
        Path file = write(new Object[] {"id", "occurred_on"}, new Object[] {"I1", "2024-03-07 24:61"});

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, occurred_on]", "2: [I1, 2024-03-07 24:61]");
    }

    @Test
    void sheet_formulasWithCachedValues_readTheCachedValue() throws IOException {
        Path file = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {{"id", "unit", "loss", "category", "cleared_on"},
                {new Formula("\"I\"&1"), "330101001", new Formula("10.25*2"), new Formula("1=1"),
                    new Formula("1/0")}});
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Workbooks.save(wb, file);
        }

        assertThat(Workbooks.part(file, "xl/worksheets/sheet1.xml")).contains("t=\"str\"", "<f>10.25*2</f>");
        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, unit, loss, category, cleared_on]",
                "2: [I1, 330101001, 20.5, true, #DIV/0!]");
    }

    @Test
    void sheet_formulaWithoutCachedValue_rowErrorNamingColumnAndCell() throws IOException {
        Path file = write(new Object[] {"id", "unit", "category", "loss"}, null, null, null, null, null, null,
                null, null, null, null, new Object[] {"I1", "330101001", "theft", new Formula("SUM(D2:D11)")});

        assertThat(Workbooks.part(file, "xl/worksheets/sheet1.xml")).contains("<c r=\"D12\" s=\"0\"><f>SUM(D2:D11)</f></c>");
        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, unit, category, loss]",
                "12: [I1, 330101001, theft, ] ! column loss (sheet Sheet1, cell D12): formula without a cached"
                        + " value (=SUM(D2:D11)); open and save the workbook in Excel");
    }

    @Test
    void sheet_booleansAndErrors_asWordsAndErrorText() throws IOException {
        Path file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Workbooks.fill(wb, s, new Object[][] {{"id", "criminal", "repeat_call", "loss"}, {"I1", true, false}});
            s.getRow(1).createCell(3).setCellErrorValue(FormulaError.NA.getCode());
            Workbooks.save(wb, file);
        }

        assertThat(rows(file, "Sheet1")).containsExactly("header: [id, criminal, repeat_call, loss]",
                "2: [I1, true, false, #N/A]");
    }

    // ---- workbooks ----------------------------------------------------------------------------

    @Test
    void open_sheetNamesInWorkbookOrder_chineseNamesIncluded() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("说明");
            Workbooks.fill(wb, wb.createSheet("警情"), new Object[][] {{"id"}, {"I1"}});
            Workbooks.fill(wb, wb.createSheet("disputes"), new Object[][] {{"id"}, {"D1"}});
            Workbooks.save(wb, dir.resolve("all.xlsx"));
        }

        try (XlsxWorkbook wb = XlsxWorkbook.open(dir.resolve("all.xlsx"))) {
            assertThat(wb.sheetNames()).containsExactly("说明", "警情", "disputes");
            assertThat(rows(wb.sheet("disputes", COLUMNS, Map.of()))).containsExactly("header: [id]", "2: [D1]");
            assertThatThrownBy(() -> wb.sheet("incidents", COLUMNS, Map.of())).isInstanceOf(IOException.class)
                    .hasMessage("all.xlsx has no sheet named incidents; its sheets are 说明, 警情, disputes");
        }
    }

    @Test
    void open_absoluteSheetTargets_resolved() throws IOException {
        Path file = write(new Object[] {"id"}, new Object[] {"I1"});
        Path absolute = Workbooks.rewrite(file, dir.resolve("abs.xlsx"), Map.of("xl/_rels/workbook.xml.rels",
                s -> s.replace("Target=\"worksheets/", "Target=\"/xl/worksheets/")));

        assertThat(Workbooks.part(absolute, "xl/_rels/workbook.xml.rels")).contains("/xl/worksheets/sheet1.xml");
        assertThat(rows(absolute, "Sheet1")).containsExactly("header: [id]", "2: [I1]");
        assertThat(XlsxWorkbook.resolve("xl/", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
    }

    @Test
    void open_randomBytes_notAValidWorkbook() throws IOException {
        Path file = dir.resolve("incidents.xlsx");
        byte[] bytes = new byte[2048];
        new java.util.Random(12).nextBytes(bytes);
        Files.write(file, bytes);

        assertThatThrownBy(() -> XlsxWorkbook.open(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("incidents.xlsx is not a valid .xlsx workbook: it is not a complete zip"
                        + " archive (");
    }

    @Test
    void open_truncatedZip_notAValidWorkbook() throws IOException {
        Path file = write(new Object[] {"id"}, new Object[] {"I1"});
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> XlsxWorkbook.open(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("incidents.xlsx is not a valid .xlsx workbook: ");
    }

    @Test
    void open_emptyFileOrZipWithoutWorkbook_notAValidWorkbook() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path other = dir.resolve("other.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> XlsxWorkbook.open(empty))
                .hasMessage("empty.xlsx is not a valid .xlsx workbook: the file is empty");
        assertThatThrownBy(() -> XlsxWorkbook.open(other)).hasMessage("other.xlsx is not a valid .xlsx workbook:"
                + " the part xl/workbook.xml is missing; it is not an Excel workbook");
    }

    @Test
    void open_ole2File_passwordProtectedOrOldXls() throws IOException {
        Path file = dir.resolve("incidents.xlsx");
        byte[] bytes = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Files.write(file, bytes);

        assertThatThrownBy(() -> XlsxWorkbook.open(file)).isInstanceOf(IOException.class).hasMessage(
                "incidents.xlsx is password-protected (encrypted) or an old .xls workbook; save it as an unprotected"
                        + " .xlsx");
    }

    @Test
    void open_workbookEncryptedByPoi_passwordProtected() throws Exception {
        Path plain = write(new Object[] {"id"}, new Object[] {"I1"});
        Path encrypted = dir.resolve("secret.xlsx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile(),
                    org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE); var os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (var out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> XlsxWorkbook.open(encrypted)).hasMessageStartingWith(
                "secret.xlsx is password-protected (encrypted)");
    }

    @Test
    void sheet_xmlBreaksOffMidSheet_throwsAtTheRowAfterTheLastGoodOne() throws IOException {
        Path file = write(new Object[] {"id"}, new Object[] {"I1"}, new Object[] {"I2"}, new Object[] {"I3"});
        Path cut = Workbooks.rewrite(file, dir.resolve("cut.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                s -> s.substring(0, s.indexOf("<row r=\"4\"") + 12)));

        try (XlsxWorkbook wb = XlsxWorkbook.open(cut); RowSource rows = wb.sheet("Sheet1", COLUMNS, Map.of())) {
            assertThat(rows.header()).contains(List.of("id"));
            assertThat(rows.next()).isTrue();
            assertThat(rows.next()).isTrue();
            assertThat(rows.line()).isEqualTo(3);
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(RowSource.RowSourceException.class,
                    e -> assertThat(e.line()).isEqualTo(4)).hasMessageStartingWith(
                            "sheet Sheet1: the sheet's XML breaks off after row 3 (")
                    .hasMessageEndingWith("); the rows from there on are not read");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void sheet_doctypeWithEntity_isNotExpanded() throws IOException {
        Path file = write(new Object[] {"id"}, new Object[] {"I1"});
        Path evil = Workbooks.rewrite(file, dir.resolve("evil.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                s -> s.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                        .replace("<sheetData>", "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&e;</t>"
                                + "</is></c></row>")));

        try (XlsxWorkbook wb = XlsxWorkbook.open(evil)) {
            assertThatThrownBy(() -> rows(wb.sheet("Sheet1", COLUMNS, Map.of())))
                    .isInstanceOf(RowSource.RowSourceException.class);
        }
    }

    @Test
    void tooLarge_zipBombGuard_bothLimitsMustBeExceeded() {
        long gib = 1L << 30;
        assertThat(Parts.tooLarge(gib + 1, gib / 50)).isFalse(); // large but 50:1
        assertThat(Parts.tooLarge(gib + 1, gib / 200)).isTrue();
        assertThat(Parts.tooLarge(gib, 1)).isFalse(); // small enough, whatever the ratio
        assertThat(Parts.tooLarge(gib + 1, -1)).isTrue(); // size of the packed data unknown
    }

    @Test
    void provider_severalSheets_readsTheFirstNonEmptyOne() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("空白");
            Workbooks.fill(wb, wb.createSheet("警情"), new Object[][] {{"id"}, {"I1"}});
            Workbooks.fill(wb, wb.createSheet("later"), new Object[][] {{"id"}, {"I9"}});
            Workbooks.save(wb, dir.resolve("incidents.xlsx"));
        }

        XlsxProvider provider = new XlsxProvider();
        assertThat(provider.extension()).isEqualTo("xlsx");
        assertThat(provider.unavailable()).isEqualTo(Optional.empty());
        try (RowSource rows = provider.open(dir.resolve("incidents.xlsx"), java.nio.charset.StandardCharsets.UTF_8,
                COLUMNS, ALIASES)) {
            assertThat(rows(rows)).containsExactly("header: [id]", "2: [I1]");
        }
    }
}
