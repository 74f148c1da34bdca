package org.communitysafety.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;
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

/**
 * Question: what does the streaming CSV parser cost per row, against the naive
 * {@code BufferedReader.readLine().split(",")} a Java developer would write first (which is
 * wrong for quoted fields, so it is a lower bound on work, not a correct alternative)?
 *
 * <p>Data: an incidents.csv-shaped file of seeded random rows (11 fields, ids, unit codes,
 * dates, amounts), written once per trial in the temp directory.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvParseBenchmark -p rows=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CsvParseBenchmark {
    /** Rows in the file; the ladder shows how the cost grows. */
    @Param({"100000", "1000000"})
    int rows;

    Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("csi-bench-incidents", ".csv");
        SplittableRandom random = new SplittableRandom(20241123);
        String[] categories = {"theft", "telecom_fraud", "dispute_call", "traffic_accident", "public_order", "burglary"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source\n");
            for (int i = 0; i < rows; i++) {
                int day = 1 + random.nextInt(28);
                int month = 1 + random.nextInt(12);
                String date = String.format(Locale.ROOT, "2024-%02d-%02d", month, day);
                out.write("I" + (10_000_000 + i) + ",330102" + (1000 + random.nextInt(500)) + ","
                        + categories[random.nextInt(categories.length)] + "," + date + "," + date + ","
                        + (random.nextBoolean() ? date : "") + ",true,false," + random.nextInt(100_000) + ".50,,call\n");
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The library's parser: RFC 4180 quoting, line numbers, decoding errors reported. */
    @Benchmark
    public long csvParser() throws IOException {
        long chars = 0;
        try (CsvParser parser = CsvParser.open(file, StandardCharsets.UTF_8)) {
            CsvRow row = new CsvRow();
            while (parser.next(row)) {
                chars += row.field(1).length() + row.fieldCount();
            }
        }
        return chars;
    }

    /** The baseline: readLine and split, which mishandles quoted fields. */
    @Benchmark
    public long readLineSplit() throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.split(",", -1);
                chars += fields[1].length() + fields.length;
            }
        }
        return chars;
    }
}
