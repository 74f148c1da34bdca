package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, hardening item 8: a problem with the header names the header's own line. A CSV file
 * that starts with a blank line has its header on line 2; before, the problem said line 1.
 */
final class HeaderLineTest {
    @TempDir
    Path dir;

    @Test
    void csv_blankFirstLine_headerProblemsNameLine2() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("incidents.csv"), "\nid,unit,occurred_on\nI1,330101001,2024-03-07\n",
                StandardCharsets.UTF_8);

        ReadResult result = DatasetReader.read(dir);

        assertThat(messages(result)).contains(
                "incidents.csv line 2, column category: the required column category is missing");
    }

    @Test
    void csv_headerOnTheFirstLine_isLine1() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("incidents.csv"), "id,unit,occurred_on\nI1,330101001,2024-03-07\n",
                StandardCharsets.UTF_8);

        assertThat(messages(DatasetReader.read(dir))).contains(
                "incidents.csv line 1, column category: the required column category is missing");
    }
}
