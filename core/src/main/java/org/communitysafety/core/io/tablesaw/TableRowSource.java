package org.communitysafety.core.io.tablesaw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.communitysafety.core.io.RowSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The rows of a Tablesaw {@link Table} as a {@link RowSource}: the header is the table's
 * column names, each cell is turned into the text a CSV file would hold, and row {@code i}
 * (0-based) is line {@code i + 1}. See {@link Tables} for the conventions. Package-private.
 */
final class TableRowSource implements RowSource {
    /** Columns whose decimals are amounts in yuan: float noise within 2 ulps of a whole fen is rounded away. */
    static final Set<String> AMOUNTS = Set.of("loss", "recovered", "amount", "loss_avoided");

    private final List<String> header;
    private final List<IntFunction<String>> cells;
    private final int rows;
    private int row = -1;
    private final String[] fields;

    TableRowSource(Table table) {
        this.rows = table.rowCount();
        List<String> names = new ArrayList<>();
        List<IntFunction<String>> readers = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            names.add(c.name());
            readers.add(reader(c));
        }
        this.header = List.copyOf(names);
        this.cells = List.copyOf(readers);
        this.fields = new String[header.size()];
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public boolean next() {
        if (row + 1 >= rows) {
            row = rows;
            return false;
        }
        row++;
        for (int c = 0; c < fields.length; c++) {
            fields[c] = cells.get(c).apply(row);
        }
        return true;
    }

    @Override
    public long line() {
        return row + 1L;
    }

    @Override
    public List<String> fields() {
        return List.of(fields);
    }

    @Override
    public String field(int index) {
        return fields[index];
    }

    @Override
    public int fieldCount() {
        return fields.length;
    }

    @Override
    public Optional<String> rowError() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** How to read one column's cells as CSV text; a missing value is {@code ""}. */
    private static IntFunction<String> reader(Column<?> column) {
        boolean amount = AMOUNTS.contains(column.name().strip().toLowerCase(Locale.ROOT));
        if (column instanceof StringColumn s) {
            return i -> s.isMissing(i) ? "" : s.get(i);
        }
        if (column instanceof DateColumn d) {
            return i -> d.isMissing(i) ? "" : d.get(i).toString();
        }
        if (column instanceof BooleanColumn b) {
            return i -> b.isMissing(i) ? "" : b.get(i).toString();
        }
        if (column instanceof LongColumn l) {
            return i -> l.isMissing(i) ? "" : Long.toString(l.getLong(i));
        }
        if (column instanceof IntColumn n) {
            return i -> n.isMissing(i) ? "" : Integer.toString(n.getInt(i));
        }
        if (column instanceof ShortColumn s) {
            return i -> s.isMissing(i) ? "" : Short.toString(s.getShort(i));
        }
        if (column instanceof DoubleColumn d) {
            return i -> d.isMissing(i) ? "" : decimal(d.getDouble(i), amount);
        }
        if (column instanceof FloatColumn f) {
            return i -> f.isMissing(i) ? "" : decimal(f.getFloat(i), amount);
        }
        return i -> column.isMissing(i) ? "" : column.getUnformattedString(i);
    }

    /**
     * A decimal as plain text without an exponent or trailing zeros ({@code 1.2}, {@code 5},
     * {@code 0.0001}); for an amount, a value within 2 ulps of a whole fen is rounded to it, so
     * that {@code 0.1 + 0.2} is {@code 0.30} and not a value with more than two decimals.
     */
    static String decimal(double value, boolean amount) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        if (amount && exact.stripTrailingZeros().scale() > 2) {
            BigDecimal fen = exact.setScale(2, RoundingMode.HALF_EVEN);
            if (Math.abs(fen.doubleValue() - value) <= 2 * Math.ulp(value)) {
                return fen.toPlainString();
            }
        }
        return plain(exact);
    }

    static String decimal(float value, boolean amount) {
        if (!Float.isFinite(value)) {
            return Float.toString(value);
        }
        BigDecimal exact = new BigDecimal(Float.toString(value));
        if (amount && exact.stripTrailingZeros().scale() > 2) {
            BigDecimal fen = exact.setScale(2, RoundingMode.HALF_EVEN);
            if (Math.abs(fen.floatValue() - value) <= 2 * Math.ulp(value)) {
                return fen.toPlainString();
            }
        }
        return plain(exact);
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
