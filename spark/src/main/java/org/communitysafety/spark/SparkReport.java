package org.communitysafety.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.communitysafety.indicators.Results;

/**
 * The indicator catalogue computed on Spark: the tidy rows as a DataFrame with the columns of
 * {@code csi report --format csv} (names and order of {@link Results#COLUMNS}), the same {@link
 * Results} on the driver, the rejected rows and the counts. Immutable.
 */
public final class SparkReport {
    private final SparkSession spark;
    private final Results results;
    private final Dataset<Row> rejects;
    private final List<SourceCounts> counts;

    SparkReport(SparkSession spark, Results results, Dataset<Row> rejects, List<SourceCounts> counts) {
        this.spark = spark;
        this.results = results;
        this.rejects = rejects;
        this.counts = List.copyOf(counts);
    }

    /** The rows as computed, on the driver: {@code results().writeCsv(out)} writes what {@code csi report} writes. */
    public Results results() {
        return results;
    }

    /**
     * The tidy rows, typed for a table: the names and order of {@link Results#COLUMNS}; text
     * columns as strings, {@code value}, {@code lower}, {@code upper}, {@code baselineValue},
     * {@code change}, {@code changePct}, {@code changePoints}, {@code pValue} as doubles, {@code
     * numerator} and {@code denominator} as longs, {@code significant} a boolean, {@code flags}
     * the codes joined by {@code ;}; null where {@code csi report}'s CSV has an empty cell. In the
     * order of {@link Results#rows()}.
     */
    public Dataset<Row> rows() {
        return spark.createDataFrame(ResultRows.typed(results), ResultRows.typedSchema());
    }

    /**
     * The tidy rows as text: every cell exactly as {@code csi report --format csv --csv-raw}
     * writes it (a count {@code 12}, a rate {@code 0.4166666666666667}), null for an empty cell,
     * in the same order.
     */
    public Dataset<Row> textRows() {
        return spark.createDataFrame(ResultRows.text(results), ResultRows.textSchema());
    }

    /** One row per problem of a rejected row ({@link CsiSpark#REJECTS}), in no particular order. */
    public Dataset<Row> rejects() {
        return rejects;
    }

    /** Rows read, accepted and rejected per source given. */
    public List<SourceCounts> counts() {
        return counts;
    }

    /** Rows rejected in all sources. */
    public long rowsRejected() {
        return counts.stream().mapToLong(SourceCounts::rejected).sum();
    }

    /**
     * This report, when no row was rejected; for a job that must stop on bad data as {@code csi
     * report} (strict) does.
     *
     * @throws IllegalStateException naming the counts when some row was rejected
     */
    public SparkReport requireClean() {
        if (rowsRejected() > 0) {
            throw new IllegalStateException("rows were rejected (see rejects()): " + counts);
        }
        return this;
    }

    @Override
    public String toString() {
        return "SparkReport[" + results.size() + " rows for " + results.period()
                + results.baseline().map(b -> " vs " + b).orElse("") + ", " + counts + "]";
    }
}
