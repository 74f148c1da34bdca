package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese column names of common exports, accepted without configuration ({@code headers.properties}). */
final class ChineseHeadersTest {
    private static final String JURISDICTIONS_ZH = JURISDICTIONS.replaceFirst(
            "code,name,level,parent_code,population,households", "单位代码,单位名称,层级,上级代码,常住人口,户数");
    private static final String INCIDENTS = """
            id,unit,category,occurred_on,reported_on,cleared_on,loss,recovered
            I1,330101001,theft,2024-03-07,2024-03-08,2024-03-10,1234.5,100
            I2,330101002,fraud,2024-02-29,,,,
            """;
    private static final String DISPUTES = """
            id,unit,type,received_on,status,closed_on,amount,mediator
            D1,330101001,neighbour,2024-01-05,resolved,2024-01-09,2000,人民调解委员会
            D2,330101,labour,2024-02-01,open,,,
            """;
    private static final String OUTREACH = """
            id,unit,type,held_on,audience,households,hazards_found,hazards_fixed
            O1,330101002,anti_fraud,2024-03-01,120,30,3,2
            """;

    @TempDir
    Path dir;

    private Path write(String sub, String file, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve(sub));
        Files.writeString(d.resolve(file), text, StandardCharsets.UTF_8);
        return d;
    }

    private static String header(String text, String chinese) {
        return chinese + text.substring(text.indexOf('\n'));
    }

    @Test
    void read_chineseHeaders_readTheSameDataAsEnglishOnes() throws IOException {
        write("en", "jurisdictions.csv", JURISDICTIONS);
        write("en", "incidents.csv", INCIDENTS);
        write("en", "disputes.csv", DISPUTES);
        Path en = write("en", "outreach.csv", OUTREACH);
        write("zh", "jurisdictions.csv", JURISDICTIONS_ZH);
        write("zh", "incidents.csv", header(INCIDENTS, "案件编号,所属单位,案件类别,发案时间,报警时间,破案时间,损失金额,挽回损失"));
        write("zh", "disputes.csv", header(DISPUTES, "纠纷编号, 所属村（社区）,纠纷类型,受理时间,调处状态,办结时间,涉及金额,调解组织"));
        Path zh = write("zh", "outreach.csv", header(OUTREACH, "活动编号,辖区,活动类型,开展时间,参与人次,走访户数,发现隐患,整改隐患"));

        ReadResult english = DatasetReader.read(en);
        ReadResult chinese = DatasetReader.read(zh);

        assertThat(messages(chinese)).isEmpty();
        Dataset a = english.orThrow();
        Dataset b = chinese.orThrow();
        assertThat(b.tree().units()).isEqualTo(a.tree().units());
        assertThat(b.incidents()).isEqualTo(a.incidents()).hasSize(2);
        assertThat(b.disputes()).isEqualTo(a.disputes()).hasSize(2);
        assertThat(b.outreach()).isEqualTo(a.outreach()).hasSize(1);
        assertThat(b.outreach().get(0).households()).isEqualTo(30);
    }

    /** Reads the units and {@code file} strictly. */
    private ReadResult readWithUnits(String file, String text) throws IOException {
        write("d", "jurisdictions.csv", JURISDICTIONS);
        return DatasetReader.read(write("d", file, text));
    }

    @Test
    void read_columnAndItsAlias_isAnErrorNamingBoth() throws IOException {
        ReadResult result = readWithUnits("incidents.csv",
                "id,unit,category,occurred_on,所属单位\nI1,330101001,theft,2024-01-01,330101001\n");

        assertThat(messages(result)).containsExactly("incidents.csv line 1, column unit: the columns unit (field 2)"
                + " and 所属单位 (field 5) both name the column unit; keep one");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_twoAliasesOfOneColumn_isAnErrorNamingBoth() throws IOException {
        assertThat(messages(readWithUnits("disputes.csv",
                "编号,单位代码,纠纷类型,受理时间,调处状态,受理日期\nD1,330101,labour,2024-02-01,open,2024-02-01\n")))
                .containsExactly("disputes.csv line 1, column received_on: the columns 受理时间 (field 4) and 受理日期"
                        + " (field 6) both name the column received_on; keep one");
    }

    @Test
    void read_chineseHeaderMissingARequiredColumn_namesTheAcceptedHeadings() throws IOException {
        assertThat(messages(readWithUnits("incidents.csv", "案件编号,案件类别,发案时间\nI1,theft,2024-01-01\n")))
                .containsExactly("incidents.csv line 1, column unit: the required column unit is missing; it may be"
                        + " headed unit, 所属单位, 管辖单位, 所属社区, 所属村(社区), 单位代码, 辖区");
    }

    @Test
    void map_acceptedHeadingsAreCaseWhitespaceAndParenthesisInsensitive() {
        List<Problem> problems = new ArrayList<>();
        int[] positions = Schema.INCIDENTS.map(List.of(" ID ", "\u3000所属村（社区）", "案件类别", "发案时间"), problems,
                "incidents.csv", 1);

        assertThat(problems).isEmpty();
        assertThat(positions[Schema.INCIDENTS.column("id")]).isEqualTo(0);
        assertThat(positions[Schema.INCIDENTS.column("unit")]).isEqualTo(1);
    }

    @Test
    void read_jsonLinesWithChineseKeys_readsTheSameDataAsEnglishKeys() throws IOException {
        write("en", "jurisdictions.csv", JURISDICTIONS);
        Path en = write("en", "incidents.jsonl",
                "{\"id\":\"I1\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\"}\n");
        write("zh", "jurisdictions.csv", JURISDICTIONS);
        Path zh = write("zh", "incidents.jsonl",
                "{\"案件编号\":\"I1\",\"所属村（社区）\":\"330101001\",\"案由\":\"theft\",\"发案日期\":\"2024-03-07\"}\n"
                        + "{\"id\":\"I2\",\"unit\":\"330101001\",\"管辖单位\":\"330101001\",\"category\":\"theft\","
                        + "\"occurred_on\":\"2024-03-07\"}\n");

        ReadResult english = DatasetReader.read(en);
        ReadResult chinese = DatasetReader.read(zh, ReadOptions.defaults().asLenient());

        assertThat(messages(chinese)).containsExactly("incidents.jsonl line 2: column unit: the keys unit and 管辖单位"
                + " both name it; keep one");
        assertThat(chinese.orThrow().incidents()).isEqualTo(english.orThrow().incidents()).hasSize(1);
    }

    /** The table of issue 12, item 2: every heading is taken as its column, in its kind of file only. */
    @ParameterizedTest(name = "{0}: {2} -> {1}")
    @CsvSource({
        "incidents, id, 警情编号", "incidents, id, 案件编号", "incidents, id, 编号",
        "incidents, unit, 所属单位", "incidents, unit, 管辖单位", "incidents, unit, 所属社区",
        "incidents, unit, 所属村(社区)", "incidents, unit, 所属村（社区）", "incidents, unit, 单位代码",
        "incidents, unit, 辖区",
        "disputes, unit, 所属单位", "outreach, unit, 辖区",
        "incidents, category, 案件类别", "incidents, category, 警情类别", "incidents, category, 案由",
        "incidents, category, 类别",
        "incidents, occurred_on, 发案时间", "incidents, occurred_on, 发案日期", "incidents, occurred_on, 案发时间",
        "incidents, reported_on, 报警时间", "incidents, reported_on, 接警时间", "incidents, reported_on, 报案时间",
        "incidents, reported_on, 受理时间",
        "incidents, cleared_on, 破案时间", "incidents, cleared_on, 破案日期", "incidents, cleared_on, 结案时间",
        "incidents, loss, 损失金额", "incidents, loss, 涉案金额",
        "incidents, recovered, 挽回损失", "incidents, recovered, 挽损金额",
        "disputes, type, 纠纷类型", "disputes, received_on, 受理时间", "disputes, received_on, 受理日期",
        "disputes, status, 调处状态", "disputes, status, 办理状态", "disputes, closed_on, 办结时间",
        "disputes, closed_on, 调结时间", "disputes, amount, 涉及金额", "disputes, mediator, 调解员",
        "disputes, mediator, 调解组织",
        "outreach, type, 活动类型", "outreach, held_on, 活动时间", "outreach, held_on, 开展时间",
        "outreach, audience, 受众人次", "outreach, audience, 参与人次", "outreach, households, 走访户数",
        "outreach, hazards_found, 发现隐患", "outreach, hazards_fixed, 整改隐患",
        "jurisdictions, code, 代码", "jurisdictions, code, 单位代码", "jurisdictions, name, 名称",
        "jurisdictions, name, 单位名称", "jurisdictions, level, 层级", "jurisdictions, level, 级别",
        "jurisdictions, parent_code, 上级代码", "jurisdictions, population, 常住人口",
        "jurisdictions, population, 人口", "jurisdictions, households, 户数",
    })
    void map_heading_isTakenAsItsColumn(String base, String column, String heading) {
        Schema schema = Schema.find(base).orElseThrow();
        List<String> header = new ArrayList<>(schema.names());
        int c = schema.column(column);
        header.set(c, heading);
        List<Problem> problems = new ArrayList<>();

        int[] positions = schema.map(header, problems, schema.file, 1);

        assertThat(problems).isEmpty();
        assertThat(positions[c]).isEqualTo(c);
    }
}
