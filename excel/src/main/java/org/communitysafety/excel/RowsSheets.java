package org.communitysafety.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.ResultsFormat;

/**
 * The tidy rows on sheets of their own: a header of {@link Results#COLUMNS}, then a row per
 * {@link IndicatorRow} with the cells of {@link ResultsFormat#cells} as they are typed (numbers as
 * numbers, {@code significant} as a boolean, the flags joined by {@code ;}, no cell where a field
 * does not apply or a row has no flags), so that the sheet holds what the JSON holds.
 *
 * <p>Number formats follow the indicator's {@link Indicator.Unit}: counts {@code #,##0},
 * proportions {@code 0.0%} (the cell holds the fraction, 0.256, as the JSON does), rates per
 * 10,000 {@code #,##0.00}, per resident {@code 0.000}, days {@code 0.0}, yuan
 * {@code #,##0.00"元"}; {@code changePct} is a percentage (−39.3 for "down 39.3%") and is shown as
 * {@code 0.0"%"}, not scaled; p-values in General, which switches to scientific notation for small
 * ones. The unit of the {@code value} column differs from row to row, so the formats, not the
 * header, say it.
 *
 * <p>A sheet holds at most {@value #EXCEL_ROWS} rows, Excel's limit; past it the rows continue on
 * {@code rows (2)}, {@code rows (3)} …, each with the header, and the cover says so. Written
 * through SXSSF, which keeps a window of rows in memory and flushes the rest to a temporary file:
 * the 1.5 million rows of a 10-million-incident catalogue need no more memory than a hundred.
 * Column widths are measured on every text cell as it is written ({@link TextWidth}). Stateless.
 */
final class RowsSheets {
    private RowsSheets() {}

    /** Excel's rows a sheet (2^20), header included. */
    static final int EXCEL_ROWS = 1_048_576;

    private static final int VALUE = 6, NUMERATOR = 7, DENOMINATOR = 8, LOWER = 9, UPPER = 10, BASELINE_PERIOD = 11, BASELINE_VALUE = 12,
            CHANGE = 13, CHANGE_PCT = 14, CHANGE_POINTS = 15, P_VALUE = 16;
    /** The width of a numeric column, in characters: room for 1,234,567,890.00. */
    private static final int NUMBER_WIDTH = 16;

    /** The names of the sheets {@code rows} data rows need at {@code perSheet} rows a sheet (header included). */
    static List<String> names(int rows, int perSheet, String name, SheetNames names) {
        int dataPerSheet = perSheet - 1;
        int sheets = Math.max(1, (rows + dataPerSheet - 1) / dataPerSheet);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < sheets; i++) {
            list.add(names.next(i == 0 ? name : name + " (" + (i + 1) + ")", name));
        }
        return list;
    }

    /** Writes {@code results} on the sheets named {@code sheetNames} (already created, in order), {@code perSheet} rows each. */
    static void write(SXSSFWorkbook workbook, Styles styles, Results results, List<String> sheetNames, int perSheet) {
        List<IndicatorRow> rows = results.rows();
        int dataPerSheet = perSheet - 1;
        int columns = Results.COLUMNS.size();
        CellStyle[][][] byUnit = new CellStyle[Indicator.Unit.values().length][2][columns];
        for (Indicator.Unit unit : Indicator.Unit.values()) {
            for (int c = 0; c < columns; c++) {
                byUnit[unit.ordinal()][0][c] = styles.number(format(c, unit, false));
                byUnit[unit.ordinal()][1][c] = styles.number(format(c, unit, true));
            }
        }
        for (int s = 0; s < sheetNames.size(); s++) {
            SXSSFSheet sheet = workbook.getSheet(sheetNames.get(s));
            int[] widths = new int[columns];
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(Results.COLUMNS.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = TextWidth.of(Results.COLUMNS.get(c));
                if (c >= VALUE && c <= P_VALUE && c != BASELINE_PERIOD) {
                    widths[c] = Math.max(widths[c], NUMBER_WIDTH);
                }
            }
            int from = s * dataPerSheet;
            int to = Math.min(rows.size(), from + dataPerSheet);
            for (int i = from; i < to; i++) {
                writeRow(sheet.createRow(i - from + 1), rows.get(i), byUnit, widths);
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, TextWidth.columnWidth(widths[c]));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, to - from), 0, columns - 1));
        }
    }

    /** Writes a row's cells, with the styles {@code byUnit[unit][whole ? 1 : 0][column]}; widens {@code widths} to its text. */
    private static void writeRow(SXSSFRow row, IndicatorRow r, CellStyle[][][] byUnit, int[] widths) {
        Object[] cells = ResultsFormat.cells(r);
        CellStyle[][] styles = byUnit[r.indicator().unit().ordinal()];
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null || (v instanceof List<?> flags && flags.isEmpty())) {
                continue;   // a field that does not apply, or no flags: no cell, as the JSON's null or []
            }
            Cell cell = row.createCell(c);
            if (v instanceof Long l) {
                cell.setCellValue((double) l);
                cell.setCellStyle(styles[1][c]);
            } else if (v instanceof Double d) {
                if (Double.isFinite(d)) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles[0][c]);
                } else {
                    cell.setCellValue(d.toString());
                }
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = ResultsFormat.text(v);
                cell.setCellValue(text);
                widths[c] = Math.max(widths[c], TextWidth.of(text));
            }
        }
    }

    /** The Excel format of column {@code column} for an indicator of {@code unit}; {@code whole} for a {@code Long} cell. */
    static String format(int column, Indicator.Unit unit, boolean whole) {
        return switch (column) {
            case NUMERATOR, DENOMINATOR -> "#,##0";
            case CHANGE_PCT -> "0.0\"%\"";
            case CHANGE_POINTS -> "0.0";
            case P_VALUE -> "General";
            case VALUE, BASELINE_VALUE, CHANGE, LOWER, UPPER -> unitFormat(unit, whole);
            default -> whole ? "#,##0" : "General";
        };
    }

    /** The format of a value of an indicator of {@code unit}; a count that is not whole (an interval's bound) gets two places. */
    static String unitFormat(Indicator.Unit unit, boolean whole) {
        return switch (unit) {
            case COUNT -> whole ? "#,##0" : "#,##0.00";
            case PROPORTION -> "0.0%";
            case PER_10K -> "#,##0.00";
            case PER_CAPITA -> "0.000";
            case DAYS -> "0.0";
            case YUAN -> "#,##0.00\"元\"";
        };
    }
}
