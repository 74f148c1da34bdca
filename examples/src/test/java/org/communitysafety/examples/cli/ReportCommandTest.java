package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csi report}: the tidy rows as JSON and CSV, scoping options, exit codes. */
final class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void report_sample_yoyJson_everyIndicatorForEveryUnitWithTheDocumentedKeys() throws IOException {
        Path out = tmp.resolve("report.json");
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--compare", "yoy", "--format", "json",
                "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("csi report: [\\d,]+ rows for 2024 vs 2023 written to ");
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.get("period").asText()).isEqualTo("2024");
        assertThat(root.get("baseline").asText()).isEqualTo("2023");
        JsonNode rows = root.get("rows");
        java.util.Set<String> indicators = new java.util.TreeSet<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(Results.COLUMNS);
            indicators.add(row.get("indicator").asText());
            units.add(row.get("unit").asText());
        }
        assertThat(indicators).containsExactlyInAnyOrderElementsOf(Indicator.ids());
        assertThat(units).hasSizeGreaterThan(500); // 500 villages and their towns, districts and the city
        // the city's criminal incidents: the yearly count agrees with csi validate's aggregation
        JsonNode city = find(rows, "incidents.count", "city", "criminal");
        assertThat(city.get("value").asLong()).isPositive();
        assertThat(city.get("baselineValue").asLong()).isPositive();
        assertThat(city.get("changePct").asDouble()).isEqualTo(
                100.0 * (city.get("value").asLong() - city.get("baselineValue").asLong())
                        / city.get("baselineValue").asLong(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(city.get("pValue").isNumber()).isTrue();
        JsonNode rate = find(rows, "disputes.resolution_rate", "city", "all");
        assertThat(rate.get("value").asDouble()).isBetween(0.9, 1.0);
        assertThat(rate.get("changePoints").isNumber()).isTrue();
    }

    private static JsonNode find(JsonNode rows, String indicator, String level, String group) {
        for (JsonNode row : rows) {
            if (row.get("indicator").asText().equals(indicator) && row.get("level").asText().equals(level)
                    && row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no " + indicator + " " + level + " " + group);
    }

    /** The README's quick start runs {@code csi report} on the sample: the very arguments it shows must work. */
    @Test
    void readmeMainJob_runsAndWritesTheReport() throws IOException {
        String line = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(l -> l.contains("# the main job")).findFirst().orElseThrow();
        String command = line.substring(line.indexOf("csi.jar ") + "csi.jar ".length(), line.indexOf('#')).strip();
        assertThat(command).startsWith("report --sample");
        List<String> args = new ArrayList<>(List.of(command.split("\\s+")));
        int out = args.indexOf("--out");
        assertThat(out).isPositive();
        args.set(out + 1, tmp.resolve(args.get(out + 1)).toString());
        CliRun r = CliRun.csi(args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.err()).contains("written to " + tmp.resolve("report.html").toAbsolutePath().normalize())
                .contains("open it in a browser");
        assertThat(Files.readString(tmp.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("2024年社区治安形势报告").contains("<svg").endsWith("</html>\n");
    }

    @Test
    void report_csvToStdout_scopedByLevelIndicatorsAndGroups() {
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024-Q3", "--compare", "pop", "--level", "district",
                "--indicators", "incidents.count,disputes.resolution_rate", "--groups", "all,criminal",
                "--format", "csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        List<String> lines = r.outLines();
        assertThat(lines.get(0)).isEqualTo(String.join(",", Results.COLUMNS));
        // 8 districts × (incidents.count for all and criminal + disputes.resolution_rate for all)
        assertThat(lines).hasSize(1 + 8 * 3);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",district,2024-Q3,"))
                .allMatch(l -> l.contains(",2024-Q2,"));
    }

    @Test
    void report_aPeriodWithoutRecords_isADataErrorThatSaysWhatTheDataCovers_inEveryFormat() {
        for (String format : List.of("json", "md", "html")) {
            CliRun r = CliRun.csi("report", "--sample", "--period", "2030", "--format", format, "--quiet");
            assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
            assertThat(r.out()).as(format).isEmpty();   // no report of zeros
            assertThat(r.err()).isEqualTo("csi report: no incident, dispute or outreach session falls in 2030 "
                    + "(2030-01-01 to 2030-12-31); the data runs from 2022-01-01 to 2024-12-31. Choose a period with "
                    + "data (--period).\n");
        }
        CliRun edge = CliRun.csi("report", "--sample", "--period", "2024-12", "--format", "csv", "--quiet",
                "--level", "city", "--indicators", "incidents.count", "--groups", "all");
        assertThat(edge.code()).as(edge.toString()).isEqualTo(Csi.OK);
    }

    @Test
    void report_onAVillage_isAReport_notAUsageError() {
        // a village has no villages below it: no zero-incident share to phrase (it stopped the report with exit 2)
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--compare", "yoy", "--unit", "330102001001",
                "--format", "md", "--lang", "en", "--quiet");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).startsWith("# Community safety in ").contains("(330102001001), 2024")
                .doesNotContain("villages (communities) across the");
    }

    @Test
    void report_markdownFile_hasItsChartsAsSvgFilesBesideIt_linkedByName() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("md out"));
        Path md = dir.resolve("白兴区 报告.md");
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "330102", "--format", "md",
                "--quiet", "--out", md.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        String text = Files.readString(md);
        assertThat(text).doesNotContain("data:image").contains("](白兴区%20报告-1.svg)");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(2_000));
        CliRun stdout = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "330102", "--format", "md");
        long charts = stdout.out().lines().filter(l -> l.startsWith("![")).count();
        assertThat(charts).isPositive();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted())
                    .hasSize((int) charts).allMatch(n -> n.matches("白兴区 报告-\\d+\\.svg"));
        }
        assertThat(Files.readString(dir.resolve("白兴区 报告-1.svg"))).startsWith("<svg").contains("</svg>");
        // the same document otherwise: the stdout form inlines the same charts
        assertThat(text.replaceAll("\\]\\([^)]*\\.svg\\)", "](x)"))
                .isEqualTo(stdout.out().replaceAll("\\]\\(data:image/svg\\+xml;base64,[^)]*\\)", "](x)"));
    }

    @Test
    void report_jsonl_isTheJsonRowsOneALine() throws IOException {
        String[] scope = {"report", "--sample", "--period", "2024", "--compare", "yoy", "--level", "district"};
        CliRun json = CliRun.csi(concat(scope, "--format", "json"));
        CliRun jsonl = CliRun.csi(concat(scope, "--format", "jsonl"));
        assertThat(jsonl.code()).as(jsonl.toString()).isEqualTo(Csi.OK);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode rows = mapper.readTree(json.out()).get("rows");
        List<String> lines = jsonl.outLines();
        assertThat(jsonl.out()).endsWith("}\n");
        assertThat(lines).hasSize(rows.size()).hasSizeGreaterThan(1000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(mapper.readTree(lines.get(i))).as("line %d", i + 1).isEqualTo(rows.get(i));
        }
        Path file = tmp.resolve("rows.jsonl");
        CliRun toFile = CliRun.csi(concat(scope, "--format", "jsonl", "--out", file.toString()));
        assertThat(toFile.code()).as(toFile.toString()).isEqualTo(Csi.OK);
        assertThat(Files.readString(file)).isEqualTo(jsonl.out());
    }

    @Test
    void report_csvForExcel_hasAByteOrderMarkInACsvFileUnlessNoBom_andNotOnStandardOutputUnlessBom()
            throws IOException {
        String[] scope = {"report", "--sample", "--period", "2024", "--level", "district", "--indicators",
            "incidents.count", "--groups", "all", "--format", "csv"};
        String header = String.join(",", Results.COLUMNS);
        CliRun stdout = CliRun.csi(scope);
        assertThat(stdout.out()).startsWith(header);
        CliRun stdoutBom = CliRun.csi(concat(scope, "--bom"));
        assertThat(stdoutBom.out()).isEqualTo("\uFEFF" + stdout.out());

        Path csv = tmp.resolve("报表.CSV");
        assertThat(CliRun.csi(concat(scope, "--out", csv.toString())).code()).isEqualTo(Csi.OK);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + stdout.out());

        Path noBom = tmp.resolve("plain.csv");
        assertThat(CliRun.csi(concat(scope, "--no-bom", "--out", noBom.toString())).code()).isEqualTo(Csi.OK);
        assertThat(Files.readString(noBom)).isEqualTo(stdout.out());
        Path txt = tmp.resolve("rows.txt");
        assertThat(CliRun.csi(concat(scope, "--out", txt.toString())).code()).isEqualTo(Csi.OK);
        assertThat(Files.readString(txt)).isEqualTo(stdout.out());

        CliRun jsonBom = CliRun.csi("report", "--sample", "--period", "2024", "--format", "json", "--bom");
        assertThat(jsonBom.code()).isEqualTo(Csi.USAGE);
        assertThat(jsonBom.err()).contains("--bom and --no-bom apply to --format csv, not json");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void report_namedBaselineAndOneUnitsSubtree() {
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--compare", "2022", "--unit", "330102",
                "--indicators", "incidents.count", "--groups", "all", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.outLines().get(1)).startsWith("incidents.count,330102,").contains(",2022,");
        assertThat(r.outLines()).hasSizeGreaterThan(10);
    }

    @Test
    void report_unitByName_isTheUnitOfThatCode_andAnAmbiguousNameListsTheCodes() {
        CliRun byName = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "白兴区",
                "--indicators", "incidents.count", "--groups", "all", "--format", "csv");
        CliRun byCode = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "330102",
                "--indicators", "incidents.count", "--groups", "all", "--format", "csv");
        assertThat(byName.code()).as(byName.toString()).isEqualTo(Csi.OK);
        assertThat(byName.out()).isEqualTo(byCode.out());
        CliRun md = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "白兴区", "--format", "md",
                "--lang", "en");
        assertThat(md.code()).as(md.toString()).isEqualTo(Csi.OK);
        assertThat(md.out()).startsWith("# Community safety in 白兴区 (330102), ");
        CliRun ambiguous = CliRun.csi("report", "--sample", "--period", "2024", "--unit", "上洲村", "--format", "md");
        assertThat(ambiguous.code()).as(ambiguous.toString()).isEqualTo(Csi.USAGE);
        assertThat(ambiguous.err()).contains("2 units are named '上洲村': 330102101006 (village in ")
                .contains("330104102007 (village in ").contains("; give the code of the one you mean");
    }

    @Test
    void report_htmlAndMarkdown_inChineseAndEnglish() throws IOException {
        Path zh = tmp.resolve("report.html");
        CliRun r = CliRun.csi("report", "--sample", "--period", "2024", "--compare", "yoy", "--format", "html",
                "--lang", "zh", "--out", zh.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.err()).contains("2024年社区治安形势报告 written to ").contains("open it in a browser");
        String html = Files.readString(zh);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<svg")
                .contains("刑事案件零发案").contains("读取数据");
        CliRun en = CliRun.csi("report", "--sample", "--period", "2024", "--format", "md", "--lang", "en");
        assertThat(en.code()).as(en.toString()).isEqualTo(Csi.OK);
        assertThat(en.out()).startsWith("# Community safety in ").contains("## 4. Units compared");
    }

    @Test
    void report_badArguments_usageErrorExit2() {
        for (String[] args : List.of(
                new String[] {"report", "--sample", "--period", "2024", "--indicators", "incidents.cuont"},
                new String[] {"report", "--sample", "--period", "2024-13"},
                new String[] {"report", "--sample", "--period", "2024", "--compare", "last"},
                new String[] {"report", "--sample", "--period", "2024", "--unit", "nowhere"},
                new String[] {"report", "--sample", "--period", "2024", "--level", "planet"},
                new String[] {"report", "--sample", "--period", "2024", "--format", "xml"},
                new String[] {"report", "--sample", "--period", "2024", "--groups", "thef"},
                new String[] {"report", "--sample", "--period", "2024", "--format", "html", "--lang", "fr"},
                new String[] {"report", "--sample", "--period", "2024", "--funnel-limits", "wilson"},
                new String[] {"report", "--sample", "--period", "2024", "--format", "html", "--level", "town"},
                new String[] {"report", "--sample"})) {
            CliRun r = CliRun.csi(args);
            assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
            assertThat(ValidateCommandTest.withoutProgress(r.err())).startsWith("csi report: ")
                    .contains("Try 'csi report --help'").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(CliRun.csi("report", "--sample", "--period", "2024", "--indicators", "incidents.cuont").err())
                .contains("did you mean incidents.count?");
        assertThat(CliRun.csi("report", "--sample", "--period", "2024", "--funnel-limits", "wilson").err())
                .contains("--funnel-limits must be exact or score, not 'wilson'");
    }

    @Test
    void report_funnelLimitsScore_proportionsFlaggedAsFingertips_ratesUnchanged_methodsSaySo() {
        String[] rows = {"report", "--sample", "--period", "2024", "--indicators",
            "incidents.clearance_rate,incidents.rate_per_10k", "--format", "csv"};
        CliRun exact = CliRun.csi(rows);
        List<String> scoreArgs = new java.util.ArrayList<>(List.of(rows));
        scoreArgs.addAll(List.of("--funnel-limits", "score"));
        CliRun score = CliRun.csi(scoreArgs.toArray(String[]::new));
        assertThat(score.code()).as(score.toString()).isEqualTo(Csi.OK);
        List<String> e = exact.out().lines().toList();
        List<String> s = score.out().lines().toList();
        assertThat(s).hasSameSizeAs(e);
        long differ = 0;
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i).startsWith("incidents.rate_per_10k")) {
                assertThat(s.get(i)).isEqualTo(e.get(i));
            } else if (!s.get(i).equals(e.get(i))) {
                differ++;
            }
        }
        assertThat(differ).as("clearance-rate rows flagged differently").isPositive();
        CliRun md = CliRun.csi("report", "--sample", "--period", "2024", "--format", "md", "--lang", "en",
                "--funnel-limits", "score");
        assertThat(md.out()).contains("for proportions, PHE Fingertips' score limits");
    }

    @Test
    void report_documents_takeTheStatisticsSettings() {
        CliRun md = CliRun.csi("report", "--sample", "--period", "2024", "--format", "md", "--lang", "en",
                "--confidence", "0.9", "--alpha", "0.01", "--suppress-below", "5");
        assertThat(md.code()).as(md.toString()).isEqualTo(Csi.OK);
        assertThat(md.out()).contains("Intervals are 90% confidence intervals").contains("a change with p < 0.01")
                .contains("counts from 1 to below 5");
    }

    @Test
    void report_badData_printsTheValidationReportAndExits1() throws IOException {
        Path dir = TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE);
        CliRun r = CliRun.csi("report", "--data", dir.toString(), "--period", "2023");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("the data has errors; nothing computed")
                .contains("incidents.csv line 3, column cleared_on: 2023-02-30 is not a date");
        CliRun lenient = CliRun.csi("report", "--data", dir.toString(), "--period", "2023", "--lenient",
                "--indicators", "incidents.count", "--groups", "all", "--format", "csv");
        assertThat(lenient.code()).as(lenient.toString()).isEqualTo(Csi.OK);
        assertThat(lenient.err()).contains("1 row rejected (--lenient)");
        assertThat(Files.exists(dir)).isTrue();
    }
}
