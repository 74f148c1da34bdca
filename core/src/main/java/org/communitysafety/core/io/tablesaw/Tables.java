package org.communitysafety.core.io.tablesaw;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.InvalidDataException;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.taxonomy.Taxonomy;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data set as Tablesaw {@link Table}s, and tables back into a validated data set.
 *
 * <pre>{@code
 * Table incidents = Tables.incidents(data);                 // typed columns, CSV names
 * Table byUnit = incidents.summarize("loss", sum).by("unit");
 *
 * Dataset back = Tables.dataset(Tables.tables(data));       // validated like files
 * ReadResult checked = Tables.read(jurisdictions, incidents, null, null);
 * }</pre>
 *
 * <h2>From a data set</h2>
 * One table per file, named and with columns named and ordered as in the CSV files (see
 * {@link DatasetReader}): {@code incidents}, {@code disputes}, {@code outreach},
 * {@code jurisdictions}, and {@code taxonomy} and {@code populations}. Column types:
 * <ul>
 *   <li>dates ({@code occurred_on}, {@code reported_on}, {@code cleared_on},
 *       {@code received_on}, {@code closed_on}, {@code held_on}): {@link DateColumn}, an
 *       absent date missing; an incident's time of day and place are not in the tables (the
 *       {@link org.communitysafety.core.record.Incident} records and the CSV and JSON Lines
 *       files keep them);</li>
 *   <li>{@code criminal}, {@code repeat_call}: {@link BooleanColumn};</li>
 *   <li>{@code population}, {@code households} and the outreach counts: {@link LongColumn},
 *       an absent population missing; {@code year}: {@link IntColumn};</li>
 *   <li>amounts ({@code loss}, {@code recovered}, {@code amount}, {@code loss_avoided}):
 *       {@link DoubleColumn} in yuan, {@code 0} when none is recorded. A double holds every
 *       amount below 10<sup>13</sup> yuan (15 significant digits) exactly enough to give back
 *       the same fen; {@code area_km2}: {@link DoubleColumn}, missing when absent;</li>
 *   <li>everything else — codes, names, ids, types, statuses, sources: {@link StringColumn},
 *       {@code ""} (Tablesaw's missing string) when absent.</li>
 * </ul>
 *
 * <h2>Into a data set</h2>
 * {@link #read(Map, ReadOptions)} turns each table into rows of text and validates them with
 * {@link DatasetReader#read(Map, ReadOptions)}: the same columns (matched by name, ignoring
 * case; order free; unknown ones warned about), rules, messages and strict or lenient loading
 * as for files. A problem names the table as {@code incidents (table)} and row {@code i}
 * (0-based) as line {@code i + 1}: {@code incidents (table) line 3, column cleared_on:
 * 2023-02-30 is not a date} is the table's third row. Any column type is accepted; cells become
 * the text a CSV file would hold: dates {@code 2024-03-07}, booleans {@code true}/{@code false},
 * whole numbers as digits, decimals in plain notation ({@code 0.0001}, never {@code 1.0E-4}),
 * strings as they are, missing values {@code ""}. An amount in a {@link DoubleColumn} within
 * two ulps of a whole fen is rounded to it ({@code 0.1 + 0.2} gives {@code 0.30}); a value
 * further off, such as {@code 12.345}, is reported as having more than two decimals. Codes read
 * by Tablesaw's CSV reader into number columns ({@code 330101001}) work as long as they have no
 * leading zeros.
 *
 * <p>Tablesaw is an optional dependency; see the {@linkplain org.communitysafety.core.io.tablesaw
 * package description}. Stateless and thread-safe; the tables are new and the caller's.
 */
public final class Tables {
    private static final Set<String> DATES = Set.of("occurred_on", "reported_on", "cleared_on", "received_on",
            "closed_on", "held_on");
    private static final Set<String> BOOLEANS = Set.of("criminal", "repeat_call");
    private static final Set<String> LONGS = Set.of("population", "households", "staff", "volunteers", "audience",
            "hazards_found", "hazards_fixed", "leads", "frauds_stopped");
    private static final Set<String> INTS = Set.of("year");
    private static final Set<String> DOUBLES = Set.of("area_km2");

    private Tables() {}

    // ---- data set → tables -----------------------------------------------------------

    /** The incidents as a table named {@code incidents}. */
    public static Table incidents(Dataset data) {
        return table("incidents", Objects.requireNonNull(data, "data").incidents(), DatasetWriter::fields);
    }

    /** The disputes as a table named {@code disputes}. */
    public static Table disputes(Dataset data) {
        return table("disputes", Objects.requireNonNull(data, "data").disputes(), DatasetWriter::fields);
    }

    /** The outreach sessions as a table named {@code outreach}. */
    public static Table outreach(Dataset data) {
        return table("outreach", Objects.requireNonNull(data, "data").outreach(), DatasetWriter::fields);
    }

    /** The jurisdiction units, in the tree's index order (post-order), as a table named {@code jurisdictions}. */
    public static Table jurisdictions(Dataset data) {
        return table("jurisdictions", Objects.requireNonNull(data, "data").tree().units(), DatasetWriter::fields);
    }

    /** The taxonomy's categories as a table named {@code taxonomy}; {@code groups} separated by {@code |}. */
    public static Table taxonomy(Dataset data) {
        return table("taxonomy", Objects.requireNonNull(data, "data").taxonomy().categories(),
                DatasetWriter::fields);
    }

    /** The year-specific populations as a table named {@code populations} (possibly without rows). */
    public static Table populations(Dataset data) {
        return table("populations", Objects.requireNonNull(data, "data").populations().figures(),
                DatasetWriter::fields);
    }

    /**
     * Every table of {@code data} by name, as {@link #dataset(Map)} takes them: jurisdictions,
     * taxonomy (only when it is not the default one), populations (only when there are any),
     * incidents, disputes and outreach.
     */
    public static Map<String, Table> tables(Dataset data) {
        Objects.requireNonNull(data, "data");
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("jurisdictions", jurisdictions(data));
        if (!data.taxonomy().equals(Taxonomy.defaultTaxonomy())) {
            tables.put("taxonomy", taxonomy(data));
        }
        if (!data.populations().isEmpty()) {
            tables.put("populations", populations(data));
        }
        tables.put("incidents", incidents(data));
        tables.put("disputes", disputes(data));
        tables.put("outreach", outreach(data));
        return tables;
    }

    // ---- tables → data set -----------------------------------------------------------

    /**
     * The rows of {@code table} as a {@link RowSource}, for {@link DatasetReader#read(Map,
     * ReadOptions)}: the header is the column names, cells are text as described above, row
     * {@code i} is line {@code i + 1}. The table must not change while the source is read.
     */
    public static RowSource rowSource(Table table) {
        return new TableRowSource(Objects.requireNonNull(table, "table"));
    }

    /**
     * Validates the tables and loads them, as {@link DatasetReader} does files.
     *
     * @param tables  by file base name: {@code jurisdictions} (required), {@code incidents},
     *                {@code disputes}, {@code outreach}, {@code taxonomy}, {@code populations};
     *                a missing name or a null table is an absent file
     * @param options strict or lenient; the charset does not apply
     * @throws IllegalArgumentException for another name
     */
    public static ReadResult read(Map<String, Table> tables, ReadOptions options) {
        Objects.requireNonNull(tables, "tables");
        Map<String, RowSource> sources = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            if (table != null) {
                sources.put(name, rowSource(table));
            }
        });
        return DatasetReader.read(sources, options);
    }

    /** Validates and loads the four tables strictly; any but {@code jurisdictions} may be null (absent). */
    public static ReadResult read(Table jurisdictions, Table incidents, Table disputes, Table outreach) {
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("jurisdictions", jurisdictions);
        tables.put("incidents", incidents);
        tables.put("disputes", disputes);
        tables.put("outreach", outreach);
        return read(tables, ReadOptions.defaults());
    }

    /**
     * The data set of the four tables, read strictly; any but {@code jurisdictions} may be null.
     *
     * @throws InvalidDataException listing every problem if there is any error
     */
    public static Dataset dataset(Table jurisdictions, Table incidents, Table disputes, Table outreach) {
        return read(jurisdictions, incidents, disputes, outreach).orThrow();
    }

    /**
     * The data set of the tables by name (as {@link #tables(Dataset)} gives them), read strictly.
     *
     * @throws InvalidDataException listing every problem if there is any error
     */
    public static Dataset dataset(Map<String, Table> tables) {
        return read(tables, ReadOptions.defaults()).orThrow();
    }

    // ---- building tables -------------------------------------------------------------

    private static <T> Table table(String base, Collection<T> records, Function<T, List<String>> fields) {
        List<String> names = DatasetWriter.columns(base);
        Column<?>[] columns = new Column<?>[names.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = column(names.get(c));
        }
        for (T record : records) {
            List<String> cells = fields.apply(record);
            for (int c = 0; c < columns.length; c++) {
                append(columns[c], cells.get(c));
            }
        }
        return Table.create(base, columns);
    }

    private static Column<?> column(String name) {
        if (DATES.contains(name)) {
            return DateColumn.create(name);
        }
        if (BOOLEANS.contains(name)) {
            return BooleanColumn.create(name);
        }
        if (LONGS.contains(name)) {
            return LongColumn.create(name);
        }
        if (INTS.contains(name)) {
            return IntColumn.create(name);
        }
        if (DOUBLES.contains(name) || TableRowSource.AMOUNTS.contains(name)) {
            return DoubleColumn.create(name);
        }
        return StringColumn.create(name);
    }

    /** Appends the typed value of a cell as {@link DatasetWriter} writes it; {@code ""} is missing, or zero for an amount. */
    private static void append(Column<?> column, String text) {
        if (column instanceof StringColumn s) {
            s.append(text);
        } else if (text.isEmpty()) {
            if (column instanceof DoubleColumn d && TableRowSource.AMOUNTS.contains(d.name())) {
                d.append(0.0);
            } else {
                column.appendMissing();
            }
        } else if (column instanceof DateColumn d) {
            d.append(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)); // the day of a day and time
        } else if (column instanceof BooleanColumn b) {
            b.append(Boolean.parseBoolean(text));
        } else if (column instanceof LongColumn l) {
            l.append(Long.parseLong(text));
        } else if (column instanceof IntColumn i) {
            i.append(Integer.parseInt(text));
        } else if (column instanceof DoubleColumn d) {
            d.append(Double.parseDouble(text));
        } else {
            throw new IllegalStateException("no conversion for column " + column.name());
        }
    }
}
