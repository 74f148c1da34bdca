package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading into column stores checks and counts exactly as reading into objects does (for a
 * whole generated sample see {@link SampleRoundTripTest}).
 */
final class ColumnarReadTest {
    /** Dates far apart enough to exceed what a store holds, outside the default window of plausible dates. */
    private static final ReadOptions WIDE = ReadOptions.defaults()
            .withDateWindow(java.time.LocalDate.of(1000, 1, 1), java.time.LocalDate.of(9999, 12, 31));

    @TempDir
    Path dir;

    @Test
    void readColumnar_badRows_reportsThemAsTheObjectReaderDoes() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS);
        Files.writeString(dir.resolve("incidents.csv"), DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,2024-01-01,,,,,,,\n"
                + "I2,330101001,theft,2024-02-30,,,,,,,\n"
                + "I3,330101002,theft,1900-01-01,,2100-01-01,,,,,\n");

        ColumnarReadResult strict = DatasetReader.readColumnar(dir, WIDE);
        ColumnarReadResult lenient = DatasetReader.readColumnar(dir, WIDE.asLenient());

        assertThat(strict.data()).isEmpty();
        assertThat(strict.report().problems()).extracting(Problem::toString).containsExactly(
                "incidents.csv line 3, column occurred_on: 2024-02-30 is not a date",
                "incidents.csv line 4, column cleared_on: cleared_on 2100-01-01 is more than 65534 days after "
                        + "occurred_on 1900-01-01");
        assertThat(lenient.orThrow().incidents().size()).isEqualTo(1);
        assertThat(lenient.report()).isEqualTo(DatasetReader.read(dir, WIDE.asLenient()).report());
    }

    @Test
    void readColumnar_countsBeyondAnIntAndDelaysBeyondTheStore_areRowErrorsInBothReaders() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS);
        Files.writeString(dir.resolve("outreach.csv"),
                "id,unit,type,held_on,audience\nO1,330101001,patrol,2024-01-01,3000000000\n");
        Files.writeString(dir.resolve("disputes.csv"), "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,land,1900-01-01,resolved,2100-01-01\n");

        ColumnarReadResult columns = DatasetReader.readColumnar(dir, WIDE.asLenient());

        assertThat(columns.report().problems()).extracting(Problem::toString).containsExactly(
                "disputes.csv line 2, column closed_on: closed_on 2100-01-01 is more than 65534 days after "
                        + "received_on 1900-01-01",
                // the bound every count has (RowContext.MAX_COUNT) now comes before the store's int limit
                "outreach.csv line 2, column audience: 3000000000 is more than 2,000,000,000, the most a cell may "
                        + "hold; a typo?");
        assertThat(columns.report()).isEqualTo(DatasetReader.read(dir, WIDE.asLenient()).report());
        assertThat(columns.orThrow().outreach().size()).isZero();
    }

    @Test
    void readColumnar_recordsSpanningMoreThanAStoreHolds_isAProblemNotACrash() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS);
        Files.writeString(dir.resolve("incidents.csv"), DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,1800-01-01,,,,,,,\nI2,330101001,theft,2024-01-01,,,,,,,\n");

        ColumnarReadResult result = DatasetReader.readColumnar(dir, WIDE);

        assertThat(result.data()).isEmpty();
        assertThat(result.report().problems()).extracting(Problem::toString).containsExactly(dir + ": the records "
                + "cannot be held in column stores: the incidents span 1800-01-01 to 2024-01-01, more than the 65,536 "
                + "days (179 years) a store holds");
    }
}
