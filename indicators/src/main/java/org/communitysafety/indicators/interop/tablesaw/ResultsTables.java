package org.communitysafety.indicators.interop.tablesaw;

import java.util.List;
import java.util.Objects;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.ResultsFormat;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@link Results} as a Tablesaw {@link Table}: one column per {@link Results#COLUMNS}, a row per
 * result, missing where a field does not apply.
 *
 * <pre>{@code
 * Table table = ResultsTables.of(results);
 * table.where(table.stringColumn("group").isEqualTo("all")).sortDescendingOn("value").print();
 * }</pre>
 *
 * <p>Column types: the codes and names, {@code period}, {@code group}, {@code baselinePeriod} and
 * {@code flags} (codes joined by {@code ;}) are strings; {@code numerator} and
 * {@code denominator} longs; {@code value}, {@code lower}, {@code upper}, {@code baselineValue},
 * {@code change}, {@code changePct}, {@code changePoints} and {@code pValue} doubles (a count fits
 * exactly); {@code significant} a boolean. Stateless and thread-safe; each call builds a new table.
 */
public final class ResultsTables {

    private enum Type {
        STRING, LONG, DOUBLE, BOOLEAN
    }

    /** The type of each column of {@link Results#COLUMNS}. */
    private static final List<Type> TYPES = List.of(Type.STRING, Type.STRING, Type.STRING, Type.STRING, Type.STRING,
            Type.STRING, Type.DOUBLE, Type.LONG, Type.LONG, Type.DOUBLE, Type.DOUBLE, Type.STRING, Type.DOUBLE,
            Type.DOUBLE, Type.DOUBLE, Type.DOUBLE, Type.DOUBLE, Type.BOOLEAN, Type.STRING);

    private ResultsTables() {}

    /** The rows of {@code results} as a table named {@code indicators 2024 vs 2023}. */
    public static Table of(Results results) {
        Objects.requireNonNull(results, "results");
        List<String> names = Results.COLUMNS;
        Column<?>[] columns = new Column<?>[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = switch (TYPES.get(i)) {
                case STRING -> StringColumn.create(names.get(i));
                case LONG -> LongColumn.create(names.get(i));
                case DOUBLE -> DoubleColumn.create(names.get(i));
                case BOOLEAN -> BooleanColumn.create(names.get(i));
            };
        }
        for (IndicatorRow r : results) {
            Object[] cells = ResultsFormat.cells(r);
            for (int i = 0; i < cells.length; i++) {
                append(columns[i], TYPES.get(i), cells[i]);
            }
        }
        String name = "indicators " + results.period() + results.baseline().map(b -> " vs " + b).orElse("");
        return Table.create(name, columns);
    }

    private static void append(Column<?> column, Type type, Object cell) {
        if (type == Type.STRING) {
            ((StringColumn) column).append(cell == null ? "" : ResultsFormat.text(cell));
        } else if (cell == null) {
            column.appendMissing();
        } else {
            switch (type) {
                case LONG -> ((LongColumn) column).append((Long) cell);
                case DOUBLE -> ((DoubleColumn) column).append(((Number) cell).doubleValue());
                default -> ((BooleanColumn) column).append((Boolean) cell);
            }
        }
    }
}
