package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.indicators.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csi report --format xlsx}: the workbook of the report and of the rows that {@code --format
 * json} writes with the same options, read back with POI; {@code --out} required. One town of the
 * bundled sample (益巷街道, 330102001), so that the run takes seconds.
 */
final class XlsxReportTest {
    private static final String[] TOWN = {"report", "--sample", "--period", "2024-06", "--compare", "yoy",
        "--unit", "330102001"};

    @TempDir
    Path tmp;

    @Test
    void report_xlsx_workbookHoldsTheReportAndTheJsonRows() throws IOException {
        Path xlsx = tmp.resolve("report.xlsx");
        Path json = tmp.resolve("report.json");
        CliRun r = CliRun.csi(args("--format", "xlsx", "--issuer", "白兴区公安分局", "--out", xlsx.toString()));
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("益巷街道2024年6月社区治安形势报告 written to ").contains(" rows of indicator values for 2024-06 vs 2023-06");
        assertThat(CliRun.csi(args("--format", "json", "--out", json.toString())).code()).isEqualTo(Csi.OK);
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("rows");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("封面", "一、治安形势").endsWith("附录：指标定义与统计方法", "明细行").hasSize(10);
            assertThat(texts(wb.getSheet("封面"))).contains("发布单位", "白兴区公安分局", "2024-06", "2023-06");
            Sheet sheet = wb.getSheet("明细行");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size()).isGreaterThan(1000);
            for (int i = 0; i < rows.size(); i++) {
                assertRow(sheet.getRow(i + 1), rows.get(i));
            }
        }
    }

    /** A row of the sheet against the JSON's row: null ↔ no cell, numbers ↔ numeric cells, flags joined by ';'. */
    private static void assertRow(Row row, JsonNode json) {
        for (int c = 0; c < Results.COLUMNS.size(); c++) {
            JsonNode v = json.get(Results.COLUMNS.get(c));
            Cell cell = row.getCell(c);
            String where = "row " + (row.getRowNum() + 1) + " " + Results.COLUMNS.get(c);
            if (v.isNull() || (v.isArray() && v.isEmpty())) {
                assertTrue(cell == null, where);
            } else if (v.isNumber()) {
                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                assertEquals(v.asDouble(), cell.getNumericCellValue(), where);
            } else if (v.isBoolean()) {
                assertEquals(v.asBoolean(), cell.getBooleanCellValue(), where);
            } else if (v.isArray()) {
                List<String> flags = new ArrayList<>();
                v.forEach(f -> flags.add(f.asText()));
                assertEquals(String.join(";", flags), cell.getStringCellValue(), where);
            } else {
                assertEquals(v.asText(), cell.getStringCellValue(), where);
            }
        }
    }

    @Test
    void report_xlsxToStandardOutput_usageError() {
        CliRun r = CliRun.csi(args("--format", "xlsx"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format xlsx writes a binary Excel workbook, which cannot go to standard "
                + "output: give --out FILE.xlsx");
    }

    @Test
    void report_bulletinHeadWithTheRows_usageError() {
        // the issuer, number and date head a document; the tidy rows have no head
        for (String[] option : new String[][] {{"--issuer", "x"}, {"--doc-no", "后公〔2025〕3号"}, {"--date", "2025-01-15"}}) {
            CliRun r = CliRun.csi(args("--format", "csv", option[0], option[1], "--out", tmp.resolve("r.csv").toString()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(option[0] + " applies to the documents (--format html, md, pdf or xlsx), not csv");
            assertThat(tmp.resolve("r.csv")).doesNotExist();
        }
        CliRun badDate = CliRun.csi(args("--format", "html", "--date", "2025-02-30", "--out",
                tmp.resolve("r.html").toString()));
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date must be a date as YYYY-MM-DD, e.g. 2025-01-15, not '2025-02-30'");
        CliRun blank = CliRun.csi(args("--format", "html", "--doc-no", " ", "--out", tmp.resolve("r.html").toString()));
        assertThat(blank.err()).contains("--doc-no must not be blank");
        assertThat(tmp.resolve("r.html")).doesNotExist();
    }

    @Test
    void report_bulletinHead_inTheDocumentAndOnTheCover() throws IOException {
        CliRun md = CliRun.csi(args("--format", "md", "--issuer", "白兴区公安分局", "--doc-no", "白公〔2025〕12号",
                "--date", "2025-01-15"));
        assertThat(md.code()).as(md.toString()).isEqualTo(Csi.OK);
        assertThat(md.out()).startsWith("**白兴区公安分局**\n\n白公〔2025〕12号\n\n---\n\n# ").contains("\n2025年1月15日\n");
        Path xlsx = tmp.resolve("head.xlsx");
        CliRun r = CliRun.csi(args("--format", "xlsx", "--issuer", "白兴区公安分局", "--doc-no", "白公〔2025〕12号",
                "--date", "2025-01-15", "--out", xlsx.toString()));
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(texts(wb.getSheet("封面"))).contains("发布单位", "白兴区公安分局", "发文字号", "白公〔2025〕12号",
                    "成文日期", "2025年1月15日");
        }
    }

    @Test
    void report_xlsxIntoAMissingDirectory_exit1NamingTheTarget() {
        Path target = tmp.resolve("missing").resolve("report.xlsx");
        CliRun r = CliRun.csi(args("--format", "xlsx", "--out", target.toString()));
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("csi report: cannot write " + target);
        assertThat(tmp.resolve("missing")).doesNotExist();
    }

    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of(TOWN));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
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
}
