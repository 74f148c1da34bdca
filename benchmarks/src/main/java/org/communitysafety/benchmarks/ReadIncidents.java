package org.communitysafety.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;

/**
 * Issue 13: validated reading alone — the {@code incidents.csv} of a data directory made by
 * {@code csi generate}, read by one engine in this JVM, a number of times:
 *
 * <ul>
 *   <li>{@code csi}: the public path, {@code DatasetReader.readColumnar(dir, ReadOptions.defaults())}
 *       on a directory holding only that {@code jurisdictions.csv} and {@code incidents.csv}
 *       (symbolic links made in a temporary directory, so the disputes and outreach of the data
 *       directory are not read): every rule checked — unique ids, known units and categories,
 *       dates and their order, flags, amounts — problems collected, the column store built and
 *       ordered by (unit, day). Its {@code jurisdictions.csv} (a few thousand rows) is part of
 *       the figure. One file is read on one thread.</li>
 *   <li>{@code duckdb}: {@code CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('incidents.csv')}
 *       in an in-memory database: types detected, every column kept, nothing validated beyond the
 *       types; on DuckDB's default threads (every core).</li>
 * </ul>
 * Each read is timed on its own (the JVM start is not in it); the first {@code --warmups} reads
 * are printed as warm-up and left out of the figure. Run by {@code benchmarks/scripts/issue13.sh},
 * which alternates the engines in separate processes:
 * {@code java -cp benchmarks/target/benchmarks.jar org.communitysafety.benchmarks.ReadIncidents
 * --engine csi|duckdb --data DIR [--warmups 1] [--reads 1]}. Each read prints a line
 * {@code read-incidents: engine=… phase=warmup|measured ms=… rows=…}; then the {@code csi} engine
 * prints its store's size ({@code IncidentStore[… bytes each]}: the fields listed in {@code
 * IncidentStore}'s layout, not the id, the day reported or the source) and the {@code duckdb} engine
 * its table's ({@code DuckDB table[… bytes each, every column]}, DuckDB's in-memory table blocks
 * from {@code duckdb_memory()}: all eleven columns, the ids too, compressed).
 */
public final class ReadIncidents {
    private ReadIncidents() {}

    public static void main(String[] args) throws Exception {
        String engine = null;
        Path dir = null;
        int warmups = 1;
        int reads = 1;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--engine" -> engine = args[++k];
                case "--data" -> dir = Path.of(args[++k]);
                case "--warmups" -> warmups = Integer.parseInt(args[++k]);
                case "--reads" -> reads = Integer.parseInt(args[++k]);
                default -> throw new IllegalArgumentException("unknown argument " + args[k]
                        + "; usage: --engine csi|duckdb --data DIR [--warmups N] [--reads N]");
            }
        }
        if (dir == null || engine == null) {
            throw new IllegalArgumentException("--engine csi|duckdb and --data DIR are required");
        }
        Path incidents = dir.resolve("incidents.csv");
        switch (engine) {
            case "csi" -> readWithCsi(dir, warmups, reads);
            case "duckdb" -> readWithDuckDb(incidents, warmups, reads);
            default -> throw new IllegalArgumentException("engine must be csi or duckdb, not " + engine);
        }
    }

    private static void readWithCsi(Path dir, int warmups, int reads) throws Exception {
        Path only = Files.createTempDirectory("csi-read-incidents");
        try {
            for (String file : new String[] {"jurisdictions.csv", "incidents.csv"}) {
                Files.createSymbolicLink(only.resolve(file), dir.resolve(file).toAbsolutePath());
            }
            for (int k = 0; k < warmups + reads; k++) {
                long start = System.nanoTime();
                ColumnarDataset data = DatasetReader.readColumnar(only, ReadOptions.defaults()).orThrow();
                long nanos = System.nanoTime() - start;
                print("csi", k < warmups, nanos, data.incidents().size());
                if (k == warmups + reads - 1) {
                    System.out.println(data.incidents());
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(only)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void readWithDuckDb(Path incidents, int warmups, int reads) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (int k = 0; k < warmups + reads; k++) {
                long start = System.nanoTime();
                s.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv(" + DuckDbReportCounts.literal(incidents)
                        + ")");
                long nanos = System.nanoTime() - start;
                long rows;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
                    r.next();
                    rows = r.getLong(1);
                    print("duckdb", k < warmups, nanos, rows);
                }
                if (k == warmups + reads - 1) {
                    try (ResultSet r = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()"
                            + " WHERE tag = 'IN_MEMORY_TABLE'")) {
                        r.next();
                        long bytes = r.getLong(1);
                        System.out.printf(Locale.ROOT, "DuckDB table[%d rows, %d bytes, %.1f bytes each, every column]%n",
                                rows, bytes, (double) bytes / rows);
                    }
                }
            }
        }
    }

    private static void print(String engine, boolean warmup, long nanos, long rows) {
        System.out.printf(Locale.ROOT, "read-incidents: engine=%s phase=%s ms=%d rows=%d%n", engine,
                warmup ? "warmup" : "measured", Math.round(nanos / 1e6), rows);
    }
}
