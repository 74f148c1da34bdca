package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.examples.sample.ExportFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csi generate --style export}: the standard sample city written as a police-platform
 * export (a workbook with a title row, Chinese headers, labels, names, Excel date-times and grid
 * codes; Chinese-named CSV files with a byte-order mark and times in three forms) reads with no
 * configuration to exactly the tidy rows of the canonical sample. The export adds a 网格 level
 * below every village; those units' rows are the only extra ones.
 */
final class ExportStyleTest {
    @TempDir
    static Path tmp;
    private static Path export;

    @BeforeAll
    static void writeExport() throws IOException {
        export = tmp.resolve("export");
        CliRun g = CliRun.csi("generate", "--style", "export", "--out", export.toString());
        assertThat(g.code()).as(g.err()).isZero();
    }

    @Test
    void export_holdsTheWorkbookAndTheChineseNamedCsvFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(export)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertThat(names).containsExactlyInAnyOrder("警综平台导出.xlsx", "人口.csv", "矛盾纠纷.csv", "走访.csv");
        byte[] disputes = Files.readAllBytes(export.resolve("矛盾纠纷.csv"));
        assertThat(new String(disputes, 0, 3, StandardCharsets.ISO_8859_1)).as("a UTF-8 byte-order mark")
                .isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(disputes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF纠纷编号,所属单位,纠纷类型,受理时间,调处状态,办结时间,涉及金额,纠纷来源,调解组织\n");
        assertThat(text).contains("调解成功").contains("已化解").contains("年");
    }

    @Test
    void report_onTheExport_givesTheCanonicalRows_plusTheGrids() throws IOException {
        Path canonical = tmp.resolve("canonical.csv");
        Path exported = tmp.resolve("export.csv");
        CliRun a = CliRun.csi("report", "--sample", "--period", "2024", "--compare", "yoy", "--format", "csv",
                "--out", canonical.toString());
        assertThat(a.code()).as(a.err()).isZero();
        CliRun b = CliRun.csi("report", "--data", export.toString(), "--period", "2024", "--compare", "yoy",
                "--format", "csv", "--out", exported.toString());
        assertThat(b.code()).as(b.err()).isZero();

        Set<String> grids = gridCodes();
        List<String> canonicalRows = Files.readAllLines(canonical, StandardCharsets.UTF_8);
        List<String> gridRows = new ArrayList<>();
        List<String> otherRows = new ArrayList<>();
        for (String row : Files.readAllLines(exported, StandardCharsets.UTF_8)) {
            String unit = row.split(",", 3)[1];
            (grids.contains(unit) ? gridRows : otherRows).add(row);
        }
        assertThat(otherRows).hasSize(canonicalRows.size());
        for (int i = 0; i < canonicalRows.size(); i++) {
            assertThat(otherRows.get(i)).as("row %d", i).isEqualTo(canonicalRows.get(i));
        }
        assertThat(gridRows).as("rows of the grids below the villages").isNotEmpty()
                .allSatisfy(r -> assertThat(r.split(",")[3]).isEqualTo("grid"));
    }

    @Test
    void validate_onTheExport_isClean_andNamesTheCoordinateSystem() {
        CliRun v = CliRun.csi("validate", "--data", export.toString());
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("警综平台导出.xlsx").contains("GCJ-02").contains("0 rows rejected");
    }

    @Test
    void export_isByteIdentical_forTheSameOptions() throws IOException {
        for (String run : List.of("a", "b")) {
            CliRun g = CliRun.csi("generate", "--style", "export", "--incidents", "2000", "--villages", "40", "--out",
                    tmp.resolve("small-" + run).toString());
            assertThat(g.code()).as(g.err()).isZero();
        }
        for (String file : List.of(ExportFiles.WORKBOOK, "人口.csv", "矛盾纠纷.csv", "走访.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("small-a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("small-b").resolve(file)));
        }
    }

    @Test
    void style_unknown_isAUsageError() {
        CliRun g = CliRun.csi("generate", "--style", "excel", "--out", tmp.resolve("x").toString());
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("--style excel: expected canonical, export or export-renamed");
    }

    /** The codes of the grids the export adds: every unit below a village. */
    private static Set<String> gridCodes() {
        Set<String> codes = new HashSet<>();
        SampleGenerator gen = SampleGenerator.of(SampleSpec.standard());
        for (Jurisdiction j : gen.jurisdictions()) {
            if (j.level() == Level.VILLAGE) {
                for (int g = 1; g <= ExportFiles.grids(j.code()); g++) {
                    codes.add(ExportFiles.gridCode(j.code(), g));
                }
            }
        }
        return codes;
    }
}
