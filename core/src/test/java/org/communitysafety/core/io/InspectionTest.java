package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.communitysafety.core.io.Inspection.ColumnReport;
import org.communitysafety.core.io.Inspection.FileReport;
import org.communitysafety.core.io.Inspection.How;
import org.communitysafety.core.io.Inspection.ValueCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Inspection} finds in an export it does not know (issue 12, item 5). */
final class InspectionTest {
    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void of_decoratedLabelsAndDateTimes_suggestCodesAndAPattern() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("警情.csv", """
                编号,所属单位,案件类别,发案时间,报警方式,Repeat Call
                I1,西溪社区,刑事-盗窃,2024.03.07 14:23,渠道1:报警电话,否
                I2,灵隐村,刑事-盗窃,2024.03.08 09:05,渠道1:报警电话,否
                I3,灵隐村,治安-无此类,2024.03.09 10:00,,是
                I4,灵隐村,盗窃,2024.03.09 10:00,,是
                """);

        Inspection inspection = Inspection.of(dir, ReadOptions.defaults());

        FileReport f = inspection.files().stream().filter(x -> x.file().equals("警情.csv")).findFirst().orElseThrow();
        assertThat(f.kind()).contains("incidents");
        assertThat(f.how()).isEqualTo(How.BUILT_IN);
        assertThat(f.rows()).isEqualTo(4);
        assertThat(f.missing()).isEmpty();
        ColumnReport category = f.columns().get(2);
        assertThat(category.field()).contains("category");
        assertThat(category.unknown()).containsExactly(new ValueCount("刑事-盗窃", 2, Optional.of("theft")),
                new ValueCount("治安-无此类", 1, Optional.empty()));
        assertThat(f.columns().get(3).format()).contains("yyyy.MM.dd HH:mm");
        assertThat(f.columns().get(3).notDates()).isEqualTo(4);
        assertThat(f.columns().get(5).how()).isEqualTo(How.CONFIDENT);
        assertThat(f.columns().get(5).field()).contains("repeat_call");
        String proposal = inspection.proposal();
        assertThat(proposal).contains("[incidents]\nfile = 警情.csv\n", "column.repeat_call = Repeat Call\n",
                "format.occurred_on = yyyy.MM.dd HH:mm   # all 4 values",
                "# REVIEW: value.category.刑事-盗窃 = theft   # 2 rows\n",
                "# value.category.治安-无此类 = ?   # 1 row\n");
    }

    @Test
    void of_headersNoNameMaps_areSuggestedByTheirValuesForReview() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("矛盾纠纷.csv", """
                矛盾编号,属地,矛盾类别,登记时刻,化解情况
                D1,西溪社区,消费纠纷,2024.03.01 10:00,调解成功
                D2,灵隐村,婚姻家庭纠纷,2024.03.02 11:00,在办
                """);

        FileReport f = Inspection.of(dir, ReadOptions.defaults()).files().stream()
                .filter(x -> x.file().equals("矛盾纠纷.csv")).findFirst().orElseThrow();

        assertThat(f.columns()).extracting(c -> c.header() + " -> " + c.field().orElse("-") + " " + c.how())
                .containsExactly("矛盾编号 -> id SUGGESTED", "属地 -> unit SUGGESTED", "矛盾类别 -> type SUGGESTED",
                        "登记时刻 -> received_on SUGGESTED", "化解情况 -> status SUGGESTED");
        assertThat(f.columns().get(3).format()).contains("yyyy.MM.dd HH:mm");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void of_fileOfNoKnownKind_listsItsColumnsAndSaysSo() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("其他.csv", "甲,乙\n1,2\n");

        Inspection inspection = Inspection.of(dir, ReadOptions.defaults());

        FileReport f = inspection.files().stream().filter(x -> x.file().equals("其他.csv")).findFirst().orElseThrow();
        assertThat(f.kind()).isEmpty();
        assertThat(f.columns()).extracting(ColumnReport::header).containsExactly("甲", "乙");
        assertThat(inspection.proposal()).contains("# 其他.csv: no kind of file fits its columns");
    }

    @Test
    void proposal_readBack_isAProfile() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
        write("incidents.csv", "编号,所属单位,案件类别,发案时间\nI1,西溪社区,盗窃,2024.03.07\n");

        String proposal = Inspection.of(dir, ReadOptions.defaults()).proposal();
        MappingProfile profile = MappingProfile.parse("proposal", proposal);

        assertThat(profile.format("incidents", "occurred_on")).contains("yyyy.MM.dd");
        assertThat(DatasetReader.read(dir, ReadOptions.defaults().withMapping(profile)).report().isClean()).isTrue();
    }
}
