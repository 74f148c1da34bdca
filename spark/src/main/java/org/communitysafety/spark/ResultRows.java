package org.communitysafety.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.ResultsFormat;

/**
 * The tidy rows of {@link Results} as Spark rows, in {@link Results#COLUMNS} order and names
 * (those of {@code csi report --format csv}), the cells taken from {@link
 * ResultsFormat#cells} — the same cells the JSON and CSV writers write — so nothing is
 * formatted twice. Two forms: typed (numbers as {@code double} or {@code long}, {@code
 * significant} a boolean, the flags joined by {@code ;}) for a table, and text (each cell as
 * {@link ResultsFormat#text} gives it, empty as null) whose fields are byte for byte those of
 * the CSV. Stateless; package-private.
 */
final class ResultRows {
    private ResultRows() {}

    /** The type of each of {@link Results#COLUMNS} in the typed form. */
    private static final List<DataType> TYPES = List.of(DataTypes.StringType, DataTypes.StringType,
            DataTypes.StringType, DataTypes.StringType, DataTypes.StringType, DataTypes.StringType,
            DataTypes.DoubleType, DataTypes.LongType, DataTypes.LongType, DataTypes.DoubleType, DataTypes.DoubleType,
            DataTypes.StringType, DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.DoubleType,
            DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.BooleanType, DataTypes.StringType);

    static StructType typedSchema() {
        if (TYPES.size() != Results.COLUMNS.size()) {
            throw new IllegalStateException("the typed schema has " + TYPES.size() + " columns; Results has "
                    + Results.COLUMNS.size() + ": " + Results.COLUMNS);
        }
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < TYPES.size(); c++) {
            fields.add(DataTypes.createStructField(Results.COLUMNS.get(c), TYPES.get(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    static StructType textSchema() {
        return DataTypes.createStructType(Results.COLUMNS.stream()
                .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toList());
    }

    static List<Row> typed(Results results) {
        List<Row> rows = new ArrayList<>(results.size());
        for (IndicatorRow r : results) {
            Object[] cells = ResultsFormat.cells(r);
            Object[] values = new Object[cells.length];
            for (int c = 0; c < cells.length; c++) {
                Object cell = cells[c];
                DataType type = TYPES.get(c);
                values[c] = cell == null ? null
                        : type == DataTypes.DoubleType ? (Object) ((Number) cell).doubleValue()
                        : type == DataTypes.LongType ? (Object) ((Number) cell).longValue()
                        : type == DataTypes.StringType && !(cell instanceof String) ? emptyAsNull(ResultsFormat.text(cell))
                        : cell;
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    static List<Row> text(Results results) {
        List<Row> rows = new ArrayList<>(results.size());
        for (IndicatorRow r : results) {
            Object[] cells = ResultsFormat.cells(r);
            Object[] values = new Object[cells.length];
            for (int c = 0; c < cells.length; c++) {
                values[c] = emptyAsNull(ResultsFormat.text(cells[c]));
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
