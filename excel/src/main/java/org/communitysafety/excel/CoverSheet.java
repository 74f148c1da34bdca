package org.communitysafety.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet: the title and subtitle, then label and value in columns A and B (unit, period,
 * baseline, data cut-off, date generated, issuer when given), the headlines, and what the rows
 * sheets hold, including where they continue when the rows exceed a sheet. Stateless.
 */
final class CoverSheet {
    private CoverSheet() {}

    /** A label and its value; a null value leaves the line out. */
    record Line(String label, String value) {}

    static void write(Sheet sheet, Styles styles, String title, String subtitle, List<Line> lines,
            String headlinesLabel, List<String> headlines, List<String> notes) {
        int r = 0;
        text(sheet.createRow(r++), 0, title, styles.title);
        if (!subtitle.isEmpty()) {
            text(sheet.createRow(r++), 0, subtitle, null);
        }
        r++;
        int labelWidth = 0;
        for (Line line : lines) {
            if (line.value() == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, line.label(), styles.header);
            text(row, 1, line.value(), null);
            labelWidth = Math.max(labelWidth, TextWidth.of(line.label()));
        }
        if (!headlines.isEmpty()) {
            r++;
            text(sheet.createRow(r++), 0, headlinesLabel, styles.heading);
            for (String h : headlines) {
                text(sheet.createRow(r++), 0, h, null);
            }
        }
        r++;
        for (String n : notes) {
            text(sheet.createRow(r++), 0, n, styles.note);
        }
        sheet.setColumnWidth(0, TextWidth.columnWidth(labelWidth));
        sheet.setColumnWidth(1, TextWidth.columnWidth(40));
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
