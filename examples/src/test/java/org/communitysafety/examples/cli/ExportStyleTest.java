package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Taxonomy;
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
        assertThat(v.out()).contains("警综平台导出.xlsx [警情]: 37,456 incidents give coordinates in GCJ-02; they are kept as "
                + "given, not converted").contains("0 rows rejected")
                .contains("units: 1 city, 8 district, 48 town, 500 village, 1,471 grid");
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

    /**
     * The second half of issue 12's item 9: the same city as another platform names its columns,
     * labels, levels and times ({@code --style export-renamed}) reads to the very rows of the
     * platform export with a profile that {@code csi inspect} proposed, once a reviewer has done
     * what the proposal asks — accepted its {@code # REVIEW:} lines, named the columns it could not
     * place and given the codes of the labels it lists as {@code = ?} — and inspected again with
     * that profile, as the proposal's note says to when the units could not be checked.
     */
    @Test
    void renamedExport_withTheProposalOfInspect_reviewed_readsToTheSameRows() throws IOException {
        Path renamed = tmp.resolve("renamed");
        CliRun g = CliRun.csi("generate", "--style", "export-renamed", "--out", renamed.toString());
        assertThat(g.code()).as(g.err()).isZero();
        CliRun plain = CliRun.csi("report", "--data", renamed.toString(), "--period", "2024", "--format", "csv");
        assertThat(plain.code()).as("without a profile the renamed export does not read").isEqualTo(1);

        Path first = tmp.resolve("first.mapping");
        CliRun i1 = CliRun.csi("inspect", renamed.toString(), "--write-mapping", first.toString());
        assertThat(i1.code()).as(i1.err()).isZero();
        Review r1 = review(first, tmp.resolve("first-reviewed.mapping"));
        assertThat(r1.accepted()).as("suggestions accepted as proposed").isGreaterThan(50);
        assertThat(r1.named()).as("columns the reviewer had to name").isLessThan(20);

        Path second = tmp.resolve("second.mapping");
        CliRun i2 = CliRun.csi("inspect", renamed.toString(), "--mapping", r1.file().toString(), "--write-mapping",
                second.toString());
        assertThat(i2.code()).as(i2.err()).isZero();
        Review r2 = review(second, tmp.resolve("reviewed.mapping"));
        assertThat(r2.named()).as("the second proposal names every column").isZero();

        Path viaProfile = tmp.resolve("renamed.csv");
        Path platform = tmp.resolve("platform.csv");
        CliRun a = CliRun.csi("report", "--data", renamed.toString(), "--mapping", r2.file().toString(), "--period",
                "2024", "--compare", "yoy", "--format", "csv", "--out", viaProfile.toString());
        assertThat(a.code()).as(a.out() + a.err()).isZero();
        CliRun b = CliRun.csi("report", "--data", export.toString(), "--period", "2024", "--compare", "yoy",
                "--format", "csv", "--out", platform.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(Files.readAllLines(viaProfile, StandardCharsets.UTF_8)).hasSizeGreaterThan(256_000)
                .isEqualTo(Files.readAllLines(platform, StandardCharsets.UTF_8));
    }

    /** A reviewed proposal: lines accepted, columns named and labels given their codes by the reviewer. */
    private record Review(Path file, int accepted, int named, int filled) {}

    /**
     * What a reviewer who knows the renamed platform does to a proposal: deletes each
     * {@code # REVIEW: } prefix, writes {@code column.FIELD = HEADER} for each column it says is
     * not mapped, and fills in each {@code # value.FIELD.LABEL = ?} with the label's code.
     */
    private static Review review(Path proposal, Path reviewed) throws IOException {
        Map<String, Map<String, String>> codes = ExportFiles.renamedValues(Taxonomy.defaultTaxonomy());
        List<String> out = new ArrayList<>();
        String kind = "";
        int accepted = 0;
        int named = 0;
        int filled = 0;
        for (String line : Files.readAllLines(proposal, StandardCharsets.UTF_8)) {
            Matcher section = Pattern.compile("\\[(\\w+)]").matcher(line);
            Matcher column = Pattern.compile("# column (.+) is not mapped.*").matcher(line);
            Matcher value = Pattern.compile("# value\\.(\\w+)\\.(.+?) = \\?.*").matcher(line);
            if (section.matches()) {
                kind = section.group(1);
                out.add(line);
            } else if (line.startsWith("# REVIEW: ")) {
                out.add(line.substring("# REVIEW: ".length()));
                accepted++;
            } else if (column.matches()) {
                String header = column.group(1);
                String field = ExportFiles.headers(kind, ExportFiles.Dialect.RENAMED).entrySet().stream()
                        .filter(e -> e.getValue().equals(header)).map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new AssertionError("the export has no column " + header));
                out.add("column." + field + " = " + header);
                named++;
            } else if (value.matches()) {
                String code = codes.getOrDefault(kind + "." + value.group(1), Map.of()).get(value.group(2));
                assertThat(code).as("the code of %s %s", value.group(1), value.group(2)).isNotNull();
                out.add("value." + value.group(1) + "." + value.group(2) + " = " + code);
                filled++;
            } else {
                out.add(line);
            }
        }
        Files.write(reviewed, out, StandardCharsets.UTF_8);
        return new Review(reviewed, accepted, named, filled);
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
