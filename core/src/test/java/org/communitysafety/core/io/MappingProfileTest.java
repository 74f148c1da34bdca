package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping profile's text format (issue 12, item 4). */
final class MappingProfileTest {
    private static final String PROFILE = """
            \uFEFF# CSI mapping profile
            [incidents]
            file = 警情导出.csv          # a comment after a blank
            column.id = 警情编号
            column.category = 警情性质
            value.category.两抢 = robbery
            value.category.电诈 = telecom_fraud
            format.occurred_on = yyyy.MM.dd HH:mm
            default.criminal = false

            [disputes]
            sheet = 纠纷
            value.status.调解成功 = resolved
            """;

    @Test
    void parse_everyKindOfEntry_isKeptPerKind() {
        MappingProfile p = MappingProfile.parse("m.txt", PROFILE);

        assertThat(p.kinds()).containsExactly("incidents", "disputes");
        assertThat(p.file("incidents")).contains("警情导出.csv");
        assertThat(p.sheet("incidents")).isEmpty();
        assertThat(p.sheet("disputes")).contains("纠纷");
        assertThat(p.columns("incidents")).containsExactly(Map.entry("id", "警情编号"), Map.entry("category", "警情性质"));
        assertThat(p.values("incidents", "category"))
                .containsExactly(Map.entry("两抢", "robbery"), Map.entry("电诈", "telecom_fraud"));
        assertThat(p.format("incidents", "occurred_on")).contains("yyyy.MM.dd HH:mm");
        assertThat(p.defaults("incidents")).containsExactly(Map.entry("criminal", "false"));
        assertThat(p.values("disputes", "status")).containsExactly(Map.entry("调解成功", "resolved"));
        assertThat(p.columns("outreach")).isEmpty();
        assertThat(p.isEmpty()).isFalse();
        assertThat(MappingProfile.none().isEmpty()).isTrue();
    }

    @Test
    void toString_roundTripsWithParse() {
        MappingProfile p = MappingProfile.parse("m.txt", PROFILE);

        assertThat(MappingProfile.parse("again", p.toString())).isEqualTo(p);
        assertThat(p.toString()).contains("[incidents]\nfile = 警情导出.csv\ncolumn.id = 警情编号\n");
    }

    @Test
    void parse_badLines_areAllReportedWithFileAndLine() {
        String text = """
                column.id = 编号
                [incident]
                column.id = 编号
                [incidents]
                column.catgory = 类别
                colum.id = 编号
                column.id = 编号
                column.unit = 编号
                column.id = 警情编号
                value.category = robbery
                format.loss = yyyy
                format.occurred_on = yyyy-bb
                default.source =
                just text
                """;

        assertThatThrownBy(() -> MappingProfile.parse("m.txt", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(String.join("\n", List.of(
                        "m.txt line 1: column.id is outside a section; start one with [incidents], [disputes] …",
                        "m.txt line 2: unknown kind incident; the kinds are taxonomy, jurisdictions, populations,"
                                + " incidents, disputes, outreach; did you mean incidents?",
                        "m.txt line 5: unknown field catgory of incidents; the fields are "
                                + String.join(", ", Schema.INCIDENTS.names()) + "; did you mean category?",
                        "m.txt line 6: unknown key colum.id; the keys are file, sheet, column.FIELD,"
                                + " value.FIELD.LABEL, format.FIELD and default.FIELD; did you mean column?",
                        "m.txt line 8: the header 编号 is already the column of id",
                        "m.txt line 9: duplicate key column.id in [incidents], first on line 7",
                        "m.txt line 10: a value map is written value.category.LABEL = VALUE; the label is missing",
                        "m.txt line 11: loss is not a date; a format applies to the dates of incidents: occurred_on,"
                                + " reported_on, cleared_on",
                        "m.txt line 12: yyyy-bb is not a date pattern: Unknown pattern letter: b",
                        "m.txt line 13: default.source has no value",
                        "m.txt line 14: expected key = value, got just text")));
    }

    @ParameterizedTest(name = "{1} with {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "dd/MM/yyyy | 07/03/2024 | 2024-03-07",
            "yyyy.MM.dd | 2023.02.30 | 2023.02.30",
            "yyyy.MM.dd | 2024-03-07 | 2024-03-07",
            "yyyy.MM.dd | ' 2024.03.07 ' | 2024-03-07"})
    void reformat_matchingText_isCanonicalAndOtherTextIsLeftAsItIs(String pattern, String text, String expected) {
        assertThat(MappedRowSource.reformat(MappingProfile.formatter(pattern), text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} with {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "yyyy.MM.dd HH:mm | 2024.03.07 14:30 | 2024-03-07 14:30",
            "yyyy.MM.dd HH:mm:ss | 2024.03.07 14:30:05 | 2024-03-07 14:30:05",
            "yyyy/M/d H:mm | 2024/3/7 9:05 | 2024-03-07 09:05",
            "yyyy.MM.dd HH:mm | 2024.03.07 24:30 | 2024.03.07 24:30"})
    void reformat_timeOfDay_isKeptInTheCanonicalForm(String pattern, String text, String expected) {
        assertThat(MappedRowSource.reformat(MappingProfile.formatter(pattern), text)).isEqualTo(expected);
    }

    @Test
    void uncommented_hashInsideAValue_isKept() {
        assertThat(MappingProfile.uncommented("value.category.A#1 = theft  # note")).isEqualTo("value.category.A#1 = theft");
        assertThat(Optional.of(MappingProfile.uncommented("# all comment"))).contains("");
    }
}
