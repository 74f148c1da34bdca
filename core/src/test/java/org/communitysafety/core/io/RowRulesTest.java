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

    /**
     * Issue 13, hardening item 2: two populations of 4.6e18 used to overflow the tree's sums
     * ("long overflow", exit 3), and two losses of 9.2e16 yuan gave a silently negative total.
     * Each value is bounded, and each column's total over a file is kept exact, so no sum taken
     * from the data can overflow.
     */
    @Test
    void countsAndAmounts_pastTheirMaximum_areRowErrors() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS.replace(
                "330101001,西溪社区,社区,330101,5000", "330101001,西溪社区,社区,330101,4600000000000000000"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("incidents.csv"), "id,unit,category,occurred_on,loss\n"
                + "I1,330101002,theft,2024-03-07,92000000000000000\nI2,330101002,theft,2024-03-07,1000000000000\n",
                StandardCharsets.UTF_8);

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());

        assertThat(messages(result)).contains(
                "jurisdictions.csv line 5, column population: 4600000000000000000 is more than 2,000,000,000, the "
                        + "most a cell may hold; a typo?",
                "incidents.csv line 2, column loss: 92000000000000000 is more than 1,000,000,000,000 yuan, the most a "
                        + "cell may hold; a typo?");
        assertThat(result.orThrow().incidents()).extracting(r -> r.id()).containsExactly("I2");
        assertBooksBalance(result);
    }

    @Test
    void amounts_whoseTotalWouldPassALong_rejectTheRowThatWouldOverflow() throws IOException {
        StringBuilder rows = new StringBuilder();
        int n = 92_234; // Long.MAX_VALUE fen holds 92,233 losses of 10^12 yuan, not 92,234
        for (int k = 1; k <= n; k++) {
            rows.append('I').append(k).append(",330101002,theft,2024-03-07,,,1000000000000\n");
        }
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("incidents.csv"), HEADER.strip() + ",loss\n" + rows, StandardCharsets.UTF_8);

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());

        assertThat(result.orThrow().incidents()).hasSize(n - 1);
        assertThat(messages(result)).singleElement().asString().isEqualTo("incidents.csv line " + (n + 1)
                + ", column loss: the loss column of incidents.csv adds up to more than 92,233,720,368,547,758 yuan "
                + "with this row, which no sum can hold exactly; a typo?");
    }

    @Test
    void reportedAfterCleared_keptWithAWarning() throws IOException {
        ReadResult result = read("I1,330101001,theft,2024-03-07,2024-03-20,2024-03-10\n");

        assertThat(result.orThrow().incidents()).hasSize(1);
        assertThat(messages(result)).containsExactly("incidents.csv line 2, column reported_on: warning: reported_on 2024-03-20 is "
                + "after cleared_on 2024-03-10; the incident is kept, check the dates");
    }
}
