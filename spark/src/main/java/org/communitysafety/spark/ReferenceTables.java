package org.communitysafety.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;

/**
 * The reference files — {@code jurisdictions.csv} (required), {@code taxonomy.csv} and {@code
 * populations.csv} (optional) — as rows of text with their lines, read once on the driver and
 * broadcast. Each executor reads them again with the core reader beside its partition's
 * records (a few thousand rows: milliseconds), so that a record is checked against exactly the
 * tree, taxonomy and unit names that {@code csi report} builds from the same files.
 * Immutable; package-private.
 */
final class ReferenceTables implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The reference files' base names, in the order the reader reads them. */
    static final List<String> BASES = List.of("taxonomy", "jurisdictions", "populations");

    private final LinkedHashMap<String, Table> tables;

    /** A file's header and rows. */
    record Table(List<String> header, List<ListRowSource.Line> rows) implements Serializable {}

    private ReferenceTables(LinkedHashMap<String, Table> tables) {
        this.tables = tables;
    }

    /**
     * Reads the reference files of {@code dir} in {@code options}' encoding, each under the file
     * name the mapping profile gives it, else {@code base.csv}.
     *
     * @throws IllegalArgumentException when {@code jurisdictions.csv} is missing, or a file's
     *     bytes are not in the encoding
     */
    static ReferenceTables read(Path dir, ReadOptions options) {
        Objects.requireNonNull(dir, "dir");
        LinkedHashMap<String, Table> tables = new LinkedHashMap<>();
        for (String base : BASES) {
            Path file = dir.resolve(options.mapping().file(base).orElse(base + ".csv"));
            if (!Files.isRegularFile(file)) {
                if (base.equals("jurisdictions")) {
                    throw new IllegalArgumentException("no " + file + ": the reference data need the jurisdictions");
                }
                continue;
            }
            tables.put(base, parse(file, options));
        }
        return new ReferenceTables(tables);
    }

    private static Table parse(Path file, ReadOptions options) {
        try (CsvParser parser = CsvParser.open(file, options.charset())) {
            CsvRow row = new CsvRow();
            if (!parser.next(row)) {
                return new Table(List.of(), List.of());
            }
            List<String> header = row.toList();
            List<ListRowSource.Line> rows = new ArrayList<>();
            while (parser.next(row)) {
                if (row.hasDecodingError()) {
                    throw new IllegalArgumentException(file + " line " + row.line() + ": " + row.decodingError());
                }
                rows.add(new ListRowSource.Line(row.line(), row.toList()));
            }
            return new Table(header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Fresh sources over the tables, keyed by base name, for {@code DatasetReader.read(Map, …)}. */
    Map<String, RowSource> sources() {
        Map<String, RowSource> sources = new HashMap<>();
        tables.forEach((base, t) -> sources.put(base, new ListRowSource(t.header(), t.rows().iterator())));
        return sources;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ReferenceTables[");
        tables.forEach((base, t) -> s.append(s.length() > 16 ? ", " : "").append(base).append(": ")
                .append(t.rows().size()).append(" rows"));
        return s.append(']').toString();
    }
}
