package org.communitysafety.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, each made once: Excel allows 64,000 styles in a workbook, and
 * a style made per cell would run out of them (and bloat the file) long before a million rows.
 * Styles are keyed by number format and shading, a few dozen in all. Not thread-safe.
 */
final class Styles {

    /**
     * How a report cell is shaded. The HTML report colours nothing in its tables, and the strings
     * of {@code Report.Table} do not say whether a change is for the better (fewer incidents) or
     * the worse (a lower clearance rate), so the workbook does not pretend to know: it shades
     * significant changes (marked {@code *}) by their direction only, and the units outside a
     * funnel's 99.8% limits, which the report calls out as truly unusual.
     */
    enum Shade {
        NONE,
        /** A significant increase (上升, up): light orange. */
        UP,
        /** A significant decrease (下降, down): light blue. */
        DOWN,
        /** A unit outside the 99.8% funnel limits: bold. */
        OUTLIER
    }

    private static final byte[] HEADER_FILL = {(byte) 0xEE, (byte) 0xF2, (byte) 0xF6};   // the HTML's th
    private static final byte[] UP_FILL = {(byte) 0xFC, (byte) 0xE4, (byte) 0xD6};
    private static final byte[] DOWN_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    private final Workbook workbook;
    private final Map<String, CellStyle> byKey = new HashMap<>();
    private final Font bold;
    private final Font titleFont;
    final CellStyle header;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle note;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        Font headingFont = workbook.createFont();
        headingFont.setBold(true);
        headingFont.setFontHeightInPoints((short) 13);
        Font noteFont = workbook.createFont();
        noteFont.setItalic(true);
        noteFont.setColor((short) 23);   // grey
        header = workbook.createCellStyle();
        header.setFont(bold);
        fill(header, HEADER_FILL);
        header.setBorderBottom(BorderStyle.THIN);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        heading = workbook.createCellStyle();
        heading.setFont(headingFont);
        note = workbook.createCellStyle();
        note.setFont(noteFont);
    }

    /** The style of a number shown with {@code format} (an Excel format code), unshaded. */
    CellStyle number(String format) {
        return cell(format, Shade.NONE);
    }

    /** The style of a cell with {@code format} (null: General, for text) and {@code shade}. */
    CellStyle cell(String format, Shade shade) {
        String key = format + "|" + shade;
        CellStyle style = byKey.get(key);
        if (style == null) {
            style = workbook.createCellStyle();
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            switch (shade) {
                case UP -> fill(style, UP_FILL);
                case DOWN -> fill(style, DOWN_FILL);
                case OUTLIER -> style.setFont(bold);
                case NONE -> { }
            }
            byKey.put(key, style);
        }
        return style;
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
