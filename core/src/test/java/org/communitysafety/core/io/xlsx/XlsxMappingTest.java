package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.Inspection;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One workbook holding several kinds, each in a sheet named after it (辖区, 警情) or named by a
 * mapping profile: read through {@link DatasetReader} and looked into by {@link Inspection}
 * (issue 12, items 4 and 5).
 */
final class XlsxMappingTest {
    private static final Object[][] UNITS = {
        {"代码", "名称", "层级", "上级代码", "常住人口", "户数"},
        {"33", "测试市", "市", null, null, null},
        {"3301", "西湖区", "区", "33", null, null},
        {"330101", "北山街道", "街道", "3301", null, null},
        {"330101001", "西溪社区", "社区", "330101", "5000", "1800"},
        {"330101002", "灵隐村", "村", "330101", "1200", "400"}};
    private static final Object[][] PLAIN = {
        {"警情编号", "所属单位", "案件类别", "发案时间"},
        {"I1", "西溪社区", "盗窃", "2024-03-07"},
        {"I2", "灵隐村", "电诈", "2024-03-08"},
        {"I3", "灵隐村", "盗窃", "2024-03-09"}};
    private static final Object[][] RENAMED = {
        {"2024 年警情明细（测试市）"},
        {"警情编号", "所属单位", "警情性质", "发案时间"},
        {"I1", "西溪社区", "盗窃", "2024.03.07"},
        {"I2", "灵隐村", "两抢", "2024.03.08"},
        {"I3", "灵隐村", "两抢", "2024.03.09"}};

    @TempDir
    Path dir;

    private Path book(String incidentsSheet, Object[][] incidents) throws IOException {
        Path file = dir.resolve("警综平台导出.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb, wb.createSheet("说明"), new Object[][] {{"本表由平台导出"}});
            Workbooks.fill(wb, wb.createSheet("辖区"), UNITS);
            Workbooks.fill(wb, wb.createSheet(incidentsSheet), incidents);
            Workbooks.save(wb, file);
        }
        return file;
    }

    private static List<String> messages(ReadResult r) {
        return r.report().problems().stream().map(Problem::toString).toList();
    }

    @Test
    void read_workbookWithSheetsNamedByKind_readsEachKindFromItsSheet() throws IOException {
        book("警情", PLAIN);

        ReadResult result = DatasetReader.read(dir);

        assertThat(messages(result)).isEmpty();
        assertThat(result.report().file("警综平台导出.xlsx [辖区]").accepted()).isEqualTo(5);
        assertThat(result.report().file("警综平台导出.xlsx [警情]").accepted()).isEqualTo(3);
        assertThat(result.orThrow().incidents()).extracting(Incident::category)
                .containsExactly("theft", "telecom_fraud", "theft");
    }

    @Test
    void read_profileSheetAndLabels_readsTheSheetItNames() throws IOException {
        book("数据", RENAMED);

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().withMapping(MappingProfile.parse("m", """
                [incidents]
                sheet = 数据
                column.category = 警情性质
                value.category.两抢 = robbery
                format.occurred_on = yyyy.MM.dd
                """)));

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents()).extracting(Incident::category)
                .containsExactly("theft", "robbery", "robbery");
    }

    @Test
    void read_workbookThatCannotBeOpened_isOneWarning() throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), "code,name,level\n33,测试市,市\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("导出.xlsx"), "not a workbook", StandardCharsets.UTF_8);

        assertThat(messages(DatasetReader.read(dir))).singleElement().asString()
                .startsWith("导出.xlsx: warning: cannot look for sheets in it: 导出.xlsx is not a valid .xlsx workbook");
    }

    @Test
    void inspect_workbook_looksIntoEverySheet() throws IOException {
        book("数据", RENAMED);

        Inspection inspection = Inspection.of(dir, ReadOptions.defaults());

        assertThat(inspection.files()).extracting(f -> f.name() + ": " + f.kind().orElse("?") + " " + f.how())
                .containsExactly("警综平台导出.xlsx [说明]: ? UNMAPPED", "警综平台导出.xlsx [辖区]: jurisdictions BUILT_IN",
                        "警综平台导出.xlsx [数据]: incidents SUGGESTED");
        assertThat(inspection.proposal()).contains("[incidents]\n# REVIEW: file = 警综平台导出.xlsx\n# REVIEW: sheet = 数据");
    }
}
