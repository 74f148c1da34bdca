package org.communitysafety.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.IndicatorSettings;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark path computes exactly the rows of {@code csi report --sample --period 2024 --compare
 * yoy}: all 256,220 of them, as CSV text and as the JSON whose SHA-256 the examples module
 * keeps as a golden file.
 */
final class SampleReportTest {
    private static final IndicatorSettings SETTINGS = IndicatorSettings.defaults().withPeriod(Period.parse("2024"))
            .withComparison(Indicators.Comparison.YEAR_ON_YEAR);
    private static final Path GOLDEN_SHA256 = Path.of("..", "examples", "src", "test", "resources", "golden",
            "report-2024-yoy.sha256.golden");

    private static SparkReport report;
    private static Results direct;

    @BeforeAll
    static void computeBothWays() {
        direct = Indicators.of(DatasetReader.readColumnar(LocalSpark.SAMPLE, ReadOptions.defaults()).loaded()
                .orElseThrow(), SETTINGS).compute();
        report = CsiSpark.of(LocalSpark.session(), LocalSpark.SAMPLE)
                .withIncidents(LocalSpark.sample("incidents").repartition(7))
                .withDisputes(LocalSpark.sample("disputes").repartition(3))
                .withOutreach(LocalSpark.sample("outreach"))
                .report(SETTINGS);
    }

    @Test
    void textRows_theSample_theCsvOfCsiReport() throws IOException {
        List<Row> rows = report.textRows().collectAsList();
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out);
        csv.writeRow(List.of(report.textRows().columns()));
        String[] fields = new String[Results.COLUMNS.size()];
        for (Row r : rows) {
            for (int c = 0; c < fields.length; c++) {
                fields[c] = r.isNullAt(c) ? "" : r.getString(c);
            }
            csv.writeRow(fields);
        }
        csv.flush();
        assertEquals(256_220, rows.size());
        assertEquals(direct.toCsv(false), out.toString());
    }

    @Test
    void results_theSample_theGoldenJsonOfCsiReport(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("rows.json");
        report.results().writeJson(json);
        assertEquals(Files.readString(GOLDEN_SHA256, StandardCharsets.UTF_8).strip(), sha256(Files.readAllBytes(json)));
        assertEquals(direct, report.results());
    }

    @Test
    void rows_typed_theColumnsOfCsiReportWithTheirValues() {
        var typed = report.rows();
        assertEquals(Results.COLUMNS, List.of(typed.columns()));
        assertEquals("StructField(value,DoubleType,true)", typed.schema().apply("value").toString());
        assertEquals("StructField(numerator,LongType,true)", typed.schema().apply("numerator").toString());
        assertEquals("StructField(significant,BooleanType,true)", typed.schema().apply("significant").toString());
        var first = direct.rows().get(0);
        Row row = typed.first();
        assertEquals(first.indicator().id(), row.getString(0));
        assertEquals(first.unit(), row.getString(1));
        assertEquals(first.value().getAsDouble(), row.getDouble(6));
        assertEquals(256_220, typed.count());
    }

    @Test
    void counts_theSample_everyRowAccepted() {
        assertEquals(List.of(new SourceCounts("incidents", 50_000, 50_000, 0),
                new SourceCounts("disputes", 15_000, 15_000, 0), new SourceCounts("outreach", 5_000, 5_000, 0)),
                report.counts());
        assertEquals(0, report.rejects().count());
        assertEquals(report, report.requireClean());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
