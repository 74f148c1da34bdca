package org.communitysafety.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.core.io.RejectedRow;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad rows come back with the core reader's own reasons, none is lost (read = accepted +
 * rejected), and duplicate ids in different partitions are caught as the reader catches them in
 * one file — whether the columns are headed in English, in Chinese, or renamed by a mapping
 * profile. The reference: the same rows written to {@code incidents.csv} and read by {@link
 * DatasetReader} beside the sample's jurisdictions.
 */
final class RejectsTest {
    private static final String VILLAGE = "330104003002";

    /** Ten rows, four partitions: duplicates of I1 and I5 sit in other partitions than their first rows. */
    private static final List<List<String>> ROWS = List.of(
            List.of("I1", VILLAGE, "theft", "2024-03-01", "2024-03-05", "120.00"),
            List.of("I2", "999999", "theft", "2024-03-02", "", ""),                 // unknown unit
            List.of("I3", VILLAGE, "theft", "2023-02-30", "", ""),                  // no such date
            List.of("I1", VILLAGE, "fraud", "2024-04-01", "", ""),                  // duplicate of line 2
            List.of("I4", VILLAGE, "theft", "2024-05-10", "2024-05-01", ""),        // cleared before it occurred
            List.of("I5", VILLAGE, "fraud", "2023-06-01", "", "99.999"),            // three decimals
            List.of("I5", VILLAGE, "fraud", "2023-06-02", "", ""),                  // I5 was not claimed: accepted
            List.of("", VILLAGE, "theft", "2024-07-01", "", ""),                    // no id
            List.of("I6", VILLAGE, "两抢x", "2024-07-02", "", ""),                  // unknown category
            List.of(" I5 ", VILLAGE, "theft", "2024-08-01", "", ""));               // duplicate of line 8 (trimmed)

    static Stream<Arguments> headings() {
        MappingProfile renamed = MappingProfile.parse("renamed.mapping", "[incidents]\ncolumn.id = case_no\n"
                + "column.unit = area\n");
        return Stream.of(
                Arguments.of("English", List.of("id", "unit", "category", "occurred_on", "cleared_on", "loss"),
                        ReadOptions.defaults()),
                Arguments.of("Chinese", List.of("警情编号", "所属单位", "案件类别", "发案时间", "破案时间", "损失金额"),
                        ReadOptions.defaults()),
                Arguments.of("a mapping profile", List.of("case_no", "area", "category", "occurred_on", "cleared_on",
                        "loss"), ReadOptions.defaults().withMapping(renamed)));
    }

    @ParameterizedTest(name = "{0} headings")
    @MethodSource("headings")
    void report_badRows_theReadersReasonsAndNothingLost(String name, List<String> header, ReadOptions options,
            @TempDir Path dir) throws IOException {
        Files.copy(LocalSpark.SAMPLE.resolve("jurisdictions.csv"), dir.resolve("jurisdictions.csv"));
        try (CsvWriter w = CsvWriter.of(Files.newBufferedWriter(dir.resolve("incidents.csv"), StandardCharsets.UTF_8))) {
            w.writeRow(header);
            for (List<String> row : ROWS) {
                w.writeRow(row);
            }
        }
        ReadReport expected = DatasetReader.read(dir, options.asLenient()).report();

        StructType schema = DataTypes.createStructType(header.stream()
                .map(h -> DataTypes.createStructField(h, DataTypes.StringType, true)).toList());
        List<Row> rows = ROWS.stream().map(r -> RowFactory.create(r.stream().map(f -> f.isEmpty() ? null : f)
                .toArray())).toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        Dataset<Row> incidents = LocalSpark.session().createDataFrame(jsc.parallelize(rows, 4), schema);
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Files.copy(LocalSpark.SAMPLE.resolve("jurisdictions.csv"), reference.resolve("jurisdictions.csv"));

        SparkCubes cubes = CsiSpark.of(LocalSpark.session(), reference, options).withIncidents(incidents)
                .aggregate(List.of(Period.parse("2024"), Period.parse("2023")));

        Set<String> want = new TreeSet<>();
        for (RejectedRow r : expected.rejected()) {
            r.problems().forEach(p -> want.add(r.line() + " " + p.column().orElse("") + " [" + p.value() + "] "
                    + p.reason()));
        }
        Set<String> got = cubes.rejects().collectAsList().stream().map(r -> r.getLong(2) + " " + r.getString(4)
                + " [" + r.getString(5) + "] " + r.getString(6)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
        assertTrue(got.stream().anyMatch(p -> p.contains("duplicate id I1, first used on line 2")), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.contains("duplicate id I5, first used on line 8")), got::toString);

        SourceCounts counts = cubes.counts().get(0);
        assertEquals(new SourceCounts("incidents", 10, 2, 8), counts);
        assertEquals(expected.file("incidents.csv").accepted(), counts.accepted());
        List<Row> rejected = cubes.rejects().select("source", "row", "line", "id").distinct().collectAsList();
        assertEquals(counts.rejected(), rejected.size());
        List<String> ids = new ArrayList<>();
        rejected.forEach(r -> {
            assertEquals("incidents", r.getString(0));
            assertEquals(r.getLong(1) + 1, r.getLong(2));
            ids.add(r.getLong(1) + ":" + r.getString(3));
        });
        assertEquals(new TreeSet<>(List.of("2:I2", "3:I3", "4:I1", "5:I4", "6:I5", "8:", "9:I6", "10: I5 ")), new TreeSet<>(ids));
        // the accepted rows are I1 (2024) and the second I5 (2023)
        var tree = CsiSpark.of(LocalSpark.session(), reference, options).referenceData().tree();
        var rolled = cubes.incidents().rollUp(tree);
        assertEquals(1, rolled.total(IncidentMeasure.COUNT, tree, "330100", Period.parse("2024")));
        assertEquals(1, rolled.total(IncidentMeasure.COUNT, tree, "330100", Period.parse("2023")));
    }
}
