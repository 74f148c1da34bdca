package org.communitysafety.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The ids that may repeat in an input, found without moving its rows: a count of every id's
 * key, a shuffle of keys alone, partially aggregated before it leaves a partition. The key
 * is the id with every blank and control character removed — in Spark's {@code
 * regexp_replace} and in Java with the same {@link java.util.regex} pattern, so both sides
 * agree — which over-approximates the reader's comparison (the id trimmed): two ids the
 * reader finds equal have one key, and a key shared by ids the reader finds different only
 * sends a few more rows down the careful path. Stateless; package-private.
 */
final class IdKeys {
    /** Blanks (ASCII, Unicode separators, a byte-order mark) and control characters. */
    static final String BLANKS = "[\\s\\p{Z}\\x{FEFF}\\p{Cc}]+";
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(BLANKS);

    private IdKeys() {}

    /** The key of an id as a row gives it. */
    static String key(String id) {
        return PATTERN.matcher(id).replaceAll("");
    }

    /** The keys held by more than one row of {@code input}, whose ids are in column {@code name}. */
    static Set<String> repeated(Dataset<Row> input, String name) {
        Column id = col("`" + name.replace("`", "``") + "`");
        Column key = regexp_replace(coalesce(id, lit("")), BLANKS, "").as("key");
        List<Row> rows = input.select(key).groupBy("key").count().filter(col("count").gt(1)).select("key")
                .collectAsList();
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.getString(0)));
        return keys;
    }
}
