package org.communitysafety.excel;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communitysafety.indicators.report.Report;

/**
 * A section of the report on a sheet: its title, its paragraphs, then each table (title, header,
 * rows, notes) and a line for each figure, which a workbook cannot show as the HTML does. Table
 * cells that are plainly numbers become numbers with the format that displays them as the report
 * does ({@link ReportNumbers}); the rest stay text. Paragraphs, titles and notes sit in column A
 * and run on over the empty cells to their right, so they do not widen the table's first column.
 *
 * <p>A section with one table has that table's header frozen (with the few rows above it): with
 * two or more tables on a sheet, a frozen header would sit over the wrong table. A cell's
 * {@link Report.Tone} shades it green or vermilion, as the HTML does. Stateless.
 */
final class SectionSheet {
    private SectionSheet() {}

    /** A frozen pane is not set below this row: a header that low would freeze most of the screen. */
    private static final int MAX_FROZEN = 10;

    static void write(Sheet sheet, Report.Section section, Styles styles, Labels labels) {
        int r = 0;
        text(sheet.createRow(r++), 0, section.title(), styles.heading);
        for (String p : section.paragraphs()) {
            text(sheet.createRow(r++), 0, p, null);
        }
        int[] widths = new int[columns(section)];
        int frozen = -1;
        for (Report.Table table : section.tables()) {
            r++;
            text(sheet.createRow(r++), 0, table.title(), styles.heading);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.header().size(); c++) {
                text(header, c, table.header().get(c), styles.header);
                widths[c] = Math.max(widths[c], TextWidth.of(table.header().get(c)));
            }
            if (section.tables().size() == 1 && r <= MAX_FROZEN) {
                frozen = r;
            }
            for (List<Report.Cell> cells : table.cells()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Report.Cell s = cells.get(c);
                    widths[c] = Math.max(widths[c], TextWidth.of(s.text()));
                    cell(row, c, s, styles);
                }
            }
            for (String n : table.notes()) {
                text(sheet.createRow(r++), 0, n, styles.note);
            }
        }
        if (!section.figures().isEmpty()) {
            r++;
        }
        for (Report.Figure f : section.figures()) {
            text(sheet.createRow(r++), 0, labels.figure() + "：" + f.title()
                    + (f.caption().isEmpty() ? "" : " — " + f.caption()), styles.note);
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, TextWidth.columnWidth(widths[c]));
        }
        if (frozen > 0) {
            sheet.createFreezePane(0, frozen);
        }
    }

    /**
     * A table cell: a number when it plainly is one, otherwise text; shaded by its tone, as the
     * HTML report shades it ({@link Styles#cell}).
     */
    static void cell(Row row, int column, Report.Cell value, Styles styles) {
        String text = value.text();
        if (text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        Optional<ReportNumbers.Parsed> number = ReportNumbers.number(text);
        if (number.isPresent()) {
            cell.setCellValue(number.get().value());
            cell.setCellStyle(styles.cell(number.get().format(), value.tone()));
            return;
        }
        cell.setCellValue(text);
        if (value.tone() != Report.Tone.NONE) {
            cell.setCellStyle(styles.cell(null, value.tone()));
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static int columns(Report.Section section) {
        return section.tables().stream().mapToInt(t -> t.header().size()).max().orElse(1);
    }
}
