package org.communitysafety.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.IndicatorSettings;
import org.communitysafety.indicators.Indicators;

/**
 * Question: what does the Spark path cost against {@code csi report} on one JVM, and what drives
 * its shuffle — the data or the partials? Not a test (surefire skips the name); run by {@code
 * benchmarks/scripts/spark.sh}, which times {@code csi report} on the same data in the same run.
 *
 * <pre>
 * java -cp … org.communitysafety.spark.SparkBench REFERENCE_DIR INCIDENTS.csv PARQUET_DIR YEAR PARTITIONS MODES
 *     PARTITIONS: 2,8,… or convert (only the conversion); MODES: counted,unique
 * </pre>
 *
 * Converts the CSV to Parquet once (every column as text, as read from the CSV), then for each
 * partition count (the Parquet read in many splits and coalesced, which moves no data) and mode
 * ({@code counted}: the default, ids counted across partitions; {@code unique}: {@link
 * CsiSpark#assumingUniqueIds()}) times {@code CsiSpark.report} of the year against the year
 * before, and records from a listener, per stage, the bytes shuffled (written) and the bytes of
 * task results sent to the driver (where {@code treeAggregate}'s last level lands), in total and
 * per task. One line of TSV per run on standard output.
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws Exception {
        Path reference = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        Path parquet = Path.of(args[2]);
        Period year = Period.parse(args[3]);
        List<Integer> partitions = new ArrayList<>();
        for (String p : args[4].equals("convert") ? new String[0] : args[4].split(",")) {
            partitions.add(Integer.parseInt(p));
        }
        List<String> modes = List.of(args[5].split(","));
        SparkSession spark = SparkSession.builder().appName("csi-spark-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(2L << 20))
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        if (!Files.isDirectory(parquet)) {
            long start = System.nanoTime();
            spark.read().option("header", "true").option("encoding", "UTF-8").csv(csv.toString()).write()
                    .parquet(parquet.toString());
            System.err.printf(Locale.ROOT, "converted %s to Parquet in %.1f s%n", csv, (System.nanoTime() - start) / 1e9);
        }
        Metrics metrics = new Metrics();
        spark.sparkContext().addSparkListener(metrics);
        IndicatorSettings settings = IndicatorSettings.defaults().withPeriod(year)
                .withComparison(Indicators.Comparison.YEAR_ON_YEAR);
        CsiSpark csi = CsiSpark.of(spark, reference);
        System.out.println("partitions\tmode\twall_s\trows\tincidents_read\tshuffle_bytes\tshuffle_bytes_per_input_partition"
                + "\tresult_bytes\tresult_bytes_per_input_partition\tstages");
        for (String mode : modes) {
            for (int p : partitions) {
                Dataset<Row> incidents = spark.read().parquet(parquet.toString());
                int splits = incidents.javaRDD().getNumPartitions();
                if (p > splits) {
                    throw new IllegalArgumentException(p + " partitions asked; the Parquet reads in " + splits);
                }
                CsiSpark run = csi.withIncidents(incidents.coalesce(p));
                run = mode.equals("unique") ? run.assumingUniqueIds() : run;
                metrics.reset();
                long start = System.nanoTime();
                SparkReport report = run.report(settings);
                double wall = (System.nanoTime() - start) / 1e9;
                spark.sparkContext().listenerBus().waitUntilEmpty();
                String check = System.getProperty("csi.bench.csv");
                if (check != null) {   // as csi report --out FILE.csv writes it, for the script to compare
                    report.results().writeCsv(Path.of(check + "-" + mode + "-" + p + ".csv"), true, true);
                }
                System.out.printf(Locale.ROOT, "%d\t%s\t%.1f\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", p, mode, wall,
                        report.results().size(), report.counts().get(0).read(), metrics.shuffle.get(),
                        metrics.shuffle.get() / p, metrics.result.get(), metrics.result.get() / p, metrics.stages());
            }
        }
        spark.stop();
    }

    /** Shuffle bytes written and task-result bytes, in total and per stage. */
    static final class Metrics extends SparkListener {
        final AtomicLong shuffle = new AtomicLong();
        final AtomicLong result = new AtomicLong();
        final Map<Integer, long[]> byStage = new ConcurrentHashMap<>();
        final Map<Integer, String> names = new ConcurrentHashMap<>();

        void reset() {
            shuffle.set(0);
            result.set(0);
            byStage.clear();
            names.clear();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() == null) {
                return;
            }
            long s = end.taskMetrics().shuffleWriteMetrics().bytesWritten();
            long r = end.taskMetrics().resultSize();
            shuffle.addAndGet(s);
            result.addAndGet(r);
            long[] t = byStage.computeIfAbsent(end.stageId(), k -> new long[3]);
            synchronized (t) {
                t[0]++;
                t[1] += s;
                t[2] += r;
            }
        }

        @Override
        public void onStageCompleted(SparkListenerStageCompleted done) {
            String name = done.stageInfo().name();
            names.put(done.stageInfo().stageId(), name.replaceAll(" at .*", ""));
        }

        String stages() {
            StringBuilder s = new StringBuilder();
            new TreeMap<>(byStage).forEach((id, t) -> s.append(s.length() > 0 ? "; " : "").append(names.getOrDefault(id,
                    "stage " + id)).append(':').append(t[0]).append(" tasks,").append(t[1]).append(" B shuffled,")
                    .append(t[2]).append(" B results"));
            return s.toString();
        }
    }
}
