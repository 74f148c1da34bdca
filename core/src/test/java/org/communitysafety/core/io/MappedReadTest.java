package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an export through a mapping profile, and unknown values reported once (issue 12, item 4). */
final class MappedReadTest {
    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private ReadResult read(String profile) {
        return DatasetReader.read(dir, ReadOptions.defaults().asLenient()
                .withMapping(MappingProfile.parse("m.txt", profile)));
    }

    @Test
    void read_renamedColumnsLabelsFormatsAndDefaults_readAsTheInterchangeFormat() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("警情导出.csv", """
                警情编码,辖区,警情性质,发生时间
                I1,330101001,两抢,2024.03.07 14:30
                I2,西溪社区,电诈,2024.03.08 09:00
                """);

        ReadResult result = read("""
                [incidents]
                file = 警情导出.csv
                column.id = 警情编码
                column.category = 警情性质
                column.occurred_on = 发生时间
                value.category.两抢 = robbery
                value.category.电诈 = telecom_fraud
                format.occurred_on = yyyy.MM.dd HH:mm
                default.repeat_call = true
                """);

        assertThat(messages(result)).isEmpty();
        List<Incident> incidents = result.orThrow().incidents();
        assertThat(incidents).extracting(Incident::id, Incident::category, i -> i.occurredOn().toString(),
                Incident::repeatCall).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I1", "robbery", "2024-03-07", true),
                        org.assertj.core.groups.Tuple.tuple("I2", "telecom_fraud", "2024-03-08", true));
        assertThat(result.report().file("警情导出.csv").accepted()).isEqualTo(2);
    }

    @Test
    void read_unknownValueOnManyRows_isReportedOnceWithCountAndFirstLines() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        StringBuilder rows = new StringBuilder("id,unit,category,occurred_on\n");
        for (int i = 1; i <= 8; i++) {
            rows.append("I").append(i).append(",330101001,").append(i == 3 ? "theft" : "两抢").append(",2024-03-07\n");
        }
        rows.append("I9,330101001,纵火,2024-03-07\n");
        write("incidents.csv", rows.toString());

        ReadResult result = read("[incidents]\n");

        assertThat(messages(result)).containsExactly(
                "incidents.csv line 2, column category: unknown category 两抢 (7 rows; lines 2, 3, 5, 6, 7, …)",
                "incidents.csv line 10, column category: unknown category 纵火");
        assertThat(result.report().rejected()).hasSize(8);
        assertThat(result.report().rejected().get(0).reasons()).isEqualTo("category: unknown category 两抢");
        assertBooksBalance(result);
    }

    @Test
    void read_rejectedMappedRow_keepsTheFieldsAsTheFileHasThem() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", "编号,所属单位,警情性质,发案时间\nI1,330101999,两抢,2024.03.07\n");

        ReadResult result = read("""
                [incidents]
                column.category = 警情性质
                value.category.两抢 = robbery
                format.occurred_on = yyyy.MM.dd
                default.source = call
                """);

        assertThat(result.report().rejected()).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsExactly("I1", "330101999", "两抢", "2024.03.07");
            assertThat(r.reasons()).startsWith("unit: unknown unit 330101999");
        });
    }

    @Test
    void read_profileHeaderThatIsAnotherColumnsAlias_isTheProfilesColumn() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        // 报警时间 is a built-in heading of reported_on; this export means the time of the incident
        write("incidents.csv", "id,unit,category,报警时间\nI1,330101001,theft,2024-03-07\n");

        ReadResult result = read("[incidents]\ncolumn.occurred_on = 报警时间\n");

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents().get(0).occurredOn()).hasToString("2024-03-07");
    }

    @Test
    void read_chineseFileNames_areTheKindsFiles() throws IOException {
        write("辖区.csv", JURISDICTIONS);
        write("警情.csv", "id,unit,category,occurred_on\nI1,330101001,theft,2024-03-07\n");
        write("案件.csv", "id,unit,category,occurred_on\nI9,330101001,theft,2024-03-07\n");

        ReadResult result = DatasetReader.read(dir);

        assertThat(messages(result)).containsExactly(
                "案件.csv: warning: both 警情.csv and 案件.csv exist; only 警情.csv is read");
        Dataset data = result.orThrow();
        assertThat(data.incidents()).extracting(Incident::id).containsExactly("I1");
        assertThat(result.report().file("辖区.csv").accepted()).isEqualTo(5);
    }

    @Test
    void read_englishAndChineseFile_readsTheEnglishOneAndWarns() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", "id,unit,category,occurred_on\nI1,330101001,theft,2024-03-07\n");
        write("警情.csv", "id,unit,category,occurred_on\nI9,330101001,theft,2024-03-07\n");

        assertThat(messages(DatasetReader.read(dir))).containsExactly(
                "警情.csv: warning: both incidents.csv and 警情.csv exist; only incidents.csv is read");
    }

    @Test
    void read_fileOfNoKindsName_isNamedInAWarningNotLeftInSilence() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("警情导出.csv", "id,unit,category,occurred_on\nI1,330101001,theft,2024-03-07\n");
        write("notes.txt", "not data");

        ReadResult result = DatasetReader.read(dir);

        assertThat(messages(result)).containsExactly("警情导出.csv: warning: not read: its name is no kind's"
                + " (incidents.csv, 警情.csv …); name it in a mapping profile (file = 警情导出.csv), or see what csi"
                + " inspect makes of it");
        assertThat(read("[incidents]\nfile = 警情导出.csv\n").report().problems()).isEmpty();
    }

    @Test
    void read_fileNamedByTheProfileMissing_isAnError() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);

        ReadResult result = read("[incidents]\nfile = 警情导出.csv\n");

        assertThat(messages(result)).singleElement().asString()
                .startsWith("警情导出.csv: the file is missing from ");
    }

    @Test
    void read_jsonLinesWithProfileKeys_readAsTheInterchangeFormat() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.jsonl", "{\"编号\": \"I1\", \"所属单位\": \"330101001\", \"警情性质\": \"两抢\","
                + " \"发案时间\": \"2024.03.07\"}\n");

        ReadResult result = read("""
                [incidents]
                column.category = 警情性质
                value.category.两抢 = robbery
                format.occurred_on = yyyy.MM.dd
                """);

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents().get(0).category()).isEqualTo("robbery");
    }

    @Test
    void read_inMemorySources_areMappedToo() {
        ReadResult result = DatasetReader.read(java.util.Map.of(
                "jurisdictions", table(JURISDICTIONS),
                "incidents", table("编号,所属单位,警情性质,发案时间\nI1,330101001,两抢,2024.03.07\n")),
                ReadOptions.defaults().withMapping(MappingProfile.parse("m.txt", """
                        [incidents]
                        column.category = 警情性质
                        value.category.两抢 = robbery
                        format.occurred_on = yyyy.MM.dd
                        """)));

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents().get(0).category()).isEqualTo("robbery");
    }

    private static RowSource table(String csv) {
        try {
            Path f = Files.createTempFile("mapped", ".csv");
            Files.writeString(f, csv, StandardCharsets.UTF_8);
            f.toFile().deleteOnExit();
            return CsvRowSource.open(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
