package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.indicators.report.Report;
import org.junit.jupiter.api.Test;

/** A cell's tone shades it as the HTML does; a number stays a number whatever its tone. */
final class SectionSheetTest {

    @Test
    void tones_shadeTextAndNumbers_noneLeavesTheCellPlain() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet();
            Row row = sheet.createRow(0);
            List<Report.Cell> cells = List.of(new Report.Cell("同比下降16.0% *", Report.Tone.BETTER),
                    new Report.Cell("同比下降2.3个百分点 *", Report.Tone.WORSE), Report.Cell.of("同比上升4.0% *"),
                    new Report.Cell("1,369", Report.Tone.WORSE), Report.Cell.of(""));
            for (int c = 0; c < cells.size(); c++) {
                SectionSheet.cell(row, c, cells.get(c), styles);
            }
            assertThat(fill(row, 0)).containsExactly(0xD5, 0xEF, 0xE6);
            assertThat(fill(row, 1)).containsExactly(0xF9, 0xDD, 0xCB);
            assertThat(fill(row, 2)).isNull();
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1369.0);
            assertThat(fill(row, 3)).containsExactly(0xF9, 0xDD, 0xCB);
            assertThat(row.getCell(4)).isNull();
        }
    }

    private static byte[] fill(Row row, int column) {
        XSSFColor c = ((XSSFCellStyle) row.getCell(column).getCellStyle()).getFillForegroundColorColor();
        return c == null ? null : c.getRGB();
    }
}
