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
import org.communitysafety.indicators.report.Report;

/**
 * The cell styles of one workbook, each made once: Excel allows 64,000 styles in a workbook, and
 * a style made per cell would run out of them (and bloat the file) long before a million rows.
 * Styles are keyed by number format and tone, a few dozen in all. Not thread-safe.
 */
final class Styles {

    private static final byte[] HEADER_FILL = {(byte) 0xEE, (byte) 0xF2, (byte) 0xF6};   // the HTML's th
    /** The HTML's {@code td.better}: a light tint of the charts' bluish green (Palette.BETTER). */
    static final byte[] BETTER_FILL = {(byte) 0xD5, (byte) 0xEF, (byte) 0xE6};
    /** The HTML's {@code td.worse}: a light tint of the charts' vermilion (Palette.SIGNAL). */
    static final byte[] WORSE_FILL = {(byte) 0xF9, (byte) 0xDD, (byte) 0xCB};

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
        return cell(format, Report.Tone.NONE);
    }

    /**
     * The style of a cell with {@code format} (null: General, for text) and {@code tone}: the
     * HTML's light green for the better, light vermilion for the worse.
     */
    CellStyle cell(String format, Report.Tone tone) {
        String key = format + "|" + tone;
        CellStyle style = byKey.get(key);
        if (style == null) {
            style = workbook.createCellStyle();
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            switch (tone) {
                case BETTER -> fill(style, BETTER_FILL);
                case WORSE -> fill(style, WORSE_FILL);
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
