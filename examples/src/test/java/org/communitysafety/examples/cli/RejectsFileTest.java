package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.csv.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the rejects file shows terminal control characters from the data ({@code ESC ] 0;
 * title BEL}, which retitles the terminal of whoever runs {@code cat rejects.csv}) as visible
 * escapes, <code>&#92;u001B</code>, as {@code csi validate}'s messages do; ordinary text, line breaks and
 * tabs in a quoted cell included, still reads back exactly as it was.
 */
final class RejectsFileTest {
    private static final String TITLE = "\u001B]0;pwned\u0007";

    @TempDir
    Path tmp;

    @Test
    void validate_rejectsWithAControlSequence_writesItEscaped() throws IOException {
        Path dir = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE
                .replace("I2,330102001001,theft", "I2,330102001001,theft" + TITLE + "\u009B31m\u007F"));
        Path rejects = tmp.resolve("rejects.csv");

        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(text).contains(",theft\\u001B]0;pwned\\u0007\\u009B31m\\u007F,")
                .doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B").doesNotContain("\u007F");
    }

    @Test
    void validate_rejectsOfOrdinaryText_readBackAsTheyWere() throws IOException {
        String address = "\"东湖街道 12 号\n\t2 单元, \"\"北门\"\"\"";
        Path dir = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, """
                id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source,address
                I2,330102001001,theft,2023-02-01,2023-02-01,2023-02-30,true,false,,,call,%s
                """.formatted(address));
        Path rejects = tmp.resolve("rejects.csv");

        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        try (CsvParser p = CsvParser.open(rejects)) {
            CsvRow row = new CsvRow();
            assertThat(p.next(row)).isTrue();
            assertThat(p.next(row)).isTrue();
            List<String> fields = new ArrayList<>();
            for (int i = 3; i < row.fieldCount(); i++) {
                fields.add(row.field(i));
            }
            assertThat(fields).containsExactly("I2", "330102001001", "theft", "2023-02-01",
                    "2023-02-01", "2023-02-30", "true", "false", "", "", "call", "东湖街道 12 号\n\t2 单元, \"北门\"");
        }
    }

    @Test
    void validate_csvRaw_keepsTheCellsExactlyAsRead() throws IOException {
        Path dir = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE
                .replace("I2,330102001001,theft", "I2,330102001001,theft" + TITLE));
        Path rejects = tmp.resolve("rejects.csv");

        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString(),
                "--csv-raw");

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(Files.readString(rejects, StandardCharsets.UTF_8)).contains(",theft" + TITLE + ",");
    }
}
