package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, hardening item 8: an id never holds an invisible character (a NUL inside it, a
 * byte-order mark left at the start of a line when files were joined), and an incident reported
 * after it was cleared is kept with a warning instead of in silence.
 */
final class RowRulesTest {
    private static final String HEADER = "id,unit,category,occurred_on,reported_on,cleared_on\n";

    @TempDir
    Path dir;

    private ReadResult read(String incidents) throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("incidents.csv"), HEADER + incidents, StandardCharsets.UTF_8);
        return DatasetReader.read(dir, ReadOptions.defaults().asLenient());
    }

    @Test
    void id_withANulOrAByteOrderMark_isRejectedNamingTheCharacter() throws IOException {
        ReadResult result = read("I\u00001,330101001,theft,2024-03-07,,\n\uFEFFI2,330101001,theft,2024-03-07,,\n"
                + "I3,330101001,theft,2024-03-07,,\n");

        assertThat(result.orThrow().incidents()).extracting(r -> r.id()).containsExactly("I3");
        assertThat(messages(result)).contains(
                "incidents.csv line 2, column id: the id holds the invisible character U+0000 at position 2; ids are "
                        + "printable text",
                "incidents.csv line 3, column id: the id holds the invisible character U+FEFF at position 1; ids are "
                        + "printable text");
        assertBooksBalance(result);
    }

    @Test
    void reportedAfterCleared_keptWithAWarning() throws IOException {
        ReadResult result = read("I1,330101001,theft,2024-03-07,2024-03-20,2024-03-10\n");

        assertThat(result.orThrow().incidents()).hasSize(1);
        assertThat(messages(result)).containsExactly("incidents.csv line 2, column reported_on: warning: reported_on 2024-03-20 is "
                + "after cleared_on 2024-03-10; the incident is kept, check the dates");
    }
}
