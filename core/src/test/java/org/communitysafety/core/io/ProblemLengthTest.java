package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge cell gives a line in a report, not the cell (found by the reader fuzzer, issue 13). */
class ProblemLengthTest {
    @TempDir
    Path dir;

    @Test
    void aLongValueIsQuotedByItsStartAndLength() {
        String value = "9".repeat(20_000) + "x";
        Problem p = Problem.error("incidents.csv", 2, "loss", value, value + " is not an amount in yuan");
        assertThat(p.reason()).isEqualTo("9".repeat(40) + "…9x (20,001 characters) is not an amount in yuan");
        assertThat(p.value()).isEqualTo(value); // the value itself is kept as read
    }

    @Test
    void aLongColumnName_isKeptByItsStartAndLength() {
        // a header cell of 100,000 x's names an unknown column (the fuzzer's case 278)
        String name = "x".repeat(100_000);
        Problem p = Problem.warning("populations.xlsx", 1, name, "", "unknown column " + name + " is ignored");
        assertThat(p.column()).hasValue("x".repeat(40) + "…xx (100,000 characters)");
        assertThat(p.toString()).hasSizeLessThan(200).endsWith("(100,000 characters) is ignored");
    }

    @Test
    void shortValuesAndReasonsAreUnchanged() {
        Problem p = Problem.error("incidents.csv", 2, "cleared_on", "2023-02-30", "2023-02-30 is not a date");
        assertThat(p.reason()).isEqualTo("2023-02-30 is not a date");
    }

    @Test
    void aLongReasonKeepsItsStartAndEnd() {
        String reason = "the row says " + "abc ".repeat(2_000) + "and ends here";
        Problem p = Problem.error("x.jsonl", 3, reason);
        assertThat(p.reason()).hasSizeLessThan(Problem.MAX_REASON + 60).startsWith("the row says abc")
                .endsWith("and ends here").contains("characters left out");
    }

    @Test
    void readingAHugeCell_givesShortProblems() throws Exception {
        Files.writeString(dir.resolve("jurisdictions.csv"), "code,name,level,parent_code\n3301,市,city,\n");
        String huge = "9".repeat(100_000);
        Files.writeString(dir.resolve("incidents.csv"), "id,unit,category,occurred_on,loss\n"
                + "I1,3301,theft,2024-01-02," + huge + "x\n" + "I2," + "u".repeat(100_000) + ",theft,2024-01-02,\n");
        ReadReport report = DatasetReader.read(dir, ReadOptions.defaults().asLenient()).report();
        assertThat(report.problems()).hasSize(2).allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(200));
        assertThat(report.problems().get(0).reason()).endsWith("(100,001 characters) is not an amount in yuan");
        assertThat(report.problems().get(1).reason()).startsWith("unknown unit uuuu").endsWith("(100,000 characters)");
    }
}
