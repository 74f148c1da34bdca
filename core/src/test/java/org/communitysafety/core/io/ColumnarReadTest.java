package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading into column stores checks and counts exactly as reading into objects does. */
final class ColumnarReadTest {
    @TempDir
    Path dir;

    @Test
    void readColumnar_sample_givesTheSameReportAndTheSameFigures() throws IOException {
        Dataset generated = SampleGenerator.of(SampleSpec.standard().withVillages(60).withIncidents(6_000)
                .withDisputes(600).withOutreach(200)).dataset();
        DatasetWriter.write(generated, dir);

        ReadResult objects = DatasetReader.read(dir);
        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults());

        assertThat(columns.report()).isEqualTo(objects.report());
        ColumnarDataset data = columns.orThrow();
        assertThat(data.incidents().size()).isEqualTo(6_000);
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2022), Period.ofYear(2023), Period.ofYear(2024),
                Period.parse("2024-02-01..2024-02-29"));
        assertThat(IncidentAggregation.aggregate(data.incidents(), periods, 1))
                .isEqualTo(IncidentAggregation.aggregate(IncidentStore.of(objects.orThrow()), periods, 1));
    }

    @Test
    void readColumnar_badRows_reportsThemAsTheObjectReaderDoes() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), DatasetReaderTest.JURISDICTIONS);
        Files.writeString(dir.resolve("incidents.csv"), DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,2024-01-01,,,,,,,\n"
                + "I2,330101001,theft,2024-02-30,,,,,,,\n"
                + "I3,330101002,theft,1900-01-01,,2100-01-01,,,,,\n");

        ColumnarReadResult strict = DatasetReader.readColumnar(dir, ReadOptions.defaults());
        ColumnarReadResult lenient = DatasetReader.readColumnar(dir, ReadOptions.defaults().asLenient());

        assertThat(strict.data()).isEmpty();
        assertThat(strict.report().problems()).extracting(Problem::toString).containsExactly(
                "incidents.csv line 3, column occurred_on: 2024-02-30 is not a date",
                "incidents.csv line 4, column cleared_on: cleared_on 2100-01-01 is more than 65534 days after "
                        + "occurred_on 1900-01-01");
        assertThat(lenient.orThrow().incidents().size()).isEqualTo(1);
        assertThat(lenient.report()).isEqualTo(DatasetReader.read(dir, ReadOptions.defaults().asLenient()).report());
    }

    @Test
    void readColumnar_countsBeyondAnIntAndDelaysBeyondTheStore_areRowErrorsInBothReaders() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), DatasetReaderTest.JURISDICTIONS);
        Files.writeString(dir.resolve("outreach.csv"),
                "id,unit,type,held_on,audience\nO1,330101001,patrol,2024-01-01,3000000000\n");
        Files.writeString(dir.resolve("disputes.csv"), "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,land,1900-01-01,resolved,2100-01-01\n");

        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults().asLenient());

        assertThat(columns.report().problems()).extracting(Problem::toString).containsExactly(
                "disputes.csv line 2, column closed_on: closed_on 2100-01-01 is more than 65534 days after "
                        + "received_on 1900-01-01",
                "outreach.csv line 2, column audience: 3000000000 is more than 2147483647, the most one session can "
                        + "count");
        assertThat(columns.report()).isEqualTo(DatasetReader.read(dir, ReadOptions.defaults().asLenient()).report());
        assertThat(columns.orThrow().outreach().size()).isZero();
    }

    @Test
    void readColumnar_recordsSpanningMoreThanAStoreHolds_isAProblemNotACrash() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), DatasetReaderTest.JURISDICTIONS);
        Files.writeString(dir.resolve("incidents.csv"), DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,1800-01-01,,,,,,,\nI2,330101001,theft,2024-01-01,,,,,,,\n");

        ColumnarReadResult result = DatasetReader.readColumnar(dir, ReadOptions.defaults());

        assertThat(result.data()).isEmpty();
        assertThat(result.report().problems()).extracting(Problem::toString).containsExactly(dir + ": the records "
                + "cannot be held in column stores: the incidents span 1800-01-01 to 2024-01-01, more than the 65,536 "
                + "days (179 years) a store holds");
    }
}
