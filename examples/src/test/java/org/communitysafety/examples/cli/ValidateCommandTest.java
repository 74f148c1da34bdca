package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csi validate}: the summary, every problem, exit codes and rejects. */
final class ValidateCommandTest {
    private static final String BAD_DATE = "incidents.csv line 3, column cleared_on: 2023-02-30 is not a date";

    @TempDir
    Path tmp;

    @Test
    void validate_sample_cleanWithTheStandardCounts() {
        CliRun r = CliRun.csi("validate", "--sample");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(withoutProgress(r.err())).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines.get(0)).isEqualTo("reading the bundled sample (UTF-8, strict)");
        assertThat(lines).anyMatch(l -> l.matches("incidents\\.csv +50,000 +50,000 +0 +0"))
                .anyMatch(l -> l.matches("disputes\\.csv +15,000 +15,000 +0 +0"))
                .anyMatch(l -> l.matches("outreach\\.csv +5,000 +5,000 +0 +0"))
                .anyMatch(l -> l.matches("populations\\.csv +1,500 +1,500 +0 +0"))
                .anyMatch(l -> l.matches("total +([\\d,]+) +\\1 +0 +0 +\\(read = accepted \\+ rejected\\)"))
                .anyMatch(l -> l.matches("units: 1 city, 8 district, \\d+ town, 500 village"))
                .contains("incidents: 2022-01-01 .. 2024-12-31", "disputes: 2022-01-01 .. 2024-12-31",
                        "outreach: 2022-01-01 .. 2024-12-31", "problems: none",
                        "result: clean (0 errors, 0 warnings, 0 rows rejected)")
                .anyMatch(l -> l.matches("read in .+; heap in use after reading: [\\d,]+ MB .*"));
        // the yearly counts come from the aggregation core and must add up to the rows read
        assertThat(yearTotal(lines, "incidents by year: ")).isEqualTo(50_000);
        assertThat(yearTotal(lines, "disputes received by year: ")).isEqualTo(15_000);
        assertThat(yearTotal(lines, "outreach sessions by year: ")).isEqualTo(5_000);
    }

    /** The sum of {@code 2022: 17,519; 2023: ...} on the line starting with {@code prefix}. */
    private static long yearTotal(List<String> lines, String prefix) {
        String line = lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        assertThat(line).matches(java.util.regex.Pattern.quote(prefix) + "2022: [\\d,]+; 2023: [\\d,]+; 2024: [\\d,]+");
        long total = 0;
        for (String part : line.substring(prefix.length()).split("; ")) {
            total += Long.parseLong(part.substring(part.indexOf(": ") + 2).replace(",", ""));
        }
        return total;
    }

    @Test
    void validate_badDate_exit1AndTheExactProblemLine() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE);
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.outLines()).contains(BAD_DATE, "problems: 1 error, 0 warnings",
                        "result: NOT clean (1 error, 0 warnings, 1 row rejected)")
                .anyMatch(l -> l.matches("incidents\\.csv +3 +2 +1 +0"))
                .anyMatch(l -> l.startsWith("units and dates: not shown, nothing was loaded"));
        assertThat(withoutProgress(r.err())).isEmpty();
        assertThat(tmp.resolve("rejects.csv")).doesNotExist();
    }

    @Test
    void validate_datesFarInTheFuture_rowErrorsNamedAndLenientRejectsOnlyThoseRows() throws IOException {
        // issue 13: 9024-03-18 in outreach or disputes made validate exit 3 ("the periods span 2557063 days"),
        // 5000-01-01 in incidents blocked loading with 0 rows rejected, even with --lenient
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, """
                id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source
                I1,330102001001,theft,2023-01-10,2023-01-10,2023-02-01,true,false,100.00,,call
                I2,330102001001,theft,5000-01-01,,,,,,,
                I3,330102001001,fraud,2023-03-05,,,,,,,
                """);
        Files.writeString(dir.resolve("disputes.csv"), "id,unit,type,received_on,status,closed_on\n"
                + "D1,330102001001,land,2023-01-01,resolved,9024-03-18\n"
                + "D2,330102001001,land,2023-01-01,resolved,2023-02-01\n");
        Files.writeString(dir.resolve("outreach.csv"), "id,unit,type,held_on,audience\n"
                + "O1,330102001001,patrol,9024-03-18,30\nO2,330102001001,patrol,2023-01-05,30\n");
        String last = java.time.LocalDate.now().plusYears(1).toString();
        List<String> expected = List.of(
                "incidents.csv line 3, column occurred_on: 5000-01-01 is after " + last
                        + ", the last date accepted (one year from today); a typo?",
                "disputes.csv line 2, column closed_on: 9024-03-18 is after " + last
                        + ", the last date accepted (one year from today); a typo?",
                "outreach.csv line 2, column held_on: 9024-03-18 is after " + last
                        + ", the last date accepted (one year from today); a typo?");

        CliRun strict = CliRun.csi("validate", "--data", dir.toString());
        CliRun lenient = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects",
                tmp.resolve("rejects.csv").toString());

        assertThat(strict.code()).as(strict.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(strict.outLines()).containsAll(expected);
        assertThat(lenient.code()).as(lenient.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(lenient.outLines()).containsAll(expected)
                .anyMatch(l -> l.matches("incidents\\.csv +3 +2 +1 +0"))
                .anyMatch(l -> l.matches("disputes\\.csv +2 +1 +1 +0"))
                .anyMatch(l -> l.matches("outreach\\.csv +2 +1 +1 +0"))
                .contains("incidents: 2023-01-10 .. 2023-03-05")
                .noneMatch(l -> l.contains("--lenient"));
        assertThat(withoutProgress(lenient.err())).isEmpty();
        assertThat(Files.readAllLines(tmp.resolve("rejects.csv"))).hasSize(4);
    }

    @Test
    void validate_lenient_writesTheRejectedRowAndSaysWhere() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE);
        Path rejects = tmp.resolve("out/rejects.csv");
        Files.createDirectories(rejects.getParent());
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.outLines()).contains(BAD_DATE, "units: 1 city, 1 district, 1 town, 1 village",
                "dates of the accepted records:", "incidents: 2023-01-10 .. 2023-03-05",
                "rejected rows: 1 written to " + rejects.toAbsolutePath().normalize());
        assertThat(Files.readAllLines(rejects)).containsExactly(
                "file,line,reasons,field_1,field_2,field_3,field_4,field_5,field_6,field_7,field_8,field_9,"
                        + "field_10,field_11",
                "incidents.csv,3,cleared_on: 2023-02-30 is not a date,I2,330102001001,theft,2023-02-01,2023-02-01,"
                        + "2023-02-30,true,false,,,call");
    }

    @Test
    void validate_rejectsNotWritable_exit1WithOneLine() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN);
        Path rejects = tmp.resolve("no/such/dir/rejects.csv");
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(withoutProgress(r.err())).startsWith("csi validate: cannot write the rejected rows to " + rejects)
                .doesNotContain("\tat ");
    }

    @Test
    void validate_everyProblem_groupedByFileInFileOrder() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS + "330102001002,新村,village,330102001,-5,,,\n",
                TinyData.INCIDENTS_WITH_BAD_DATE);
        Files.writeString(dir.resolve("outreach.csv"), """
                id,unit,type,held_on,bogus
                O1,330102001001,patrol,2023-13-01,x
                O2,330102001001,patrol,2023-01-01,
                """);
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        List<String> problems = r.outLines().stream().filter(l -> l.matches("\\w+\\.csv line .*")).toList();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("jurisdictions.csv line 6, column population:");
        assertThat(problems.get(1)).isEqualTo(BAD_DATE);
        assertThat(problems.get(2)).startsWith("outreach.csv line 1, column bogus: warning: unknown column");
        assertThat(problems.get(3)).isEqualTo("outreach.csv line 2, column held_on: 2023-13-01 is not a date");
    }

    @Test
    void validate_onlyWarnings_exit0() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, """
                id,unit,category,occurred_on,remark
                I1,330102001001,theft,2023-01-10,checked by 王警官
                """);
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.outLines()).contains("problems: 0 errors, 1 warning",
                        "result: clean (0 errors, 1 warning, 0 rows rejected)")
                .anyMatch(l -> l.startsWith("incidents.csv line 1, column remark: warning: unknown column"));
    }

    @Test
    void validate_gbkFilesWithEncodingGbk_clean() throws IOException {
        Charset gbk = Charset.forName("GBK");
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN, gbk);
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--encoding", "gbk");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.outLines().get(0)).isEqualTo("reading " + dir + " (GB18030, strict)");
    }

    @Test
    void validate_gbkFilesReadAsUtf8_errorsNotCrash() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN,
                Charset.forName("GBK"));
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.out()).contains("jurisdictions.csv line 2").doesNotContain("Exception");
    }

    @Test
    void validate_gbkFilesReadAsUtf8_oneProblemForTheFileNotOneARow() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN,
                Charset.forName("GBK"));
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        // 后 is BA F3 in GBK: after the 64-byte header and "330100,"
        assertThat(r.outLines()).contains("jurisdictions.csv line 2: not valid UTF-8 at byte 71 (bytes BA F3); the file"
                        + " looks like GBK/GB18030: read it with encoding gbk; the file was not read from this line on")
                .anyMatch(l -> l.matches("jurisdictions\\.csv +0 +0 +0 +0"));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("jurisdictions.csv line")).hasSize(1);
    }

    @Test
    void validate_gbkFilesWithEncodingAuto_cleanAndSaysWhatItChoseForEachFile() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN,
                Charset.forName("GBK"));
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--encoding", "auto");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.outLines().get(0)).isEqualTo("reading " + dir + " (auto, strict)");
        // the incidents are pure ASCII, so valid UTF-8: that is what they are read as
        assertThat(r.outLines()).contains("problems: 0 errors, 0 warnings, 2 notes",
                "jurisdictions.csv: read as GB18030 (detected)", "incidents.csv: read as UTF-8 (detected)",
                "units: 1 city, 1 district, 1 town, 1 village",
                "result: clean (0 errors, 0 warnings, 0 rows rejected)")
                .anyMatch(l -> l.matches("jurisdictions\\.csv +4 +4 +0 +0"));
    }

    @Test
    void validate_noJurisdictionsFile_exit1SayingSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.out()).contains("jurisdictions.csv");
    }

    @Test
    void validate_help_mentionsEveryOption() {
        CliRun r = CliRun.csi("validate", "--help");
        assertThat(r.code()).isEqualTo(Csi.OK);
        assertThat(r.out()).startsWith("Usage: csi validate").contains("--data=DIR", "--sample", "--encoding=NAME",
                "gbk", "--lenient", "--rejects=FILE", "--debug", "Exit codes:");
    }

    @Test
    void validate_chineseValueInAProblem_printedAsIs() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS + "330102001002,新村,省,330102001,,,,\n",
                null);
        CliRun r = CliRun.csi("validate", "--data", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.outLines()).anyMatch(l -> l.startsWith("jurisdictions.csv line 6, column level: 省 is not a level"));
    }

    /**
     * Standard error without the progress lines ({@link ProgressReporter}: "csi: read …", "csi:
     * done in …"), which every read writes there; what is left must be what the test expects.
     */
    static String withoutProgress(String err) {
        assertThat(err.lines().filter(l -> l.startsWith("csi: ")))
                .allMatch(l -> l.startsWith("csi: read ") || l.startsWith("csi: reading ") || l.startsWith("csi: done in ")
                        || l.startsWith("csi: computing ") || l.startsWith("csi: writing "));
        return err.lines().filter(l -> !l.startsWith("csi: ")).map(l -> l + "\n").reduce("", String::concat);
    }
}
