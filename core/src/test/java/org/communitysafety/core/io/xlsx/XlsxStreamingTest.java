package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communitysafety.core.io.RowSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of 200,000 rows (written by POI's streaming SXSSF, with a shared string per row) is read
 * row by row: every row arrives, in order, with the Excel row number, and the shared strings sit
 * in one character array.
 */
final class XlsxStreamingTest {
    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void sheet_200kRows_streamedInOrder() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            Sheet sheet = wb.createSheet("incidents");
            CellStyle date = Workbooks.style(wb, "yyyy-mm-dd");
            Row header = sheet.createRow(0);
            List<String> names = List.of("id", "unit", "category", "occurred_on", "loss");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("I" + r);
                row.createCell(1).setCellValue(330101001 + r % 2);
                row.createCell(2).setCellValue(r % 3 == 0 ? "theft" : "fraud");
                row.createCell(3).setCellValue(45292 + r % 366);
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(r / 4.0);
            }
            Workbooks.save(wb, file);
            wb.dispose();
        }

        long rows = 0;
        long lastLine = 0;
        try (XlsxWorkbook wb = XlsxWorkbook.open(file);
                RowSource source = wb.sheet("incidents", List.of("id", "unit"), Map.of())) {
            assertThat(source.header()).contains(List.of("id", "unit", "category", "occurred_on", "loss"));
            while (source.next()) {
                rows++;
                if (source.line() != rows + 1) {
                    assertThat(source.line()).as("row %d", rows).isEqualTo(rows + 1);
                }
                lastLine = source.line();
                if (rows == 12_345) {
                    assertThat(source.fields()).containsExactly("I12345", "330101002", "theft", "2024-09-24",
                            "3086.25");
                }
            }
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            SharedStrings strings = SharedStrings.read(zip, "xl/sharedStrings.xml");
            assertThat(strings.size()).isEqualTo(ROWS + 5 + 2); // ids, the header, theft and fraud
            assertThat(strings.view().get(7)).isEqualTo("I2");
        }
        assertThat(rows).isEqualTo(ROWS);
        assertThat(lastLine).isEqualTo(ROWS + 1);
    }
}
