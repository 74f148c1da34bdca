package org.communitysafety.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.communitysafety.spark.example.IndicatorsJob;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job runs as spark-submit would run it, on the sample, and writes the rows and rejects. */
final class IndicatorsJobTest {

    /** Heavy (writes and reads back 256,220 rows): {@code mvn -P spark-heavy}. */
    @Tag("heavy")
    @Test
    void run_theSampleAsParquet_writesTheRowsOfCsiReport(@TempDir Path dir) throws IOException {
        String parquet = dir.resolve("incidents.parquet").toString();
        LocalSpark.sample("incidents").write().parquet(parquet);
        int code = IndicatorsJob.run(LocalSpark.session(), "--reference", LocalSpark.SAMPLE.toString(),
                "--incidents", parquet, "--disputes", LocalSpark.SAMPLE.resolve("disputes.csv").toString(),
                "--outreach", LocalSpark.SAMPLE.resolve("outreach.csv").toString(), "--period", "2024",
                "--out", dir.resolve("out").toString(), "--strict");
        assertEquals(0, code);
        Dataset<Row> rows = LocalSpark.session().read().parquet(dir.resolve("out/rows").toString());
        assertEquals(256_220, rows.count());
        assertEquals(java.util.List.of(org.communitysafety.indicators.Results.COLUMNS.toArray()),
                java.util.List.of((Object[]) rows.columns()));
        assertEquals(0, LocalSpark.session().read().parquet(dir.resolve("out/rejects").toString()).count());
    }

    @Test
    void run_unknownOption_namesIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> IndicatorsJob.run(LocalSpark.session(),
                "--periode", "2024"));
        assertEquals("unknown option --periode; the options are --compare, --disputes, --format, --incidents, "
                + "--mapping, --out, --outreach, --period, --reference, --strict", e.getMessage());
    }
}
