package org.communitysafety.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A DataFrame row as the text fields the core reader validates: strings as they are, null as
 * an empty field, dates as {@code 2024-03-07}, timestamps as {@code 2024-03-07 14:23:05} (the
 * reader keeps minutes), decimals in plain notation, numbers and booleans as Java prints them.
 * So a Parquet or Hive table with typed columns is read as its CSV export would be. Stateless;
 * package-private.
 */
final class RowTexts {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private RowTexts() {}

    static List<String> of(Row row) {
        List<String> fields = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            fields.add(text(row.get(i)));
        }
        return fields;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().format(SECONDS);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(SECONDS);
        }
        if (value instanceof Instant t) {
            return LocalDateTime.ofInstant(t, ZoneId.systemDefault()).format(SECONDS);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
