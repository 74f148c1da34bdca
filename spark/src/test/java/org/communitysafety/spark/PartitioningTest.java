package org.communitysafety.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merged cubes do not depend on how the input is partitioned: 1, 7 and 64 partitions and a
 * skewed split (nine rows in ten in one partition), with the ids counted across partitions and
 * without, all give exactly the cubes of the core reader's own pass over the sample's files.
 */
final class PartitioningTest {
    private static final List<Period> PERIODS = List.of(Period.parse("2024"), Period.parse("2023"));
    private static ColumnarDataset direct;
    private static CsiSpark csi;

    @BeforeAll
    static void readTheSampleDirectly() {
        direct = DatasetReader.readColumnar(LocalSpark.SAMPLE, ReadOptions.defaults()).loaded().orElseThrow();
        csi = CsiSpark.of(LocalSpark.session(), LocalSpark.SAMPLE);
    }

    private static final Column SKEWED;

    static {
        Column id = hash(col("id"));
        SKEWED = when(pmod(id, lit(10)).lt(9), lit(0)).otherwise(pmod(id, lit(8)).plus(1));
    }

    private static List<Arguments> splits(boolean countIds) {
        return List.of(
                Arguments.of("1 partition", (UnaryOperator<Dataset<Row>>) df -> df.repartition(1), countIds),
                Arguments.of("7 partitions", (UnaryOperator<Dataset<Row>>) df -> df.repartition(7), countIds),
                Arguments.of("64 partitions", (UnaryOperator<Dataset<Row>>) df -> df.repartition(64), countIds),
                Arguments.of("skewed: 90% in one of 9", (UnaryOperator<Dataset<Row>>) df -> df.repartition(9, SKEWED),
                        countIds));
    }

    /** Every split with the ids counted (the default), and the skewed one without. */
    static Stream<Arguments> partitionings() {
        return Stream.concat(splits(true).stream(), splits(false).stream().skip(3));
    }

    /** The other splits without counting the ids: the heavier suite ({@code mvn -P spark-heavy}). */
    static Stream<Arguments> morePartitionings() {
        return splits(false).stream().limit(3);
    }

    @Tag("heavy")
    @ParameterizedTest(name = "{0}, ids counted: {2}")
    @MethodSource("morePartitionings")
    void aggregate_anyPartitioningWithoutCountingIds_theCubesOfTheCoreReader(String name,
            UnaryOperator<Dataset<Row>> split, boolean countIds) {
        aggregate_anyPartitioning_theCubesOfTheCoreReader(name, split, countIds);
    }

    @ParameterizedTest(name = "{0}, ids counted: {2}")
    @MethodSource("partitionings")
    void aggregate_anyPartitioning_theCubesOfTheCoreReader(String name, UnaryOperator<Dataset<Row>> split,
            boolean countIds) {
        // every kind in the skewed split; incidents alone in the others (disputes and outreach share
        // RecordAccumulator's path, so one split of them shows it; this keeps the suite's time down)
        boolean allKinds = name.startsWith("skewed");
        CsiSpark run = csi.withIncidents(split.apply(LocalSpark.sample("incidents")));
        if (allKinds) {
            run = run.withDisputes(split.apply(LocalSpark.sample("disputes")))
                    .withOutreach(split.apply(LocalSpark.sample("outreach")));
        }
        SparkCubes cubes = (countIds ? run : run.assumingUniqueIds()).aggregate(PERIODS);

        PeriodIndex index = PeriodIndex.of(PERIODS);
        assertEquals(PartitionReader.cube("incidents", direct, index), cubes.incidents(), "incidents");
        List<SourceCounts> counts = List.of(new SourceCounts("incidents", 50_000, 50_000, 0),
                new SourceCounts("disputes", 15_000, 15_000, 0), new SourceCounts("outreach", 5_000, 5_000, 0));
        if (allKinds) {
            assertEquals(PartitionReader.cube("disputes", direct, index), cubes.disputes(), "disputes");
            assertEquals(PartitionReader.cube("outreach", direct, index), cubes.outreach(), "outreach");
            assertEquals(counts, cubes.counts());
        } else {
            assertEquals(counts.subList(0, 1), cubes.counts());
        }
        assertEquals(0, cubes.rejects().count());
    }
}
