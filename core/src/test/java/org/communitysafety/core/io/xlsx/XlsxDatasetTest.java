package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RejectedRow;
import org.communitysafety.core.io.xlsx.Workbooks.Formula;
import org.communitysafety.core.io.xlsx.Workbooks.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory whose incidents are an Excel export, read end to end through
 * {@link DatasetReader}: the same records as the CSV file, and problems that name the file, the
 * Excel row and the column.
 */
final class XlsxDatasetTest {
    private static final String INCIDENTS_CSV = """
            id,unit,category,occurred_on,reported_on,cleared_on,loss,criminal,source
            I1,330101001,theft,2024-03-07,2024-03-08,2024-03-20,1234.5,true,online
            I2,330101002,fraud,2024-02-29,,,12,false,
            案-3,330101,theft,2024-12-31,,,0.01,是,walk_in
            """;

    @TempDir
    Path dir;

    private Path directory(String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("jurisdictions.csv"), JURISDICTIONS, StandardCharsets.UTF_8);
        return d;
    }


    /** The export as Excel writes it: a merged title row, Chinese headers, typed cells, blank rows below. */
    private static void writeExport(Path file, Object[]... extraRows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("警情");
            Object[][] rows = new Object[][] {
                {"2024 年警情明细（测试市）"},
                {"案件编号", "所属单位", "案件类别", "发案时间", "报警时间", "破案时间", "损失金额", "criminal", "source"},
                {"I1", new Text("330101001"), "theft", LocalDate.of(2024, 3, 7),
                    LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 20), 1234.5, true, "online"},
                {"I2", 330101002L, "fraud", LocalDate.of(2024, 2, 29), null, null, 12.0, false},
                {"案-3", 330101L, "theft", "2024-12-31", null, null, new Formula("0.02/2"), "是", "walk_in"},
                {"", null, ""}};
            Object[][] all = java.util.Arrays.copyOf(rows, rows.length + extraRows.length);
            System.arraycopy(extraRows, 0, all, rows.length, extraRows.length);
            Workbooks.fill(wb, sheet, all);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Workbooks.save(wb, file);
        }
    }

    @Test
    void read_incidentsXlsx_sameRecordsAsTheCsvFile() throws IOException {
        Path csv = directory("csv");
        Files.writeString(csv.resolve("incidents.csv"), INCIDENTS_CSV, StandardCharsets.UTF_8);
        Path xlsx = directory("xlsx");
        writeExport(xlsx.resolve("incidents.xlsx"));

        ReadResult fromCsv = DatasetReader.read(csv);
        ReadResult fromXlsx = DatasetReader.read(xlsx);

        assertThat(messages(fromCsv)).isEmpty();
        assertThat(messages(fromXlsx)).isEmpty();
        assertThat(fromXlsx.orThrow()).isEqualTo(fromCsv.orThrow());
        assertThat(fromXlsx.orThrow().incidents()).hasSize(3);
        assertThat(fromXlsx.report().file("incidents.xlsx").accepted()).isEqualTo(3);
        assertThat(fromXlsx.report().file("incidents.xlsx").rowsRead()).isEqualTo(3);
    }

    @Test
    void read_badCell_problemNamesTheFileTheExcelRowAndTheColumn() throws IOException {
        Path xlsx = directory("xlsx");
        writeExport(xlsx.resolve("incidents.xlsx"), null, null,
                new Object[] {"I9", "330101001", "theft", "2024-02-30"});

        ReadResult result = DatasetReader.read(xlsx, ReadOptions.defaults().asLenient());

        assertThat(messages(result)).containsExactly(
                "incidents.xlsx line 9, column occurred_on: 2024-02-30 is not a date");
        assertThat(result.report().errors().get(0).value()).isEqualTo("2024-02-30");
        assertThat(result.report().rejected()).containsExactly(new RejectedRow("incidents.xlsx", 9,
                List.of("I9", "330101001", "theft", "2024-02-30", "", "", "", "", ""), result.report().errors()));
        assertThat(result.orThrow().incidents()).hasSize(3);
        assertBooksBalance(result);
    }

    @Test
    void read_formulaWithoutCachedValueAndExtraField_rowsRejectedWithTheirReasons() throws IOException {
        Path xlsx = directory("xlsx");
        Path file = xlsx.resolve("incidents.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb, wb.createSheet("警情"), new Object[][] {
                {"id", "unit", "category", "occurred_on", "loss"},
                {"I1", "330101001", "theft", LocalDate.of(2024, 3, 7), new Formula("SUM(E3:E9)")},
                {"I2", "330101001", "theft", LocalDate.of(2024, 3, 7), 1.0, "extra"},
                {"I3", "330101001", "theft", LocalDate.of(2024, 3, 7), 2.0}});
            Workbooks.save(wb, file);
        }

        ReadResult result = DatasetReader.read(xlsx, ReadOptions.defaults().asLenient());

        assertThat(messages(result)).containsExactly(
                "incidents.xlsx line 2: column loss (sheet 警情, cell E2): formula without a cached value"
                        + " (=SUM(E3:E9)); open and save the workbook in Excel",
                "incidents.xlsx line 3: the row has 6 fields; the header has 5");
        assertThat(result.orThrow().incidents()).hasSize(1);
        assertBooksBalance(result);
    }

    @Test
    void read_headerRepeated_theReaderReportsItOnce() throws IOException {
        Path xlsx = directory("xlsx");
        Workbooks.write(xlsx.resolve("incidents.xlsx"), "警情",
                new Object[] {"id", "unit", "category", "occurred_on", "unit"},
                new Object[] {"I1", "330101001", "theft", LocalDate.of(2024, 3, 7), "330101002"});

        ReadResult result = DatasetReader.read(xlsx);

        assertThat(messages(result)).contains(
                "incidents.xlsx line 1, column unit: column unit appears twice (fields 2 and 5)");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_dateTimeCells_keepTheTimeOfDay_andAutoEncodingDetectsNothingInAWorkbook() throws IOException {
        Path xlsx = directory("times");
        Workbooks.write(xlsx.resolve("incidents.xlsx"), "警情",
                new Object[] {"警情编号", "所属单位", "警情类别", "发案时间", "报警时间"},
                new Object[] {"I1", "330101001", "theft", java.time.LocalDateTime.of(2024, 3, 7, 14, 23),
                    java.time.LocalDateTime.of(2024, 3, 7, 15, 5, 30)});

        ReadResult result = DatasetReader.read(xlsx, org.communitysafety.core.io.ReadOptions.defaults()
                .withDetectedEncoding());

        org.communitysafety.core.record.Incident i = result.orThrow().incidents().get(0);
        assertThat(i.occurredTime()).contains(java.time.LocalTime.of(14, 23));
        assertThat(i.reportedTime()).contains(java.time.LocalTime.of(15, 5, 30));
        assertThat(messages(result)).as("a charset note is for text files, not for incidents.xlsx")
                .noneMatch(m -> m.startsWith("incidents.xlsx"));
    }

    @Test
    void read_lenient_loadsTheGoodRows_andKeepsTheBadOneAsTheSheetHasIt() throws IOException {
        Path xlsx = directory("lenient");
        Workbooks.write(xlsx.resolve("incidents.xlsx"), "警情",
                new Object[] {"2024年警情"},
                new Object[] {"警情编号", "所属单位", "警情类别", "发案时间"},
                new Object[] {"I1", "330101001", "theft", LocalDate.of(2024, 3, 7)},
                new Object[] {"I2", "330101001", "盗窃", new Text("2024-02-30 24:61")},
                new Object[] {"I3", "330101002", "fraud", java.time.LocalDateTime.of(2024, 3, 8, 9, 30)});

        ReadResult result = DatasetReader.read(xlsx, org.communitysafety.core.io.ReadOptions.defaults().asLenient());

        assertThat(result.orThrow().incidents()).extracting(org.communitysafety.core.record.Incident::id)
                .containsExactly("I1", "I3");
        assertThat(result.report().rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("incidents.xlsx");
            assertThat(r.line()).as("the Excel row").isEqualTo(4);
            assertThat(r.fields()).containsExactly("I2", "330101001", "盗窃", "2024-02-30 24:61");
        });
        assertThat(messages(result)).contains("incidents.xlsx line 4, column occurred_on: 2024-02-30 24:61 is not a date");
        assertBooksBalance(result);
    }

    @Test
    void read_headerBelowATitleRow_headerProblemsNameItsRow() throws IOException {
        Path xlsx = directory("xlsx");
        Workbooks.write(xlsx.resolve("incidents.xlsx"), "警情",
                new Object[] {"2024年警情统计表"},
                null,
                new Object[] {"警情编号", "所属单位", "发案时间"},
                new Object[] {"I1", "330101001", LocalDate.of(2024, 3, 7)});

        ReadResult result = DatasetReader.read(xlsx);

        assertThat(messages(result)).anySatisfy(m -> assertThat(m).startsWith(
                "incidents.xlsx line 3, column category: the required column category is missing"));
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_noHeaderRow_requiredColumnsReportedMissing() throws IOException {
        Path xlsx = directory("xlsx");
        Workbooks.write(xlsx.resolve("incidents.xlsx"), "Sheet1",
                new Object[] {"I1", "330101001", "theft", LocalDate.of(2024, 3, 7)});

        ReadResult result = DatasetReader.read(xlsx);

        assertThat(messages(result)).contains("incidents.xlsx line 1, column id: the required column id is missing");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_corruptOrProtectedWorkbook_oneProblemNamingTheFile() throws IOException {
        Path xlsx = directory("xlsx");
        Files.write(xlsx.resolve("incidents.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        Path zip = directory("zip");
        Files.writeString(zip.resolve("incidents.xlsx"), "PK\u0003\u0004 not really", StandardCharsets.ISO_8859_1);

        assertThat(messages(DatasetReader.read(xlsx))).containsExactly("incidents.xlsx: the file cannot be read:"
                + " incidents.xlsx is password-protected (encrypted) or an old .xls workbook; save it as an"
                + " unprotected .xlsx");
        assertThat(messages(DatasetReader.read(zip))).singleElement().asString().startsWith(
                "incidents.xlsx: the file cannot be read: incidents.xlsx is not a valid .xlsx workbook: ");
    }

    @Test
    void read_csvAndXlsxBothThere_csvReadAndXlsxNamedInAWarning() throws IOException {
        Path d = directory("both");
        Files.writeString(d.resolve("incidents.csv"), INCIDENTS_CSV, StandardCharsets.UTF_8);
        writeExport(d.resolve("incidents.xlsx"));

        ReadResult result = DatasetReader.read(d);

        assertThat(messages(result)).containsExactly(
                "incidents.xlsx: warning: both incidents.csv and incidents.xlsx exist; only incidents.csv is read");
    }
}
