package org.communitysafety.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.FieldValues;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * Question 5: how long does it take to get an {@code incidents.csv} of N rows into memory,
 * ready to aggregate, through the public path a user calls — the validating reader — against
 * Tablesaw's CSV reader and DuckDB's {@code read_csv}?
 *
 * <ul>
 *   <li>{@code CORE_READER} (the headline): {@code DatasetReader.readColumnar} on the directory
 *       ({@code jurisdictions.csv} + {@code incidents.csv}), the public validating path: every
 *       rule checked (unique ids, known units and categories, date order, amounts…), problems
 *       collected, no record objects, the store built and ordered by (unit, day). One file, one
 *       thread. The store holds 10 bytes an incident (unit, day occurred, category, the criminal
 *       and repeat-call flags, days to clear) plus 12 for each incident with a loss or a recovered
 *       amount: 13.5 bytes an incident in this city (15.9 before the tenth session of issue 13). The id, the day reported and the source are
 *       checked and not kept.
 *   <li>{@code UNVALIDATED_DIRECT} (secondary, not a user's path; {@code CORE} before issue 13):
 *       {@code CsvParser} + {@code FieldValues} + {@code IncidentStore.Builder.add(int, int, long,
 *       long, ...)}, units and categories looked up in {@code HashMap}s made once; the header is
 *       read for the column positions, nothing else is checked (no unique ids, no date order, a
 *       bad value throws). Shows what validation costs; it is not how CSI reads a file.
 *   <li>{@code TABLESAW}: {@code Table.read().csv(file)}, column types detected, every column.
 *   <li>{@code DUCKDB}: {@code CREATE OR REPLACE TABLE incidents AS SELECT * FROM read_csv(file)} in
 *       an in-memory database (on all cores): types detected, every column kept (the id, the day
 *       reported and the source too), nothing validated beyond the types, rows in file order.
 * </ul>
 * The files are written once per size with {@code DatasetWriter} (jurisdictions and incidents
 * of the benchmark city; 10M incidents are 0.87 GB) into {@code java.io.tmpdir/csi-bench-data},
 * and kept there for the next forks and runs; delete the folder when done. The set-up prints the
 * store's size ({@code IncidentStore[… bytes each]}) for the two core readers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StoreBuildBenchmark -p incidents=10000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class StoreBuildBenchmark {
    @Param({"1000000", "10000000"})
    int incidents;

    @Param({"CORE_READER", "UNVALIDATED_DIRECT", "TABLESAW", "DUCKDB"})
    Reader reader;

    /** Who reads the CSV. */
    public enum Reader {
        /** The public validating path, {@code DatasetReader.readColumnar}: the headline. */
        CORE_READER,
        /** The core's parser straight into the store builder, nothing checked: a secondary figure. */
        UNVALIDATED_DIRECT,
        /** Tablesaw's CSV reader. */
        TABLESAW,
        /** DuckDB's {@code read_csv} into a table. */
        DUCKDB
    }

    private Path dir;
    private JurisdictionTree tree;
    private Taxonomy taxonomy;
    private Connection duckdb;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SampleGenerator gen = SampleGenerator.of(BenchmarkData.spec(incidents));
        tree = gen.tree();
        taxonomy = gen.taxonomy();
        dir = dataDirectory(gen);
        System.out.printf(Locale.ROOT, "%n%s: %,d bytes%n", dir.resolve("incidents.csv"), Files.size(dir.resolve("incidents.csv")));
        if (reader == Reader.DUCKDB) {
            duckdb = DriverManager.getConnection("jdbc:duckdb:");
        }
        Object first = read();
        if (first instanceof IncidentStore store) {
            System.out.println(reader + ": " + store);
        }
        long rows = rows(first);
        if (rows != incidents) {
            throw new IllegalStateException(reader + " read " + rows + " incidents, not " + incidents);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (duckdb != null) {
            duckdb.close();
        }
    }

    @Benchmark
    public Object read() throws Exception {
        return switch (reader) {
            case CORE_READER -> DatasetReader.readColumnar(dir, ReadOptions.defaults()).orThrow().incidents();
            case UNVALIDATED_DIRECT -> readStore(dir.resolve("incidents.csv"), tree, taxonomy);
            case TABLESAW -> Table.read().csv(dir.resolve("incidents.csv").toString());
            case DUCKDB -> {
                try (Statement s = duckdb.createStatement()) {
                    s.execute("CREATE OR REPLACE TABLE incidents AS SELECT * FROM read_csv('"
                            + dir.resolve("incidents.csv") + "')");
                }
                yield duckdb;
            }
        };
    }

    private long rows(Object result) throws Exception {
        if (result instanceof IncidentStore store) {
            return store.size();
        }
        if (result instanceof Table table) {
            return table.rowCount();
        }
        try (Statement s = ((Connection) result).createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM incidents")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The store from an {@code incidents.csv}: the core's parser and field parsers, the
     * builder's index-based {@code add}. Rows with an unknown unit or category or a bad value
     * throw, and nothing else is checked: an unvalidated path of this benchmark for trusted files,
     * not CSI's public reader ({@code DatasetReader.readColumnar}).
     */
    static IncidentStore readStore(Path file, JurisdictionTree tree, Taxonomy taxonomy) throws IOException {
        Map<String, Integer> units = new HashMap<>();
        for (int u = 0; u < tree.size(); u++) {
            units.put(tree.unit(u).code(), u);
        }
        Map<String, Integer> categories = new HashMap<>();
        for (int c = 0; c < taxonomy.size(); c++) {
            categories.put(taxonomy.category(c).code(), c);
        }
        IncidentStore.Builder b = IncidentStore.builder(tree, taxonomy);
        try (CsvParser parser = CsvParser.open(file)) {
            CsvRow row = new CsvRow();
            if (!parser.next(row)) {
                return b.build();
            }
            List<String> header = row.toList();
            int unit = header.indexOf("unit");
            int category = header.indexOf("category");
            int occurred = header.indexOf("occurred_on");
            int cleared = header.indexOf("cleared_on");
            int criminal = header.indexOf("criminal");
            int repeat = header.indexOf("repeat_call");
            int loss = header.indexOf("loss");
            int recovered = header.indexOf("recovered");
            while (parser.next(row)) {
                long day = FieldValues.date(row.field(occurred)).value().toEpochDay();
                FieldValues.Parsed<java.time.LocalDate> clearedOn = FieldValues.date(row.field(cleared));
                b.add(units.get(row.field(unit)), categories.get(row.field(category)), day,
                        clearedOn.isOk() ? clearedOn.value().toEpochDay() - day : -1,
                        FieldValues.bool(row.field(criminal)).value(), FieldValues.bool(row.field(repeat)).value(),
                        FieldValues.amountFen(row.field(loss)).orElse(0L),
                        FieldValues.amountFen(row.field(recovered)).orElse(0L));
            }
        }
        return b.build();
    }

    /** The directory of the benchmark city's jurisdictions and incidents, written on first use. */
    static Path dataDirectory(SampleGenerator gen) throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "csi-bench-data");
        Path dir = root.resolve("incidents-" + gen.spec().incidents() + "-villages-" + gen.spec().villages() + "-seed-"
                + gen.spec().seed());
        if (Files.exists(dir.resolve("complete"))) {
            return dir;
        }
        Files.createDirectories(dir);
        try {
            Path jurisdictions = Files.createTempFile(dir, "jurisdictions", ".tmp");
            DatasetWriter.writeJurisdictions(gen.jurisdictions(), jurisdictions);
            Files.move(jurisdictions, dir.resolve("jurisdictions.csv"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path incidents = Files.createTempFile(dir, "incidents", ".tmp");
            DatasetWriter.writeIncidents(gen.incidents(), incidents);
            Files.move(incidents, dir.resolve("incidents.csv"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve("complete"), "");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return dir;
    }
}
