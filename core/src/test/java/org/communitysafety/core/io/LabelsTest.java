package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values written as labels and synonyms, and units written by name (issue 12, item 3). */
final class LabelsTest {
    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private ReadResult read() {
        return DatasetReader.read(dir, ReadOptions.defaults().asLenient());
    }

    @Test
    void read_labelsSynonymsAndUnitNames_areTakenAsTheirCodes() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", """
                id,unit,category,occurred_on
                I1,西溪社区,盗窃,2024-03-07
                I2,330101001,vehicle theft,2024-03-07
                I3,灵隐村,盗窃案,2024-03-07
                I4,330101002,电诈,2024-03-07
                I5,330101002,电信网络诈骗,2024-03-07
                I6,北山街道,抢劫案,2024-03-07
                I7,330101,抢劫,2024-03-07
                """);
        write("disputes.csv", """
                id,unit,type,received_on,status,closed_on
                D1,西溪社区,邻里纠纷,2024-01-05,已化解,2024-01-09
                D2,330101001,劳资纠纷,2024-01-05,正在调解,
                D3,330101001,Family,2024-01-05,调解失败,2024-01-09
                """);
        write("outreach.csv", """
                id,unit,type,held_on
                O1,灵隐村,反诈宣传,2024-03-01
                O2,灵隐村,Door-to-Door Visit,2024-03-01
                """);

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        Dataset data = result.orThrow();
        assertThat(data.incidents()).extracting(Incident::category).containsExactly("theft", "vehicle_theft",
                "theft", "telecom_fraud", "telecom_fraud", "robbery", "robbery");
        assertThat(data.incidents()).extracting(Incident::unit).containsExactly("330101001", "330101001",
                "330101002", "330101002", "330101002", "330101", "330101");
        assertThat(data.disputes()).extracting(Dispute::type)
                .containsExactly(DisputeType.NEIGHBOUR, DisputeType.LABOUR, DisputeType.FAMILY);
        assertThat(data.disputes()).extracting(Dispute::status)
                .containsExactly(DisputeStatus.RESOLVED, DisputeStatus.OPEN, DisputeStatus.FAILED);
        assertThat(data.disputes().get(0).unit()).isEqualTo("330101001");
        assertThat(data.outreach()).extracting(OutreachSession::type)
                .containsExactly(OutreachType.ANTI_FRAUD, OutreachType.VISIT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "在办, OPEN", "正在调解, OPEN", "调解中, OPEN", "未结, OPEN", "open, OPEN",
        "调解成功, RESOLVED", "已化解, RESOLVED", "Resolved, RESOLVED",
        "调解不成, FAILED", "调解失败, FAILED",
        "移交, REFERRED", "已移交, REFERRED",
    })
    void parse_statusWord_isItsStatus(String word, DisputeStatus expected) {
        assertThat(DisputeStatus.parse(word)).isEqualTo(expected);
    }

    @Test
    void read_unknownLabel_suggestsTheNearestCodeOrName() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", """
                id,unit,category,occurred_on
                I1,330101001,thef,2024-03-07
                I2,330101001,盗窃按,2024-03-07
                I3,330101001,纵火,2024-03-07
                """);
        write("disputes.csv", "id,unit,type,received_on,status\nD1,330101001,neighbour,2024-01-05,调解好了\n");

        assertThat(messages(read())).containsExactly(
                "incidents.csv line 2, column category: unknown category thef; did you mean theft?",
                "incidents.csv line 3, column category: unknown category 盗窃按; did you mean 盗窃案 (theft)?",
                "incidents.csv line 4, column category: unknown category 纵火",
                "disputes.csv line 2, column status: 调解好了 is not a known dispute status; expected one of open /"
                        + " resolved / failed / referred");
    }

    @Test
    void read_unitNameSharedByTwoUnits_isAProblemNamingTheirCodes() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS + "330101003,西溪社区,社区,330101,,,,\n");
        write("incidents.csv", "id,unit,category,occurred_on\nI1,西溪社区,theft,2024-03-07\nI2,西溪村,theft,2024-03-07\n");

        assertThat(messages(read())).containsExactly(
                "incidents.csv line 2, column unit: unit name 西溪社区 is shared by 2 units, 330101001, 330101003;"
                        + " write the code",
                "incidents.csv line 3, column unit: unknown unit 西溪村");
    }

    @Test
    void read_taxonomyWithSynonyms_acceptsThemAndWritesThemBack() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("taxonomy.csv", """
                code,label_zh,label_en,criminal,groups,synonyms
                pickpocket,扒窃,pickpocketing,是,property,扒窃案| 掏包 |
                noise,噪音,noise,否,public_order,
                """);
        write("incidents.csv", "id,unit,category,occurred_on\nI1,330101001,掏包,2024-03-07\nI2,330101001,噪音,2024-03-07\n");

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        Taxonomy taxonomy = result.orThrow().taxonomy();
        assertThat(taxonomy.synonyms("pickpocket")).containsExactly("扒窃案", "掏包");
        assertThat(result.orThrow().incidents()).extracting(Incident::category).containsExactly("pickpocket", "noise");
        Path written = dir.resolve("written.csv");
        DatasetWriter.writeTaxonomy(taxonomy, written);
        assertThat(Files.readAllLines(written)).containsExactly("code,label_zh,label_en,criminal,groups,synonyms",
                "pickpocket,扒窃,pickpocketing,true,property,扒窃案|掏包", "noise,噪音,noise,false,public_order,");
    }

    @Test
    void read_taxonomySynonymNamingAnotherCategory_rejectsTheRowNamingBoth() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("taxonomy.csv", """
                code,label_zh,label_en,criminal,groups,synonyms
                pickpocket,扒窃,pickpocketing,是,property,
                noise,噪音,noise,否,public_order,扒窃
                """);

        assertThat(messages(read())).containsExactly("taxonomy.csv line 3, column synonyms: 扒窃 already names"
                + " category pickpocket (line 2); a label or synonym must name one category");
    }

    @Test
    void of_synonymNamingTwoCategories_isRejectedNamingBoth() {
        List<Category> categories = List.of(Category.of("a", "甲", "a", false), Category.of("b", "乙", "b", false));

        assertThatThrownBy(() -> Taxonomy.of(categories, Map.of("b", List.of("甲"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("甲 names both a and b; a label or synonym must name one category");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "盗窃, theft", "盗窃案, theft", "电诈, telecom_fraud", "电信网络诈骗, telecom_fraud", "抢劫, robbery",
        "抢劫案, robbery", "telecom and online fraud, telecom_fraud", "theft, theft",
    })
    void resolve_defaultTaxonomy_takesLabelsAndSynonyms(String text, String code) {
        Taxonomy t = Taxonomy.defaultTaxonomy();

        assertThat(t.category(t.resolve(text).orElseThrow()).code()).isEqualTo(code);
    }
}
