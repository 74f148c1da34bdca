package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad-input case of the reading rules, with the exact message a user sees, and the
 * bookkeeping law: for every file, rows read = rows accepted + rows rejected.
 */
final class DatasetReaderTest {
    private static final ReadOptions STRICT = ReadOptions.defaults();
    private static final ReadOptions LENIENT = ReadOptions.defaults().asLenient();
    static final String INCIDENT_HEADER = "id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source\n";

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void writeBytes(String file, String text, Charset charset) throws IOException {
        Files.write(dir.resolve(file), text.getBytes(charset));
    }

    /**
     * Writes the units and one more file, reads them with {@code options}, and expects exactly
     * {@code messages} as the problems, in order; returns the result for further checks.
     */
    private ReadResult assertReadRejects(ReadOptions options, String file, String content, String... messages)
            throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write(file, content);
        ReadResult result = read(options);
        assertThat(messages(result)).containsExactly(messages);
        return result;
    }

    private ReadResult read(ReadOptions options) {
        return DatasetReader.read(dir, options);
    }

    // ---- the valid cases -------------------------------------------------------------

    @Test
    void read_validDirectory_loadsEverythingWithTypedFields() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", INCIDENT_HEADER
                + "I1,330101001,theft,2024-03-07,2024/3/8,20240310,,是,1234.5,100,call\n"
                + "I2,330101002,fraud,2024年2月29日,,,否,,,,\n");
        write("disputes.csv", """
                id,unit,type,received_on,status,closed_on,amount,source,mediator
                D1,330101001,neighbour,2024-01-05,resolved,2024-01-09,2000,警调对接,人民调解委员会
                D2,330101,labour,2024-02-01,open,,,,
                """);
        write("outreach.csv", """
                id,unit,type,held_on,staff,volunteers,audience,households,hazards_found,hazards_fixed,leads,frauds_stopped,loss_avoided
                O1,330101002,anti_fraud,2024-03-01,2,5,120,0,3,2,1,1,5000
                """);

        ReadResult result = read(STRICT);

        assertThat(messages(result)).isEmpty();
        Dataset data = result.orThrow();
        assertThat(data.tree().size()).isEqualTo(5);
        assertThat(data.tree().unit("330101001").kind()).contains(AreaKind.URBAN);
        assertThat(data.tree().unit("3301").level()).isEqualTo(Level.DISTRICT);
        assertThat(data.tree().population(data.tree().indexOf("33"))).hasValue(6200);
        Incident i1 = data.incidents().get(0);
        assertThat(i1.reportedOn()).contains(LocalDate.of(2024, 3, 8));
        assertThat(i1.clearedOn()).contains(LocalDate.of(2024, 3, 10));
        assertThat(i1.criminal()).isTrue();
        assertThat(i1.repeatCall()).isTrue();
        assertThat(i1.loss()).isEqualTo(Money.ofFen(123450));
        assertThat(i1.source()).isEqualTo(IncidentSource.CALL);
        Incident i2 = data.incidents().get(1);
        assertThat(i2.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(i2.criminal()).as("criminal column overrides the taxonomy").isFalse();
        assertThat(i2.source()).isEqualTo(IncidentSource.UNSPECIFIED);
        assertThat(data.disputes().get(0).mediator()).contains("人民调解委员会");
        assertThat(data.disputes().get(1).status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(data.outreach().get(0).hazardsFixed()).isEqualTo(2);
        assertThat(result.report().file("incidents.csv").accepted()).isEqualTo(2);
        assertBooksBalance(result);
    }

    @Test
    void read_headerInAnyOrderAndCase_isAccepted() throws IOException {
        write("jurisdictions.csv", """
                LEVEL,Name,CODE,Parent_Code
                city,C,1,
                village,V,11,1
                """);
        write("incidents.csv", "Occurred_On,ID,Category,UNIT\n2024-01-01,I1,theft,11\n");

        ReadResult result = read(STRICT);

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents()).hasSize(1);
    }

    @Test
    void read_headerOnlyFile_isValidWithNoRows() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", INCIDENT_HEADER);

        ReadResult result = read(STRICT);

        assertThat(messages(result)).isEmpty();
        assertThat(result.report().file("incidents.csv").rowsRead()).isZero();
        assertThat(result.orThrow().incidents()).isEmpty();
    }

    @Test
    void read_quotedFieldsWithCommasQuotesAndNewlines_areValidAndLinesStayRight() throws IOException {
        write("jurisdictions.csv", "code,name,level,parent_code\n"
                + "1,\"Springfield, \"\"the\"\" city\",city,\n"
                + "11,\"Line one\nline two\",village,1\n"
                + "12,Plain,village,1\n"
                + "13,Broken,village,99\n");

        ReadResult result = read(STRICT);

        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv line 6, column parent_code: parent 99 does not exist");
        assertThat(result.report().file("jurisdictions.csv").rowsRead()).isEqualTo(4);
        Dataset data = read(LENIENT).orThrow();
        assertThat(data.tree().unit("1").name()).isEqualTo("Springfield, \"the\" city");
        assertThat(data.tree().unit("11").name()).isEqualTo("Line one\nline two");
    }

    @Test
    void read_byteOrderMark_isIgnored() throws IOException {
        write("jurisdictions.csv", "\uFEFF" + JURISDICTIONS);

        ReadResult result = read(STRICT);

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().tree().size()).isEqualTo(5);
    }

    @Test
    void read_gbkFileWithGbkEncoding_readsChinese() throws IOException {
        writeBytes("jurisdictions.csv", JURISDICTIONS, Charset.forName("GBK"));

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().withEncoding("gbk"));

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().tree().unit("330101002").name()).isEqualTo("灵隐村");
    }

    // ---- the bad cases: one test each, with the exact message --------------------------

    @Test
    void read_gbkFileAsUtf8_saysSoOnceAndStopsInsteadOfAnErrorPerRow() throws IOException {
        writeBytes("jurisdictions.csv", JURISDICTIONS, Charset.forName("GBK"));

        ReadResult result = read(STRICT);

        assertThat(result.dataset()).isEmpty();
        // one problem for the file, not one per row (there were 5 before the file was stopped)
        assertThat(messages(result)).hasSize(1).allSatisfy(m -> assertThat(m)
                .matches("jurisdictions\\.csv line \\d: not valid UTF-8 at byte \\d+ \\(bytes [0-9A-F ]+\\); "
                        + "the file looks like GBK/GB18030: read it with encoding gbk; the file was not read from"
                        + " this line on"));
        assertThat(messages(result).get(0)).startsWith("jurisdictions.csv line 2: not valid UTF-8 at byte 67 (bytes");
        assertBooksBalance(result);
    }

    @Test
    void read_emptyFile_isAnError() throws IOException {
        ReadResult result = assertReadRejects(STRICT, "incidents.csv", "",
                "incidents.csv: the file is empty; it needs a header row naming its columns");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_missingJurisdictions_isAnError() throws IOException {
        write("incidents.csv", INCIDENT_HEADER);

        ReadResult result = read(STRICT);

        assertThat(messages(result)).containsExactly("jurisdictions.csv: the file is missing from " + dir
                + "; it is required");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_missingRequiredColumn_rejectsEveryRowWithOneProblem() throws IOException {
        ReadResult result = assertReadRejects(LENIENT, "incidents.csv",
                "id,category,occurred_on\nI1,theft,2024-01-01\nI2,theft,2024-01-02\n",
                "incidents.csv line 1, column unit: the required column unit is missing");
        FileSummary f = result.report().file("incidents.csv");
        assertThat(f.rowsRead()).isEqualTo(2);
        assertThat(f.rejected()).isEqualTo(2);
        assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L);
        assertBooksBalance(result);
    }

    @Test
    void read_unknownColumn_isAWarningAndIgnored() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", "id,unit,category,occurred_on,ocurred_on\nI1,330101001,theft,2024-01-01,x\n");

        ReadResult result = read(STRICT);

        assertThat(result.isClean()).isTrue();
        assertThat(messages(result)).containsExactly("incidents.csv line 1, column ocurred_on: warning: unknown "
                + "column, ignored; the columns of incidents.csv are id, unit, category, occurred_on, reported_on, "
                + "cleared_on, criminal, repeat_call, loss, recovered, source, grid, latitude, longitude, crs, address;"
                + " did you mean occurred_on?");
        assertThat(result.orThrow().incidents()).hasSize(1);
    }

    @Test
    void read_emptyRequiredValue_namesTheColumn() throws IOException {
        assertReadRejects(STRICT, "incidents.csv", INCIDENT_HEADER + "I1,,theft,2024-01-01,,,,,,,\n",
                "incidents.csv line 2, column unit: a value is required");
    }

    @Test
    void read_badDate_quotesTheValue() throws IOException {
        ReadResult result = assertReadRejects(STRICT, "incidents.csv",
                INCIDENT_HEADER + "I1,330101001,theft,2023-02-01,,2023-02-30,,,,,\n",
                "incidents.csv line 2, column cleared_on: 2023-02-30 is not a date");
        assertThat(result.report().errors().get(0).value()).isEqualTo("2023-02-30");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_badNumberAndNegativeCount_areBothReported() throws IOException {
        assertReadRejects(STRICT, "outreach.csv",
                "id,unit,type,held_on,staff,audience\nO1,330101001,patrol,2024-01-01,-3,abc\n",
                "outreach.csv line 2, column staff: -3 is negative; it must be 0 or more",
                "outreach.csv line 2, column audience: abc is not a whole number");
    }

    @Test
    void read_hazardsFixedAboveFound_isRejected() throws IOException {
        assertReadRejects(STRICT, "outreach.csv",
                "id,unit,type,held_on,hazards_found,hazards_fixed\nO1,330101001,inspection,2024-01-01,2,5\n",
                "outreach.csv line 2, column hazards_fixed: hazards_fixed (5) must not exceed hazards_found (2)");
    }

    @Test
    void read_unknownUnit_suggestsTheNearestCode() throws IOException {
        assertReadRejects(STRICT, "incidents.csv", INCIDENT_HEADER + "I1,330101003,theft,2024-01-01,,,,,,,\n"
                + "I2,ZZZ,theft,2024-01-01,,,,,,,\n",
                "incidents.csv line 2, column unit: unknown unit 330101003; did you mean 330101001?",
                "incidents.csv line 3, column unit: unknown unit ZZZ");
    }

    @Test
    void read_unknownCategory_suggestsTheNearestCode() throws IOException {
        assertReadRejects(STRICT, "incidents.csv", INCIDENT_HEADER + "I1,330101001,thef,2024-01-01,,,,,,,\n",
                "incidents.csv line 2, column category: unknown category thef; did you mean theft?");
    }

    @Test
    void read_duplicateId_keepsTheFirstAndNamesItsLine() throws IOException {
        ReadResult result = assertReadRejects(LENIENT, "incidents.csv",
                INCIDENT_HEADER + "I1,330101001,theft,2024-01-01,,,,,,,\n"
                + "I1,330101002,fraud,2024-01-02,,,,,,,\n",
                "incidents.csv line 3, column id: duplicate id I1, first used on line 2");
        assertThat(result.orThrow().incidents()).extracting(Incident::unit).containsExactly("330101001");
    }

    @Test
    void read_closedBeforeReceived_isRejected() throws IOException {
        assertReadRejects(STRICT, "disputes.csv", "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,family,2024-02-01,resolved,2024-01-01\n",
                "disputes.csv line 2, column closed_on: closed_on 2024-01-01 is before received_on 2024-02-01");
    }

    @Test
    void read_statusWithoutClosedOnAndTheReverse_areRejected() throws IOException {
        assertReadRejects(STRICT, "disputes.csv", "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,family,2024-02-01,resolved,\n"
                + "D2,330101001,family,2024-02-01,open,2024-02-03\n",
                "disputes.csv line 2, column closed_on: status resolved requires closed_on",
                "disputes.csv line 3, column closed_on: status open must not have closed_on; a dispute with a "
                        + "closing date is resolved, failed or referred");
    }

    // ---- dates outside the window of plausible dates (issue 13) ---------------------------

    /** A directory with one typo'd date in each of incidents, disputes and outreach, among good rows. */
    private void writeDatesOutsideTheWindow() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", INCIDENT_HEADER
                + "I1,330101001,theft,2024-03-07,,,,,,,\n"
                + "I2,330101001,theft,5000-01-01,,,,,,,\n"
                + "I3,330101002,theft,2024-03-08,2024-03-08 10:00,,,,,,\n"
                + "I4,330101002,theft,1024-03-08,,,,,,,\n"
                + "I5,330101002,theft,2024-03-08,9024-03-18 09:30,,,,,,\n");
        write("disputes.csv", "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,land,2024-01-01,resolved,2024-02-01\n"
                + "D2,330101001,land,2024-01-01,resolved,9024-03-18\n");
        write("outreach.csv", "id,unit,type,held_on,audience\n"
                + "O1,330101001,patrol,9024-03-18,30\n"
                + "O2,330101001,patrol,2024-01-01,30\n");
    }

    @Test
    void read_datesOutsideThePlausibleWindow_strict_rowErrorsWithFileLineAndColumn() throws IOException {
        writeDatesOutsideTheWindow();
        String last = LocalDate.now().plusYears(1).toString();

        ReadResult result = read(STRICT);

        assertThat(result.dataset()).isEmpty();
        assertThat(messages(result)).containsExactlyInAnyOrder(
                "incidents.csv line 3, column occurred_on: 5000-01-01 is after " + last
                        + ", the last date accepted (one year from today); a typo?",
                "incidents.csv line 5, column occurred_on: 1024-03-08 is before 1949-10-01, the first date accepted;"
                        + " a typo?",
                "incidents.csv line 6, column reported_on: 9024-03-18 09:30 is after " + last
                        + ", the last date accepted (one year from today); a typo?",
                "disputes.csv line 3, column closed_on: 9024-03-18 is after " + last
                        + ", the last date accepted (one year from today); a typo?",
                "outreach.csv line 2, column held_on: 9024-03-18 is after " + last
                        + ", the last date accepted (one year from today); a typo?");
    }

    @Test
    void read_datesOutsideThePlausibleWindow_lenient_rejectsOnlyThoseRows() throws IOException {
        writeDatesOutsideTheWindow();

        ReadResult result = read(LENIENT);

        Dataset data = result.orThrow();
        assertThat(data.incidents()).extracting(Incident::id).containsExactly("I1", "I3");
        assertThat(data.disputes()).hasSize(1);
        assertThat(data.outreach()).hasSize(1);
        assertThat(result.report().rejected()).extracting(r -> r.file() + ":" + r.line())
                .containsExactlyInAnyOrder("incidents.csv:3", "incidents.csv:5", "incidents.csv:6", "disputes.csv:3",
                        "outreach.csv:2");
        assertBooksBalance(result);
    }

    @Test
    void read_yearBelow1000_notADateSaysTheDatesAccepted() throws IOException {
        String last = LocalDate.now().plusYears(1).toString();
        assertReadRejects(STRICT, "incidents.csv", INCIDENT_HEADER
                        + "I1,330101001,theft,0001-01-01,,,,,,,\n"
                        + "I2,330101001,theft,2024-03-07,0024-03-08 10:00,,,,,,\n"
                        + "I3,330101001,theft,2023-02-30,,,,,,,\n",
                "incidents.csv line 2, column occurred_on: 0001-01-01 is not a date; the dates accepted are 1949-10-01"
                        + " to " + last + " (one year from today)",
                "incidents.csv line 3, column reported_on: 0024-03-08 10:00 is not a date; the dates accepted are"
                        + " 1949-10-01 to " + last + " (one year from today)",
                "incidents.csv line 4, column occurred_on: 2023-02-30 is not a date");
    }

    @Test
    void read_dateWindowFromTheOptions_isTheOneApplied() throws IOException {
        ReadOptions window = STRICT.withDateWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertReadRejects(window, "incidents.csv", INCIDENT_HEADER
                        + "I1,330101001,theft,2024-03-07,,2025-01-01,,,,,\n"
                        + "I2,330101001,theft,2023-12-31,,,,,,,\n"
                        + "I3,330101001,theft,2024-12-31,,,,,,,\n",
                "incidents.csv line 2, column cleared_on: 2025-01-01 is after 2024-12-31, the last date accepted;"
                        + " a typo?",
                "incidents.csv line 3, column occurred_on: 2023-12-31 is before 2024-01-01, the first date accepted;"
                        + " a typo?");
        assertThat(window.asLenient().withEncoding("gbk").firstDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(ReadOptions.defaults().lastDateOn(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2027, 12, 6));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> STRICT.withDateWindow(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void read_reportedBeforeOccurred_isRejected() throws IOException {
        assertReadRejects(STRICT, "incidents.csv", INCIDENT_HEADER + "I1,330101001,theft,2024-01-05,2024-01-04,,,,,,\n",
                "incidents.csv line 2, column reported_on: reported_on 2024-01-04 is before occurred_on 2024-01-05");
    }

    @Test
    void read_jurisdictionCycle_rejectsEveryUnitOnIt() throws IOException {
        write("jurisdictions.csv", """
                code,name,level,parent_code
                1,City,city,
                A,Town A,town,B
                B,Town B,town,A
                """);

        assertThat(messages(read(STRICT))).containsExactly(
                "jurisdictions.csv line 3, column parent_code: units A → B → A form a cycle");
        ReadResult lenient = read(LENIENT);
        assertThat(lenient.report().rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(lenient.report().rejected().get(1).problems()).extracting(Problem::toString)
                .containsExactly("jurisdictions.csv line 3, column parent_code: units A → B → A form a cycle");
    }

    @Test
    void read_tenThousandUnitCycle_reportedOnceWithABoundedMessage() throws IOException {
        // issue 13: each of the 10,000 lines listed the whole cycle, a 990 MB report
        StringBuilder csv = new StringBuilder("code,name,level,parent_code\n1,City,city,\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append('U').append(i).append(",Unit ").append(i).append(",town,U").append((i + 1) % 10_000).append('\n');
        }
        write("jurisdictions.csv", csv.toString());

        List<String> strict = messages(read(STRICT));
        ReadResult lenient = read(LENIENT);

        assertThat(strict).hasSize(1);
        assertThat(strict.get(0)).startsWith("jurisdictions.csv line 3, column parent_code: units U0 → U1 → ")
                .endsWith("U19 → … and 9,980 more (10,000 units) form a cycle");
        assertThat(strict.get(0).length()).isLessThan(400);
        assertThat(lenient.report().problems()).filteredOn(p -> p.reason().contains("cycle")).hasSize(1);
        assertThat(lenient.report().rejected()).hasSize(10_000);
        assertThat(lenient.report().file("jurisdictions.csv").rejected()).isEqualTo(10_000);
    }

    @Test
    void read_missingParent_rejectsTheUnitAndItsDescendantsAndTheirRecords() throws IOException {
        write("jurisdictions.csv", """
                code,name,level,parent_code
                1,City,city,
                2,Town,town,9
                21,Village,village,2
                """);
        write("incidents.csv", INCIDENT_HEADER + "I1,21,theft,2024-01-01,,,,,,,\n");

        ReadResult result = read(LENIENT);

        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv line 3, column parent_code: parent 9 does not exist",
                "jurisdictions.csv line 4, column parent_code: its parent 2 was rejected",
                "incidents.csv line 2, column unit: unit 21 was rejected in jurisdictions.csv");
        assertThat(result.orThrow().tree().size()).isEqualTo(1);
        assertThat(result.report().file("jurisdictions.csv").rejected()).isEqualTo(2);
        assertBooksBalance(result);
    }

    @Test
    void read_levelNotBelowParent_isRejected() throws IOException {
        write("jurisdictions.csv", """
                code,name,level,parent_code
                1,Town,town,
                11,District,区,1
                """);

        assertThat(messages(read(STRICT))).containsExactly(
                "jurisdictions.csv line 3, column level: level district is not below its parent 1's level town");
    }

    @Test
    void read_duplicateUnitCode_namesTheFirstLine() throws IOException {
        write("jurisdictions.csv", """
                code,name,level,parent_code
                1,City,city,
                1,Again,city,
                """);

        assertThat(messages(read(STRICT))).containsExactly(
                "jurisdictions.csv line 3, column code: duplicate code 1, first defined on line 2");
    }

    @Test
    void read_tooManyAndTooFewFields_areRejected() throws IOException {
        ReadResult result = assertReadRejects(LENIENT, "incidents.csv", "id,unit,category,occurred_on\n"
                + "I1,330101001,theft,2024-01-01,extra\n"
                + "I2,330101001\n"
                + "I3,330101001,theft,2024-01-01\n",
                "incidents.csv line 2: the row has 5 fields; the header has 4",
                "incidents.csv line 3: the row has 2 fields; the header has 4");
        assertThat(result.orThrow().incidents()).hasSize(1);
        assertThat(result.report().rejected().get(1).fields()).containsExactly("I2", "330101001");
        assertBooksBalance(result);
    }

    @Test
    void read_unclosedQuote_isRejectedAndCounted() throws IOException {
        ReadResult result = assertReadRejects(LENIENT, "incidents.csv",
                "id,unit,category,occurred_on\nI1,330101001,theft,2024-01-01\nI2,\"330101001,theft\n",
                "incidents.csv line 3: unclosed quoted field (opened on line 3)");
        assertThat(result.report().file("incidents.csv").rowsRead()).isEqualTo(2);
        assertBooksBalance(result);
    }

    @Test
    void read_severalProblemsInSeveralFiles_areAllReportedAtOnce() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", INCIDENT_HEADER + "I1,330101001,theft,2024-13-01,,,maybe,,-1,,fax\n");
        write("disputes.csv", "id,unit,type,received_on,status\nD1,330101001,feud,2024-01-01,pending\n");

        ReadResult result = read(STRICT);

        assertThat(messages(result)).containsExactly(
                "incidents.csv line 2, column occurred_on: 2024-13-01 is not a date",
                "incidents.csv line 2, column loss: -1 is negative; it must be 0 or more",
                "incidents.csv line 2, column criminal: maybe is not a boolean (use true/false, 1/0, yes/no or 是/否)",
                "incidents.csv line 2, column source: fax is not a known incident source; expected one of call / "
                        + "walk_in / online / patrol / volunteer / smart_alert / other",
                "disputes.csv line 2, column type: feud is not a known dispute type; expected one of neighbour / "
                        + "family / labour / property / land / school / commercial / traffic / consumer / other",
                "disputes.csv line 2, column status: pending is not a known dispute status; expected one of open / "
                        + "resolved / failed / referred");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_lenient_loadsTheGoodRowsAndReturnsTheRejected() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", INCIDENT_HEADER + "I1,330101001,theft,2024-01-01,,,,,,,\n"
                + "I2,330101001,theft,2024-02-30,,,,,,,\n"
                + "I3,330101002,burglary,2024-03-01,,,,,,,\n");

        ReadResult strict = read(STRICT);
        ReadResult lenient = read(LENIENT);

        assertThat(strict.dataset()).isEmpty();
        assertThat(lenient.orThrow().incidents()).extracting(Incident::id).containsExactly("I1", "I3");
        RejectedRow rejected = lenient.report().rejected().get(0);
        assertThat(rejected.line()).isEqualTo(3);
        assertThat(rejected.fields()).startsWith("I2", "330101001", "theft", "2024-02-30");
        assertThat(rejected.reasons()).isEqualTo("occurred_on: 2024-02-30 is not a date");
        assertThat(lenient.report().summary()).contains("incidents.csv: 3 rows read, 2 accepted, 1 rejected")
                .contains("total: 8 rows read = 7 accepted + 1 rejected");
        assertBooksBalance(lenient);
    }

    @Test
    void read_populationsFile_overridesAndIsChecked() throws IOException {
        ReadResult result = assertReadRejects(LENIENT, "populations.csv", """
                unit,year,population,households
                330101001,2023,4800,
                330101001,2024,5100,1850
                330101001,2024,5200,
                nowhere,2024,1,
                """,
                "populations.csv line 4, column year: unit 330101001 already has a population for 2024 on line 3",
                "populations.csv line 5, column unit: unknown unit nowhere");
        Dataset data = result.orThrow();
        long[] pop2023 = data.populations().resolve(data.tree(), 2023);
        assertThat(pop2023[data.tree().indexOf("33")]).isEqualTo(4800 + 1200);
    }

    @Test
    void read_unitsRejectedByTheTreeChecks_keepTheirFieldsAsRead() throws IOException {
        // the fields of a unit that only the checks over the whole file reject are kept packed until then
        write("jurisdictions.csv", """
                code,name,level,parent_code,population,households,area_km2,kind
                1,City,city,,,,,
                2,"Town, 西溪 😀",town,9,120,40,1.5,urban
                21,"Village \"\"A\"\"",村,2,,,,
                """);

        ReadResult result = read(LENIENT);

        assertThat(result.report().rejected()).extracting(RejectedRow::fields).containsExactly(
                List.of("2", "Town, 西溪 😀", "town", "9", "120", "40", "1.5", "urban"),
                List.of("21", "Village \"A\"", "村", "2", "", "", "", ""));
        assertBooksBalance(result);
    }

    @Test
    void read_parentPopulationBelowChildrenAndADuplicate_warnsOnTheDuplicatesLine() throws IOException {
        // as before: the line of a unit in the warning is that of the last row with its code
        write("jurisdictions.csv", """
                code,name,level,parent_code,population
                1,City,city,,100
                11,V1,village,1,80
                12,V2,village,1,70
                1,Again,city,,5
                """);

        ReadResult result = read(LENIENT);

        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv line 5, column code: duplicate code 1, first defined on line 2",
                "jurisdictions.csv line 5, column population: warning: population 100 is less than the sum of its "
                        + "children's, 150");
    }

    @Test
    void read_parentPopulationBelowChildren_isAWarning() throws IOException {
        write("jurisdictions.csv", """
                code,name,level,parent_code,population
                1,City,city,,100
                11,V1,village,1,80
                12,V2,village,1,70
                """);

        ReadResult result = read(STRICT);

        assertThat(result.isClean()).isTrue();
        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv line 2, column population: warning: population 100 is less than the sum of its "
                        + "children's, 150");
    }

    @Test
    void read_customTaxonomy_replacesTheDefault() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("taxonomy.csv", """
                code,label_zh,label_en,criminal,groups
                pickpocket,扒窃,pickpocketing,是,property|contact_property
                noise,噪音,noise,否,public_order
                """);
        write("incidents.csv", INCIDENT_HEADER + "I1,330101001,pickpocket,2024-01-01,,,,,,,\n"
                + "I2,330101001,theft,2024-01-01,,,,,,,\n");

        ReadResult result = read(LENIENT);

        assertThat(messages(result)).containsExactly(
                "incidents.csv line 3, column category: unknown category theft");
        Dataset data = result.orThrow();
        assertThat(data.taxonomy().category("pickpocket").groups())
                .containsExactly("contact_property", "criminal", "property");
        assertThat(data.incidents().get(0).criminal()).isTrue();
    }

    @Test
    void read_notADirectory_isAProblemNotAnException() {
        ReadResult result = DatasetReader.read(dir.resolve("nope"));

        assertThat(messages(result)).containsExactly(dir.resolve("nope") + ": no such directory");
        assertThat(result.dataset()).isEmpty();
    }
}
