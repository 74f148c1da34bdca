package org.communitysafety.indicators;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Results as a Tablesaw table: one column per {@link Results#COLUMNS}, missing where empty. */
final class ResultsTable {

    private static final int STRING = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int BOOLEAN = 3;

    /** The type of each column; value, baselineValue and change are doubles (a count fits exactly). */
    private static final int[] TYPES = {
        STRING, STRING, STRING, STRING, STRING, STRING, DOUBLE, LONG, LONG, DOUBLE, DOUBLE, STRING, DOUBLE, DOUBLE,
        DOUBLE, DOUBLE, DOUBLE, BOOLEAN, STRING
    };

    private ResultsTable() {}

    static Table of(Results results) {
        List<String> names = Results.COLUMNS;
        Column<?>[] columns = new Column<?>[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = switch (TYPES[i]) {
                case STRING -> StringColumn.create(names.get(i));
                case LONG -> LongColumn.create(names.get(i));
                case DOUBLE -> DoubleColumn.create(names.get(i));
                default -> BooleanColumn.create(names.get(i));
            };
        }
        for (IndicatorRow r : results) {
            Object[] cells = ResultsFormat.cells(r);
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                switch (TYPES[i]) {
                    case STRING -> ((StringColumn) columns[i]).append(cell == null ? "" : ResultsFormat.text(cell));
                    case LONG -> {
                        if (cell == null) {
                            ((LongColumn) columns[i]).appendMissing();
                        } else {
                            ((LongColumn) columns[i]).append((Long) cell);
                        }
                    }
                    case DOUBLE -> {
                        if (cell == null) {
                            ((DoubleColumn) columns[i]).appendMissing();
                        } else {
                            ((DoubleColumn) columns[i]).append(((Number) cell).doubleValue());
                        }
                    }
                    default -> {
                        if (cell == null) {
                            ((BooleanColumn) columns[i]).appendMissing();
                        } else {
                            ((BooleanColumn) columns[i]).append((Boolean) cell);
                        }
                    }
                }
            }
        }
        String name = "indicators " + results.period() + results.baseline().map(b -> " vs " + b).orElse("");
        return Table.create(name, columns);
    }
}
