package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.ResultsFormat;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The workbook of the bundled sample (the standard sample, as {@code csi report --sample} reads
 * it), read back with POI's {@code XSSFWorkbook}: sheets, cover, numbers and their formats, frozen
 * panes, the tidy rows cell for cell against {@link Results}, the overflow onto further sheets,
 * and a golden dump. The report and rows are for one town (益巷街道, 330102001) and its villages,
 * so that the workbook is read back whole in a second or two.
 */
final class ReportWorkbookTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("csi.golden.update");
    static final String TOWN = "330102001";
    static final ColumnarDataset DATA = ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard()).dataset());
    static final Report REPORT = Report.builder(Indicators.of(DATA)).unit(TOWN).period("2024-06").build();
    static final Results ROWS = Indicators.of(DATA).period("2024-06").compareYearOnYear().unit(TOWN).computeAll();
    static final LocalDate GENERATED = LocalDate.of(2024, 7, 5);
    static final XSSFWorkbook WORKBOOK = read(ReportWorkbook.builder(ROWS).report(REPORT).issuer("白兴区公安分局")
            .generated(GENERATED).build());

    static XSSFWorkbook read(ReportWorkbook workbook) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sheets_coverThenASheetPerSectionThenTheRows() {
        List<String> names = new ArrayList<>();
        WORKBOOK.forEach(s -> names.add(s.getSheetName()));
        List<String> expected = new ArrayList<>(List.of("封面"));
        REPORT.sections().forEach(s -> expected.add(SheetNames.clean(s.title())));
        expected.add("明细行");
        assertThat(names).containsExactlyElementsOf(expected).hasSize(REPORT.sections().size() + 2);
        assertThat(names.get(1)).isEqualTo("一、治安形势");
        ReportWorkbook workbook = ReportWorkbook.builder(ROWS).report(REPORT).build();
        assertThat(workbook.sheetNames()).isEqualTo(names);
        assertThat(workbook).hasToString("ReportWorkbook[" + REPORT.title() + ": "
                + String.format(Locale.ROOT, "%,d", ROWS.size()) + " rows; " + String.join(", ", names) + "]");
    }

    @Test
    void cover_titleUnitPeriodBaselineCutoffGeneratedIssuer() {
        Sheet cover = WORKBOOK.getSheetAt(0);
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo(REPORT.title()).contains("益巷街道");
        assertThat(cover.getRow(1).getCell(0).getStringCellValue()).isEqualTo(REPORT.subtitle());
        assertThat(labelled(cover)).containsExactly("单位代码=330102001", "统计期=2024-06", "对比期=2023-06",
                "数据截至=2024-06-30", "生成日期=2024-07-05", "发布单位=白兴区公安分局");
        assertThat(texts(cover)).containsAll(REPORT.headlines())
                .anyMatch(t -> t.startsWith("工作表“明细行”：" + String.format(Locale.ROOT, "%,d", ROWS.size()) + "行"))
                .noneMatch(t -> t.contains("续写"));
    }

    @Test
    void tidyRows_equalResultsRowForRow_numbersAsNumbers() {
        Sheet sheet = WORKBOOK.getSheet("明细行");
        assertThat(ROWS.size()).isGreaterThan(1000);
        assertThat(sheet.getLastRowNum()).isEqualTo(ROWS.size());
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        assertThat(header).isEqualTo(Results.COLUMNS);
        int i = 1;
        for (IndicatorRow r : ROWS) {
            assertRow(sheet.getRow(i++), r);
        }
    }

    /** Each cell as {@link ResultsFormat#cells} types it: numbers numeric, booleans boolean, null absent. */
    static void assertRow(Row row, IndicatorRow r) {
        Object[] cells = ResultsFormat.cells(r);
        for (int c = 0; c < cells.length; c++) {
            Object expected = cells[c];
            Cell cell = row.getCell(c);
            String where = "row " + (row.getRowNum() + 1) + " column " + Results.COLUMNS.get(c);
            if (expected == null || (expected instanceof List<?> l && l.isEmpty())) {
                assertTrue(cell == null || cell.getCellType() == CellType.BLANK
                        || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty()), where);
            } else if (expected instanceof Long l) {
                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                assertEquals((double) l, cell.getNumericCellValue(), where);
            } else if (expected instanceof Double d) {
                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                assertEquals(d, cell.getNumericCellValue(), where);
            } else if (expected instanceof Boolean b) {
                assertEquals(CellType.BOOLEAN, cell.getCellType(), where);
                assertEquals(b, cell.getBooleanCellValue(), where);
            } else {
                assertEquals(ResultsFormat.text(expected), cell.getStringCellValue(), where);
            }
        }
    }

    @Test
    void tidyRows_formatsByUnit_headerFrozen() {
        Sheet sheet = WORKBOOK.getSheet("明细行");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(formatOf(sheet, "incidents.count", 6)).isEqualTo("#,##0");
        assertThat(formatOf(sheet, "incidents.clearance_rate", 7)).isEqualTo("#,##0");
        assertThat(formatOf(sheet, "incidents.clearance_rate", 6)).isEqualTo("0.0%");
        assertThat(formatOf(sheet, "incidents.loss", 6)).isEqualTo("#,##0.00\"元\"");
        assertThat(formatOf(sheet, "incidents.count", 14)).isEqualTo("0.0\"%\"");
        assertThat(sheet.getColumnWidth(2) / 256).as("unitName: 4 to 6 Chinese characters")
                .isBetween(TextWidth.of("益巷街道") + 2, TextWidth.MAX + 2);
    }

    /** The data format of column {@code column} in the first row of {@code indicator} with a number there. */
    private static String formatOf(Sheet sheet, String indicator, int column) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(indicator)
                    && row.getCell(column) != null && row.getCell(column).getCellType() == CellType.NUMERIC) {
                return row.getCell(column).getCellStyle().getDataFormatString();
            }
        }
        throw new AssertionError("no number in column " + column + " for " + indicator);
    }

    @Test
    void sectionTables_numbersDisplayAsTheReportWroteThem() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        int numbers = 0;
        for (Report.Section section : REPORT.sections()) {
            Sheet sheet = WORKBOOK.getSheet(SheetNames.clean(section.title()));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers++;
                        String shown = formatter.formatCellValue(cell).replace("E", "e");
                        assertThat(tableCells(section)).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .contains(shown);
                    }
                }
            }
        }
        assertThat(numbers).isGreaterThan(100);
        Sheet headline = WORKBOOK.getSheet("一、治安形势");
        Row first = findRow(headline, "发案数");
        assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
    }

    @Test
    void sectionTables_shadedByTone_asTheHtmlIs() {
        int toned = 0;
        for (Report.Section section : REPORT.sections()) {
            Map<String, Set<Report.Tone>> tones = new HashMap<>();
            long expected = 0;
            for (Report.Table t : section.tables()) {
                for (List<Report.Cell> r : t.cells()) {
                    for (Report.Cell c : r) {
                        tones.computeIfAbsent(c.text(), k -> EnumSet.noneOf(Report.Tone.class)).add(c.tone());
                        expected += c.tone() == Report.Tone.NONE ? 0 : 1;
                    }
                }
            }
            Sheet sheet = WORKBOOK.getSheet(SheetNames.clean(section.title()));
            long shaded = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    XSSFColor fill = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
                    if (fill == null || Arrays.equals(fill.getRGB(), new byte[] {(byte) 0xEE, (byte) 0xF2, (byte) 0xF6})) {
                        continue;   // no fill, or a table header's
                    }
                    String text = new DataFormatter().formatCellValue(cell);
                    Report.Tone tone = Arrays.equals(fill.getRGB(), Styles.BETTER_FILL) ? Report.Tone.BETTER
                            : Arrays.equals(fill.getRGB(), Styles.WORSE_FILL) ? Report.Tone.WORSE : null;
                    assertThat(tone).as("fill of %s on %s", text, sheet.getSheetName()).isNotNull();
                    assertThat(tones.getOrDefault(text, Set.of())).as(text).contains(tone);
                    shaded++;
                }
            }
            assertThat(shaded).as(section.id()).isEqualTo(expected);
            toned += (int) expected;
        }
        assertThat(toned).isPositive();
    }

    @Test
    void sectionWithOneTable_headerFrozen() {
        Report.Section zero = REPORT.section("zero").orElseThrow();
        assertThat(zero.tables()).hasSize(1);
        Sheet sheet = WORKBOOK.getSheet(SheetNames.clean(zero.title()));
        int header = findRow(sheet, zero.tables().get(0).header().get(0)).getRowNum();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
    }

    @Test
    void rowsPastTheSheetLimit_continueOnFurtherSheets_coverSaysSo() {
        XSSFWorkbook wb = read(ReportWorkbook.builder(ROWS).generated(GENERATED).rowsPerSheet(1001).build());
        int sheets = (ROWS.size() + 999) / 1000;
        assertThat(sheets).isGreaterThan(1);
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).hasSize(sheets + 1).startsWith("封面", "明细行", "明细行 (2)");
        int i = 0;
        for (int s = 1; s <= sheets; s++) {
            Sheet sheet = wb.getSheetAt(s);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("indicator");
            assertThat(sheet.getLastRowNum()).isEqualTo(s < sheets ? 1000 : ROWS.size() - 1000 * (sheets - 1));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertRow(sheet.getRow(r), ROWS.rows().get(i++));
            }
        }
        assertThat(i).isEqualTo(ROWS.size());
        assertThat(texts(wb.getSheetAt(0))).anyMatch(t -> t.contains("续写在" + sheets + "个工作表中：明细行, 明细行 (2)"));
    }

    @Test
    void rowsPerSheet_outsideExcelsRange_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> ReportWorkbook.builder(ROWS).rowsPerSheet(1_048_577));
        assertThat(e.getMessage()).isEqualTo("rows a sheet (1048577) must be in [2, 1048576]");
    }

    @Test
    void english_labelsAndSheetNames() {
        Report en = Report.builder(Indicators.of(DATA)).unit(TOWN).period("2024-06").language(Language.EN).build();
        List<String> names = ReportWorkbook.builder(ROWS).report(en).build().sheetNames();
        assertThat(names).startsWith("Cover").endsWith("Rows").hasSize(en.sections().size() + 2);
    }

    @Test
    void golden_dumpMatches() throws IOException {
        String actual = WorkbookDump.of(WORKBOOK, 60);
        Path file = GOLDEN.resolve("workbook-" + TOWN + "-2024-06-zh.txt.golden");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; write it with -Dcsi.golden.update=true").exists();
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "the workbook differs from " + file);
    }

    private static List<String> labelled(Sheet cover) {
        List<String> list = new ArrayList<>();
        for (Row row : cover) {
            if (row.getCell(1) != null && row.getCell(0) != null) {
                list.add(row.getCell(0).getStringCellValue() + "=" + row.getCell(1).getStringCellValue());
            }
        }
        return list;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> list = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                list.add(c.getStringCellValue());
            }
        }));
        return list;
    }

    private static List<String> tableCells(Report.Section section) {
        return section.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream).toList();
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first + " in " + sheet.getSheetName());
    }
}
