package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dates FIRST..LAST} sets the window of plausible dates on validate and report (issue 13, item 1). */
class DateWindowOptionTest {
    @TempDir
    Path tmp;

    /** Line 2 occurred in 1990, line 3 in 2023. */
    private static final String INCIDENTS = """
            id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source
            I1,330102001001,theft,1990-05-10,,,true,false,,,call
            I2,330102001001,fraud,2023-03-05,,,,,,,
            """;

    @Test
    void validate_aNarrowerWindowMakesAnOldDateARowError() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, INCIDENTS);
        CliRun plain = CliRun.csi("validate", "--data", dir.toString());
        assertThat(plain.code()).as(plain.toString()).isEqualTo(Csi.OK);

        CliRun narrow = CliRun.csi("validate", "--data", dir.toString(), "--dates", "2000-01-01..2030-12-31");
        assertThat(narrow.code()).as(narrow.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(narrow.outLines()).contains("incidents.csv line 2, column occurred_on: 1990-05-10 is before"
                + " 2000-01-01, the first date accepted; a typo?");
    }

    @Test
    void report_aWiderWindowAcceptsADateTheDefaultRejects() throws IOException {
        String future = INCIDENTS.replace("2023-03-05", "2099-03-05");
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, future);
        CliRun plain = CliRun.csi("report", "--data", dir.toString(), "--period", "2023", "--compare", "none");
        assertThat(plain.code()).as(plain.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(plain.err()).contains("2099-03-05 is after");

        // 2099, where the accepted record falls: a period without records is refused since issue 14
        CliRun wide = CliRun.csi("report", "--data", dir.toString(), "--period", "2099", "--compare", "none",
                "--dates", "1949-10-01..2100-12-31");
        assertThat(wide.code()).as(wide.toString()).isEqualTo(Csi.OK);
    }

    @Test
    void aWindowThatIsNotOne_isAUsageError() {
        for (String bad : new String[] {"2000-01-01", "2000-01-01..2030-02-30", "2030-01-01..2000-01-01"}) {
            CliRun r = CliRun.csi("validate", "--sample", "--dates", bad);
            assertThat(r.code()).as(bad + ": " + r).isEqualTo(Csi.USAGE);
            assertThat(r.err()).contains("--dates");
        }
    }
}
