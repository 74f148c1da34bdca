package org.communitysafety.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.InvalidDataException;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.SourceColumns;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.IndicatorSettings;
import scala.Tuple2;

/**
 * CSI on Apache Spark: incidents, disputes and outreach sessions from any DataFrame (Parquet,
 * a Hive table, CSV), validated row by row by the core reader, aggregated into the core's
 * mergeable cubes partition by partition, merged exactly, and turned into the indicator
 * catalogue's tidy rows.
 *
 * <pre>{@code
 * SparkReport report = CsiSpark.of(spark, Path.of("reference"))        // jurisdictions.csv, taxonomy.csv, populations.csv
 *         .withIncidents(spark.read().parquet("hdfs:///warehouse/incidents"))
 *         .withDisputes(spark.table("csi.disputes"))
 *         .report(IndicatorSettings.defaults().withPeriod(Period.parse("2024"))
 *                 .withComparison(Indicators.Comparison.YEAR_ON_YEAR));
 * report.rows().write().mode("overwrite").saveAsTable("csi.indicators_2024");   // the columns of csi report --format csv
 * report.rejects().write().mode("overwrite").saveAsTable("csi.rejects_2024");   // every bad row, with its reasons
 * }</pre>
 *
 * <h2>Reading</h2>
 * The reference data (the jurisdiction tree, the taxonomy, populations: thousands of rows) are
 * read on the driver with the core reader — an error there throws {@link InvalidDataException},
 * as {@code csi report} stops — and broadcast. A record DataFrame's columns are named as a data
 * file's header is: English names, the Chinese headings the reader knows ({@code 警情编号},
 * {@code 所属单位} …) or those of the options' {@linkplain ReadOptions#mapping() mapping profile},
 * which also maps labels and date formats. Typed columns are read as their text ({@code
 * 2024-03-07} for a date). Each partition's rows go through {@link
 * DatasetReader#read(Map, ReadOptions)} with the same rules and messages as {@code csi
 * validate}; a row is identified by its 1-based position in the DataFrame ({@code row}) and the
 * line the reader reports ({@code row + 1}: a CSV file with its header on line 1 has the same
 * lines).
 *
 * <h2>Nothing dropped</h2>
 * The bad rows come back as {@link SparkReport#rejects()}, one row per problem (source, row,
 * line, id, column, value, reason), and {@link SparkReport#counts()} holds read = accepted +
 * rejected for every source. Reading is always lenient: the indicators are computed from the
 * accepted rows, as {@code csi report --lenient} does; {@link SparkReport#requireClean()}
 * throws when a row was rejected, for a job that must stop as {@code csi report} does.
 *
 * <h2>Duplicate ids</h2>
 * Ids must be unique within a source, as within a file. The ids that occur more than once are
 * found first by counting every id (a shuffle of the ids alone, aggregated within each
 * partition before it leaves; usually nothing repeats). The rows of those ids — and only
 * those — are then taken out of their partitions, brought together by id and read in input
 * order, so the reader sees every occurrence of an id together: the first (the lowest row) is
 * accepted and each later one rejected with {@code duplicate id X, first used on line N},
 * exactly as in one file (and, as there, a row rejected for another reason does not claim its
 * id). The other rows are read where they are: only the partial cubes travel. When the ids
 * are unique by construction (a table's primary key), {@link #assumingUniqueIds()} skips the
 * count; duplicates across partitions are then not caught.
 *
 * <h2>Aggregating</h2>
 * Each partition builds its cube over the periods asked for with the core's accumulators and
 * ships it as {@code CubeCodec} bytes; the partials are added with {@code Cube.plus} in a tree
 * ({@code treeAggregate}) — associative and commutative, so any partitioning gives exactly the
 * same merged cube — and the merged cubes go to the indicator catalogue ({@code
 * Aggregates}, {@code Indicators}) on the driver.
 *
 * <p>Immutable and thread-safe: each {@code with…} returns a new instance.
 */
public final class CsiSpark {
    private final SparkSession spark;
    private final ReferenceTables reference;
    private final org.communitysafety.core.Dataset referenceData;
    private final ReadOptions options;
    private final Map<String, Dataset<Row>> inputs;
    private final OptionalInt partitions;
    private final boolean uniqueIds;

    private CsiSpark(SparkSession spark, ReferenceTables reference, org.communitysafety.core.Dataset referenceData,
            ReadOptions options, Map<String, Dataset<Row>> inputs, OptionalInt partitions, boolean uniqueIds) {
        this.spark = spark;
        this.reference = reference;
        this.referenceData = referenceData;
        this.options = options;
        this.inputs = inputs;
        this.partitions = partitions;
        this.uniqueIds = uniqueIds;
    }

    /**
     * Reads the reference files of {@code referenceDir} ({@code jurisdictions.csv} required,
     * {@code taxonomy.csv} and {@code populations.csv} optional) on the driver, strictly, in
     * UTF-8.
     *
     * @throws InvalidDataException when a reference file has errors (the report lists them)
     * @throws IllegalArgumentException when {@code jurisdictions.csv} is missing
     */
    public static CsiSpark of(SparkSession spark, Path referenceDir) {
        return of(spark, referenceDir, ReadOptions.defaults());
    }

    /**
     * As {@link #of(SparkSession, Path)}, with these options: the reference files' encoding,
     * the mapping profile (applied to the reference files and the record DataFrames alike),
     * the date window, and whether errors in the reference files are tolerated ({@linkplain
     * ReadOptions#asLenient() lenient}: the bad units and their records are left out).
     */
    public static CsiSpark of(SparkSession spark, Path referenceDir, ReadOptions options) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(referenceDir, "referenceDir");
        Objects.requireNonNull(options, "options");
        ReferenceTables reference = ReferenceTables.read(referenceDir, options);
        ReadResult read = DatasetReader.read(reference.sources(), options);
        if (read.dataset().isEmpty()) {
            throw new InvalidDataException(read.report());
        }
        return new CsiSpark(spark, reference, read.dataset().get(), options, Map.of(), OptionalInt.empty(), false);
    }

    /** With these incidents (columns as in {@code incidents.csv}). */
    public CsiSpark withIncidents(Dataset<Row> incidents) {
        return with("incidents", incidents);
    }

    /** With these disputes (columns as in {@code disputes.csv}). */
    public CsiSpark withDisputes(Dataset<Row> disputes) {
        return with("disputes", disputes);
    }

    /** With these outreach sessions (columns as in {@code outreach.csv}). */
    public CsiSpark withOutreach(Dataset<Row> outreach) {
        return with("outreach", outreach);
    }

    private CsiSpark with(String base, Dataset<Row> rows) {
        Objects.requireNonNull(rows, base);
        Map<String, Dataset<Row>> next = new LinkedHashMap<>(inputs);
        next.put(base, rows);
        return new CsiSpark(spark, reference, referenceData, options, Map.copyOf(next), partitions, uniqueIds);
    }

    /**
     * With this many partitions for the rows of repeated ids (default: the input's own number of
     * partitions). No effect with {@link #assumingUniqueIds()}.
     *
     * @throws IllegalArgumentException if {@code partitions} is below 1
     */
    public CsiSpark withPartitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        return new CsiSpark(spark, reference, referenceData, options, inputs, OptionalInt.of(partitions), uniqueIds);
    }

    /**
     * Without counting the ids: ids repeated within a partition are still rejected, ids
     * repeated across partitions are not caught. For inputs whose ids are unique by construction;
     * it saves a scan of the id column and a shuffle of the ids.
     */
    public CsiSpark assumingUniqueIds() {
        return new CsiSpark(spark, reference, referenceData, options, inputs, partitions, true);
    }

    /** The jurisdiction tree, taxonomy and populations read on the driver. */
    public org.communitysafety.core.Dataset referenceData() {
        return referenceData;
    }

    /**
     * Validates and aggregates every input over {@code periods}: the merged cubes (not rolled up),
     * the rejects and the counts. A kind with no input has an empty cube.
     *
     * @throws IllegalArgumentException when {@code periods} is empty or holds a period twice, or
     *     an input's columns are not those of its file (a required column missing, a column named
     *     twice): the reader's header problems, once
     */
    public SparkCubes aggregate(List<Period> periods) {
        Objects.requireNonNull(periods, "periods");
        if (periods.isEmpty() || periods.stream().distinct().count() != periods.size()) {
            throw new IllegalArgumentException("the periods must be distinct and at least one: " + periods);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ReferenceTables> shipped = jsc.broadcast(reference);
        ShippedOptions shippedOptions = ShippedOptions.of(options, LocalDate.now());
        Map<String, byte[]> cubes = new HashMap<>();
        List<SourceCounts> counts = new ArrayList<>();
        List<JavaRDD<Piece>> problems = new ArrayList<>();
        for (String base : List.of("incidents", "disputes", "outreach")) {
            RecordKind<?> kind = RecordKind.of(base);
            byte[] empty = CubeCodec.toBytes(PartitionReader.cube(base,
                    org.communitysafety.core.aggregate.ColumnarDataset.of(referenceData), PartitionReader.index(
                            periods.stream().map(Period::toString).toList())));
            Dataset<Row> input = inputs.get(base);
            if (input == null) {
                cubes.put(base, empty);
                continue;
            }
            List<String> header = List.of(input.columns());
            checkHeader(base, header);
            OptionalInt id = SourceColumns.position(base, header, options.mapping(), "id");
            JavaRDD<ListRowSource.Line> lines = input.javaRDD().zipWithIndex()
                    .map(t -> new ListRowSource.Line(t._2() + 2, RowTexts.of(t._1())));
            Set<String> repeated = uniqueIds || id.isEmpty() ? Set.of() : IdKeys.repeated(input, header.get(id.getAsInt()));
            Broadcast<Set<String>> deferred = repeated.isEmpty() ? null : jsc.broadcast(repeated);
            JavaRDD<Piece> pieces = lines.mapPartitions(new PartitionReader(base, header, id, periods,
                    shippedOptions, shipped, deferred)).persist(StorageLevel.MEMORY_AND_DISK());
            if (deferred != null) {
                // the rows of ids that may repeat, brought together by id and read in input order
                int at = id.getAsInt();
                int n = partitions.orElse(Math.max(1, input.javaRDD().getNumPartitions()));
                JavaRDD<Piece> byId = pieces.filter(Piece::isDeferred).map(Piece::deferred)
                        .mapToPair(l -> new Tuple2<>(new IdPartitioner.Key(IdKeys.key(l.fields().get(at)), l.line()), l))
                        .repartitionAndSortWithinPartitions(new IdPartitioner(n), new IdPartitioner.ByLine())
                        .values()
                        .mapPartitions(new PartitionReader(base, header, id, periods, shippedOptions, shipped, null))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                pieces = pieces.filter(p -> !p.isDeferred()).union(byId);
            }
            // one job: the partial cubes added in a tree, the counts summed beside them
            Piece total = pieces.filter(p -> !p.isProblem()).treeAggregate(Piece.counts(0, 0, 0).withCube(empty),
                    new PieceMerge(kind), new PieceMerge(kind));
            byte[] merged = total.cube();
            long[] c = total.counts();
            cubes.put(base, merged);
            counts.add(new SourceCounts(base, c[0], c[1], c[2]));
            problems.add(pieces.filter(Piece::isProblem));
        }
        JavaRDD<Row> rejectRows = problems.stream().reduce(JavaRDD::union).orElse(jsc.emptyRDD())
                .map(p -> {
                    Piece.Problem q = p.problem();
                    return RowFactory.create(q.source(), q.row(), q.line(), q.id(), q.column(), q.value(), q.reason());
                });
        Dataset<Row> rejects = spark.createDataFrame(rejectRows, REJECTS);
        return new SparkCubes(referenceData, periods,
                CubeCodec.fromBytes(cubes.get("incidents"), RecordKind.INCIDENTS),
                CubeCodec.fromBytes(cubes.get("disputes"), RecordKind.DISPUTES),
                CubeCodec.fromBytes(cubes.get("outreach"), RecordKind.OUTREACH), rejects, counts);
    }

    /**
     * Validates and aggregates every input over the settings' period and baseline, and computes
     * the whole indicator catalogue from the merged cubes: the rows of {@code csi report}.
     *
     * @throws IllegalStateException when the settings have no period
     */
    public SparkReport report(IndicatorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Period period = settings.requirePeriod();
        List<Period> periods = settings.baseline().map(b -> List.of(period, b)).orElse(List.of(period));
        return aggregate(periods).report(settings);
    }

    /** The schema of the rejects: one row per problem of a rejected row. */
    public static final StructType REJECTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("row", DataTypes.LongType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("column", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    /** Runs the reader on the header alone and throws its header errors, once, on the driver. */
    private void checkHeader(String base, List<String> header) {
        Map<String, RowSource> sources = reference.sources();
        sources.put(base, new ListRowSource(header, java.util.Collections.emptyIterator()));
        ReadReport report = DatasetReader.read(sources, options.asLenient()).report();
        String file = DatasetReader.sourceName(base);
        List<Problem> errors = report.errors().stream().filter(p -> p.file().equals(file)).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the " + base + " DataFrame's columns " + header + " cannot be read: "
                    + String.join("; ", errors.stream().map(Problem::toString).toList()));
        }
    }

    @Override
    public String toString() {
        return "CsiSpark[" + referenceData.tree() + ", inputs " + inputs.keySet() + (uniqueIds ? ", ids assumed unique"
                : ", ids checked across partitions") + partitions.stream().mapToObj(p -> ", " + p + " partitions")
                        .findFirst().orElse("") + "]";
    }
}
