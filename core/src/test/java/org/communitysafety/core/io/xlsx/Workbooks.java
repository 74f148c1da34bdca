package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks written by Apache POI, an implementation independent of the reader under test:
 * rows of Java values become cells of the matching Excel type.
 */
final class Workbooks {
    /** A formula cell; POI stores no cached value unless the workbook is evaluated. */
    record Formula(String formula) {}

    /** A cell whose text is stored as a string even when it looks like a number. */
    record Text(String text) {}

    private Workbooks() {}

    /** One sheet of rows (row i is Excel row i + 1); a null row is left out, a null value leaves the cell out. */
    static Path write(Path file, String sheet, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet(sheet), rows);
            return save(wb, file);
        }
    }

    static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    static void fill(Workbook wb, Sheet sheet, Object[]... rows) {
        CellStyle date = style(wb, "yyyy-mm-dd");
        CellStyle dateTime = style(wb, "yyyy-mm-dd hh:mm:ss");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Text t) {
                    cell.setCellValue(t.text());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                } else {
                    throw new IllegalArgumentException("no cell for " + v.getClass());
                }
            }
        }
    }

    static CellStyle style(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    /** A copy of a workbook with some parts' text changed, e.g. a sheet cut short. */
    static Path rewrite(Path from, Path to, Map<String, UnaryOperator<String>> changes) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            List<? extends ZipEntry> entries = new ArrayList<>(java.util.Collections.list(zip.entries()));
            for (ZipEntry e : entries) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                UnaryOperator<String> change = changes.get(e.getName());
                if (change != null) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
    }

    /** The text of one part of a workbook. */
    static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
