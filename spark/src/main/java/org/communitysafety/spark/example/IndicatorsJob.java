package org.communitysafety.spark.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.IndicatorSettings;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.spark.CsiSpark;
import org.communitysafety.spark.SourceCounts;
import org.communitysafety.spark.SparkReport;

/**
 * A Spark job that computes the indicator catalogue from record tables and writes the tidy
 * rows and the rejected rows as tables: {@code csi report} on a cluster.
 *
 * <pre>
 * spark-submit --class org.communitysafety.spark.example.IndicatorsJob csi-spark-job.jar \
 *     --reference data/ --incidents data/incidents.parquet [--disputes …] [--outreach …] \
 *     --period 2024 [--compare yoy|pop|none|PERIOD] [--mapping FILE] [--format parquet|csv] --out out/
 * </pre>
 *
 * An input ending in {@code .csv} is read as CSV with a header (every column as text), a name
 * {@code table:db.name} as a table of the catalogue (Hive), anything else as Parquet. The rows
 * go to {@code out/rows}, the rejects to {@code out/rejects}, in Parquet (default) or CSV with
 * a header; the counts are printed. Exit code 0, or 1 when a row was rejected and {@code
 * --strict} was given.
 */
public final class IndicatorsJob {
    private static final Set<String> OPTIONS = Set.of("--reference", "--incidents", "--disputes", "--outreach",
            "--period", "--compare", "--mapping", "--format", "--out", "--strict");

    private IndicatorsJob() {}

    public static void main(String[] args) throws IOException {
        SparkSession spark = SparkSession.builder().appName("csi-indicators").getOrCreate();
        int code;
        try {
            code = run(spark, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job in {@code spark}, which it leaves open; returns the exit code.
     *
     * @throws IllegalArgumentException for a missing or unknown option, naming it
     */
    public static int run(SparkSession spark, String... args) throws IOException {
        Map<String, String> o = parse(args);
        ReadOptions options = ReadOptions.defaults();
        if (o.containsKey("--mapping")) {
            options = options.withMapping(MappingProfile.read(Path.of(o.get("--mapping"))));
        }
        CsiSpark csi = CsiSpark.of(spark, Path.of(required(o, "--reference")), options)
                .withIncidents(table(spark, required(o, "--incidents")));
        if (o.containsKey("--disputes")) {
            csi = csi.withDisputes(table(spark, o.get("--disputes")));
        }
        if (o.containsKey("--outreach")) {
            csi = csi.withOutreach(table(spark, o.get("--outreach")));
        }
        Period period = Period.parse(required(o, "--period"));
        IndicatorSettings settings = IndicatorSettings.defaults().withPeriod(period);
        String compare = o.getOrDefault("--compare", "yoy");
        settings = switch (compare) {
            case "yoy" -> settings.withComparison(Indicators.Comparison.YEAR_ON_YEAR);
            case "pop" -> settings.withComparison(Indicators.Comparison.PERIOD_OVER_PERIOD);
            case "none" -> settings.withComparison(Indicators.Comparison.NONE);
            default -> settings.withBaseline(Period.parse(compare));
        };
        SparkReport report = csi.report(settings);
        String out = required(o, "--out");
        String format = o.getOrDefault("--format", "parquet");
        if (!format.equals("parquet") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be parquet or csv, not " + format);
        }
        write(report.rows(), format, out + "/rows");
        write(report.rejects().orderBy("source", "row"), format, out + "/rejects");
        for (SourceCounts c : report.counts()) {
            System.out.println(c);
        }
        System.out.println(report.results().size() + " rows for " + period
                + report.results().baseline().map(b -> " vs " + b).orElse("") + " written to " + out + "/rows");
        return o.containsKey("--strict") && report.rowsRejected() > 0 ? 1 : 0;
    }

    private static Dataset<Row> table(SparkSession spark, String name) {
        if (name.startsWith("table:")) {
            return spark.table(name.substring("table:".length()));
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return spark.read().option("header", "true").option("encoding", "UTF-8").csv(name);
        }
        return spark.read().parquet(name);
    }

    private static void write(Dataset<Row> rows, String format, String path) {
        var w = rows.write().mode("overwrite");
        if (format.equals("csv")) {
            w.option("header", "true").csv(path);
        } else {
            w.parquet(path);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "; the options are "
                        + String.join(", ", OPTIONS.stream().sorted().toList()));
            }
            if (name.equals("--strict")) {
                o.put(name, "");
            } else {
                if (i + 1 >= list.size()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                o.put(name, list.get(++i));
            }
        }
        return o;
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }
}
