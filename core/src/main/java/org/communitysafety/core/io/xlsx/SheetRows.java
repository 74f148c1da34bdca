package org.communitysafety.core.io.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.io.RowSource;

/**
 * The rows of one worksheet, streamed from its {@code <sheetData>} by a {@link SheetScanner}
 * (not StAX, which took most of the time of reading a workbook): one row at a time
 * into one reused array of cells, so memory does not grow with the rows. See the
 * {@linkplain org.communitysafety.core.io.xlsx package description} for the rules. Not
 * thread-safe; package-private ({@link XlsxWorkbook#sheet} opens one).
 */
final class SheetRows implements RowSource {
    /** How many non-empty rows are searched for the header below title rows. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Excel's last column, XFD, as an index. */
    static final int MAX_COLUMN = 16_383;
    /** No {@code s} attribute on a cell. */
    private static final int NO_STYLE = Integer.MIN_VALUE;
    private static final byte[] ROW = {'r', 'o', 'w'};
    private static final byte[] SHEET_DATA = "sheetData".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] C = {'c'};
    private static final byte[] V = {'v'};
    private static final byte[] F = {'f'};
    private static final byte[] IS = {'i', 's'};
    private static final byte[] R = {'r'};
    /** Cell types, to hand out one String for each instead of a new one per cell. */
    private static final byte[][] TYPE_BYTES = {{'s'}, {'n'}, {'b'}, {'e'}, {'d'}, {'s', 't', 'r'},
        "inlineStr".getBytes(java.nio.charset.StandardCharsets.US_ASCII)};
    private static final String[] TYPES = {"s", "n", "b", "e", "d", "str", "inlineStr"};

    private final String sheet;
    private final SheetScanner r;
    private final Styles styles;
    private final boolean date1904;
    private final SharedStrings.View strings;
    private final Set<String> names = new HashSet<>();
    private final Closeable owner;

    // the row just parsed: cells[0, width) with null for empty, width = last non-empty + 1
    private String[] cells = new String[16];
    /** Dates met recently, by their serial as written: a sheet's dates repeat, and converting one is slow. */
    private static final int DATE_BITS = 12;
    private static final int DATES = 1 << DATE_BITS;
    private final String[] dateText = new String[DATES];
    private final String[] dateValue = new String[DATES];
    /** The current cell's reference as its bytes, made a String only to name the cell in an error. */
    private final byte[] ref = new byte[32];
    /** How many bytes of {@link #ref} are the reference; -1 when {@link #refText} is, or there is none. */
    private int refLength;
    /** The current cell's reference when it is not in {@link #ref}, or null. */
    private String refText;
    private int width;
    private long row;
    private long lastRow;
    /** Whether {@link #row} was read to its end tag. */
    private boolean rowComplete = true;
    private int errorColumn = -1;
    private String errorCell;
    private String errorReason;
    private boolean ended;

    private boolean headerRead;
    /** The Excel row number of the header row. */
    private long headerRow = 1;
    private List<String> header;
    private final ArrayDeque<Parsed> replay = new ArrayDeque<>();
    private int count;
    private List<String> fields;

    /** Bounds the shared-string text the sheet's cells expand to. */
    private final SharedTextBudget sharedText;

    /** @param sheetBytes the size of the sheet's XML, or -1 when unknown */
    SheetRows(String sheet, SheetScanner xml, Styles styles, boolean date1904, SharedStrings.View strings,
            List<String> columns, Map<String, String> aliases, Closeable owner, long sheetBytes) {
        this.sharedText = new SharedTextBudget(sheetBytes, strings.byteCount());
        this.sheet = sheet;
        this.r = xml;
        this.styles = styles;
        this.date1904 = date1904;
        this.strings = strings;
        this.owner = owner;
        columns.forEach(c -> names.add(RowSource.normaliseName(c)));
        aliases.keySet().forEach(a -> names.add(RowSource.normaliseName(a)));
    }

    /** A row kept while the header is looked for, to be handed out after it. */
    private record Parsed(long row, String[] cells, int width, int errorColumn, String errorCell,
            String errorReason) {}

    /**
     * The first row, among the first {@value #HEADER_SEARCH_ROWS} non-empty ones, with a cell that
     * names a column or an alias; title rows above it are skipped. When no row does, the first
     * non-empty row, so that the schema reports the columns missing. Empty when the sheet has no
     * non-empty row.
     */
    @Override
    public Optional<List<String>> header() throws IOException {
        if (headerRead) {
            return Optional.ofNullable(header);
        }
        headerRead = true;
        List<Parsed> seen = new ArrayList<>();
        while (seen.size() < HEADER_SEARCH_ROWS && parseRow()) {
            if (width == 0) {
                continue;
            }
            if (namesAColumn()) {
                header = texts(cells, width);
                headerRow = row;
                return Optional.of(header);
            }
            seen.add(new Parsed(row, Arrays.copyOf(cells, width), width, errorColumn, errorCell, errorReason));
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        Parsed first = seen.get(0);
        header = texts(first.cells(), first.width());
        headerRow = first.row();
        replay.addAll(seen.subList(1, seen.size()));
        return Optional.of(header);
    }

    private boolean namesAColumn() {
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && names.contains(RowSource.normaliseName(cells[i]))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(String[] cells, int width) {
        String[] t = new String[width];
        for (int i = 0; i < width; i++) {
            t[i] = cells[i] == null ? "" : cells[i];
        }
        return List.of(t);
    }

    @Override
    public boolean next() throws IOException {
        if (!headerRead) {
            header();
        }
        fields = null;
        Parsed kept = replay.poll();
        if (kept != null) {
            Arrays.fill(cells, 0, width, null);
            ensure(kept.width());
            System.arraycopy(kept.cells(), 0, cells, 0, kept.width());
            width = kept.width();
            row = kept.row();
            errorColumn = kept.errorColumn();
            errorCell = kept.errorCell();
            errorReason = kept.errorReason();
        } else {
            do {
                if (!parseRow()) {
                    count = 0;
                    return false;
                }
            } while (width == 0);
        }
        count = Math.max(width, header == null ? 0 : header.size());
        return true;
    }

    /** The Excel row number of the header row, below any title rows; 1 before the header is read. */
    @Override
    public long headerLine() {
        return headerRow;
    }

    /** The Excel row number ({@code r} of {@code <row>}). */
    @Override
    public long line() {
        return row;
    }

    @Override
    public List<String> fields() {
        if (fields == null) {
            fields = texts(cells, count);
        }
        return fields;
    }

    @Override
    public String field(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("field " + index + " of a row of " + count);
        }
        String s = index < width ? cells[index] : null;
        return s == null ? "" : s;
    }

    @Override
    public int fieldCount() {
        return count;
    }

    @Override
    public Optional<String> rowError() {
        if (errorReason == null) {
            return Optional.empty();
        }
        String column = header != null && errorColumn < header.size() && !header.get(errorColumn).isBlank()
                ? "column " + header.get(errorColumn).strip() + " (sheet " + sheet + ", cell " + errorCell + ")"
                : "sheet " + sheet + ", cell " + errorCell;
        return Optional.of(column + ": " + errorReason);
    }

    @Override
    public void close() throws IOException {
        try {
            r.close();
        } finally {
            if (owner != null) {
                owner.close();
            }
        }
    }

    // ---- parsing ---------------------------------------------------------------------------

    /** Reads the next {@code <row>} into {@link #cells}; false at the end of the sheet's data. */
    private boolean parseRow() throws IOException {
        Arrays.fill(cells, 0, width, null);
        width = 0;
        errorColumn = -1;
        errorCell = null;
        errorReason = null;
        if (ended) {
            return false;
        }
        try {
            int e;
            while ((e = r.next()) != SheetScanner.EOF) {
                if (e == SheetScanner.START && r.is(ROW)) {
                    int a = r.attribute(R);
                    row = a < 0 ? lastRow + 1 : r.number(a, lastRow + 1);
                    rowComplete = false;
                    readCells();
                    rowComplete = true;
                    lastRow = row;
                    return true;
                }
                if (e == SheetScanner.END && r.is(SHEET_DATA)) {
                    break;
                }
            }
            ended = true;
            return false;
        } catch (IOException | RuntimeException e) {
            ended = true;
            long at = rowComplete ? lastRow + 1 : row;
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof SharedTextBudget.Exceeded) {
                throw new RowSourceException(at, "sheet " + sheet + ": " + cause.getMessage()
                        + "; the rows from row " + at + " on are not read");
            }
            String reason = String.valueOf(e.getMessage());
            throw new RowSourceException(at, "sheet " + sheet + ": the sheet's XML breaks off "
                    + (lastRow == 0 ? "before its first row" : "after row " + lastRow) + " (" + reason
                    + "); the rows from there on are not read");
        }
    }

    private void readCells() throws IOException {
        int column = -1;
        while (true) {
            int e = r.next();
            if (e == SheetScanner.END) {
                return; // the scanner matched it with <row>
            }
            if (e != SheetScanner.START) {
                throw new IOException("the XML ends inside a row");
            }
            if (!r.is(C)) {
                r.skip();
                continue;
            }
            refLength = -1;
            refText = null;
            int at = -1;
            String type = null;
            int style = NO_STYLE;
            for (int a = 0, n = r.attributeCount(); a < n; a++) {
                switch (r.attributeLetter(a)) {
                    case 'r' -> {
                        at = r.reference(a, ref);
                        refLength = r.copied;
                        refText = refLength < 0 ? r.value(a) : null;
                    }
                    case 't' -> type = type(a);
                    case 's' -> {
                        long i = r.number(a, -1);
                        style = i < Integer.MIN_VALUE || i > Integer.MAX_VALUE ? -1 : (int) i;
                    }
                    default -> { }
                }
            }
            column = at >= 0 ? at : column + 1;
            readCell(column, type, style);
        }
    }

    /** The current cell's type attribute {@code i}, one String for each of Excel's types. */
    private String type(int i) throws IOException {
        int n = r.valueLength(i);
        if (n == 1) {
            switch (r.valueByte(i, 0)) {
                case 's': return TYPES[0];
                case 'n': return TYPES[1];
                case 'b': return TYPES[2];
                case 'e': return TYPES[3];
                case 'd': return TYPES[4];
                default: break;
            }
        } else if (n == 3 && r.valueIs(i, TYPE_BYTES[5])) {
            return TYPES[5];
        } else if (n == 9 && r.valueIs(i, TYPE_BYTES[6])) {
            return TYPES[6];
        }
        return r.value(i);
    }

    /** The 0-based column of a reference such as {@code C7} (2), or -1 when it has no letters. */
    static int columnOf(String ref) {
        int c = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > MAX_COLUMN + 1) {
                return MAX_COLUMN + 1;
            }
        }
        return i == 0 ? -1 : c - 1;
    }

    /** A column index as Excel's letters: 0 is A, 27 is AB. */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.append((char) ('A' + (c - 1) % 26));
        }
        return s.reverse().toString();
    }

    private void readCell(int column, String type, int style) throws IOException {
        long index = -1;
        String v = null;
        String formula = null;
        String inline = null;
        while (true) {
            int e = r.next();
            if (e == SheetScanner.END) {
                break; // the scanner matched it with <c>
            }
            if (e != SheetScanner.START) {
                throw new IOException("the XML ends inside a cell");
            }
            if (r.is(V)) {
                if (type == TYPES[0] || type == TYPES[2]) { // "s", "b": an index or 0/1, read from the bytes
                    index = r.elementIndex();
                    v = index >= 0 ? null : r.elementText();
                } else {
                    v = r.elementText();
                }
            } else if (r.is(F)) {
                formula = r.elementText();
            } else if (r.is(IS)) {
                inline = r.innerText();
            } else {
                r.skip();
            }
        }
        if (index >= 0) {
            if (type == TYPES[0] && index < strings.size() && column <= MAX_COLUMN) {
                // the usual shared string, as value() would give it, without making its index a String
                String value = sharedText.spend(strings.get((int) index));
                if (!value.isEmpty()) {
                    ensure(column + 1);
                    cells[column] = value;
                    width = Math.max(width, column + 1);
                }
                return;
            }
            v = index == 0 ? "0" : index == 1 ? "1" : Long.toString(index); // as written: digits, no leading 0
        }
        if (column > MAX_COLUMN) {
            fail(column, cellName(column), "the cell is beyond Excel's last column, XFD");
            return;
        }
        String value;
        try {
            value = value(type, style, v, formula, inline);
        } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
            fail(column, cellName(column), ex.getMessage());
            value = asRead(v); // the row is rejected with its fields as read
        }
        if (value != null && !value.isEmpty()) {
            ensure(column + 1);
            cells[column] = value;
            width = Math.max(width, column + 1);
        }
    }

    /** The current cell's reference, or its column's letters and the row when it has none. */
    private String cellName(int column) {
        if (refLength >= 0) {
            return new String(ref, 0, refLength, java.nio.charset.StandardCharsets.UTF_8);
        }
        return refText != null ? refText : letters(column) + row;
    }

    private String value(String type, int style, String v, String formula, String inline) {
        if (v == null && inline == null && formula != null) {
            throw new IllegalArgumentException("formula without a cached value (=" + formula.strip()
                    + "); open and save the workbook in Excel");
        }
        if (type == null || type.equals("n")) {
            if (v == null || v.isBlank()) {
                return null;
            }
            String n = v.strip();
            if (style != NO_STYLE && styles.isDate(style)) {
                int slot = n.hashCode() * 0x9E3779B9 >>> (32 - DATE_BITS);
                if (n.equals(dateText[slot])) {
                    return dateValue[slot];
                }
                double serial;
                try {
                    serial = Double.parseDouble(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(n + " is not a serial date");
                }
                String date = CellValues.date(serial, date1904);
                dateText[slot] = n;
                dateValue[slot] = date;
                return date;
            }
            try {
                return CellValues.number(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(n + " is not a number");
            }
        }
        return switch (type) {
            case "s" -> sharedString(v);
            case "inlineStr" -> inline != null ? inline : v;
            case "b" -> v == null ? null : switch (v.strip()) {
                case "1" -> "true";
                case "0" -> "false";
                default -> v;
            };
            case "d" -> isoDate(v);
            default -> v; // "str" (a formula's text), "e" (an error such as #DIV/0!)
        };
    }

    /** A value that could not be converted, as the user would recognise it: {@code 60} for {@code 60.0}. */
    private static String asRead(String v) {
        try {
            return v == null ? null : CellValues.number(v.strip());
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private String sharedString(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shared string " + v + " is not an index");
        }
        if (i < 0 || i >= strings.size()) {
            throw new IllegalArgumentException("shared string " + i + " does not exist (the workbook has "
                    + strings.size() + ")");
        }
        try {
            return sharedText.spend(strings.get(i));
        } catch (SharedTextBudget.Exceeded e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A cell of type {@code d} (ISO 8601, written by some tools instead of a serial):
     * {@code 2024-03-07T00:00:00} is {@code 2024-03-07}, {@code 2024-03-07T14:23:00} is
     * {@code 2024-03-07 14:23}, as serial dates are written.
     */
    static String isoDate(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        int t = s.indexOf('T');
        if (t < 0) {
            return s;
        }
        String time = s.substring(t + 1);
        int frac = time.indexOf('.');
        if (frac >= 0) {
            time = time.substring(0, frac);
        }
        if (time.endsWith("Z")) {
            time = time.substring(0, time.length() - 1);
        }
        if (time.matches("00:00(:00)?")) {
            return s.substring(0, t);
        }
        if (time.matches("\\d\\d:\\d\\d:00")) {
            time = time.substring(0, 5);
        }
        return s.substring(0, t) + " " + time;
    }

    private void fail(int column, String cell, String reason) {
        if (errorReason == null) {
            errorColumn = column;
            errorCell = cell;
            errorReason = reason;
        }
    }

    private void ensure(int size) {
        if (size > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(size, cells.length * 2));
        }
    }
}
