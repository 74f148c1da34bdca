package org.communitysafety.excel;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A text dump of a workbook for golden files: each sheet's name, row count, frozen pane and
 * column widths, then every cell (of the first {@code maxRows} rows of a sheet) with its type,
 * value, number format, fill and boldness. Values are written with {@code Locale.ROOT} and
 * doubles as Java prints them, so the dump is the same on every machine.
 */
final class WorkbookDump {
    private WorkbookDump() {}

    static String of(XSSFWorkbook workbook, int maxRows) {
        StringBuilder b = new StringBuilder();
        for (Sheet sheet : workbook) {
            PaneInformation pane = sheet.getPaneInformation();
            b.append("== sheet '").append(sheet.getSheetName()).append("': ").append(sheet.getLastRowNum() + 1)
                    .append(" rows, frozen ").append(pane == null ? "none"
                            : "rows " + pane.getHorizontalSplitPosition() + " columns " + pane.getVerticalSplitPosition())
                    .append(", widths");
            int columns = 0;
            for (Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            for (int c = 0; c < columns; c++) {
                b.append(' ').append(sheet.getColumnWidth(c) / 256);
            }
            b.append('\n');
            for (Row row : sheet) {
                if (row.getRowNum() >= maxRows) {
                    b.append("… ").append(sheet.getLastRowNum() + 1 - maxRows).append(" rows more\n");
                    break;
                }
                for (Cell cell : row) {
                    b.append(new CellReference(cell).formatAsString(false)).append(' ').append(cell(cell)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String cell(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        String value = switch (cell.getCellType()) {
            case NUMERIC -> "NUMERIC " + cell.getNumericCellValue() + " [" + style.getDataFormatString() + "]";
            case STRING -> "STRING " + cell.getStringCellValue();
            case BOOLEAN -> "BOOLEAN " + cell.getBooleanCellValue();
            default -> cell.getCellType().toString();
        };
        XSSFColor fill = style.getFillForegroundColorColor();
        String extra = (fill != null && fill.getRGB() != null ? " fill=" + hex(fill.getRGB()) : "")
                + (style.getFont().getBold() ? " bold" : "");
        return value + extra;
    }

    private static String hex(byte[] rgb) {
        StringBuilder b = new StringBuilder();
        for (byte x : rgb) {
            b.append(String.format(Locale.ROOT, "%02X", x & 0xFF));
        }
        return b.toString();
    }
}
