package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.communitysafety.examples.sample.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csi generate}: files that validate, determinism, defaults and ratios. */
final class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void generate_smallSpec_filesValidateCleanly() {
        Path out = tmp.resolve("small");
        CliRun g = CliRun.csi("generate", "--out", out.toString(), "--villages", "20", "--incidents", "2000");
        assertThat(g.code()).as(g.toString()).isEqualTo(Csi.OK);
        assertThat(g.outLines().get(0)).isEqualTo("generating " + out
                + ": seed 20240101, 20 villages, 2,000 incidents, 600 disputes, 200 outreach sessions, 2022-2024");
        assertThat(g.outLines()).anyMatch(l -> l.matches(" +incidents\\.csv +2,000 rows .*"))
                .anyMatch(l -> l.startsWith("wrote ") && l.contains(" to " + out.toAbsolutePath().normalize()));
        for (String name : SampleFiles.NAMES) {
            assertThat(out.resolve(name)).isRegularFile();
        }

        CliRun v = CliRun.csi("validate", "--data", out.toString());
        assertThat(v.code()).as(v.toString()).isEqualTo(Csi.OK);
        assertThat(v.outLines()).contains("problems: none")
                .anyMatch(l -> l.matches("incidents\\.csv +2,000 +2,000 +0 +0"))
                .anyMatch(l -> l.matches("disputes\\.csv +600 +600 +0 +0"))
                .anyMatch(l -> l.matches("outreach\\.csv +200 +200 +0 +0"))
                .anyMatch(l -> l.matches("units: 1 city, \\d+ district, \\d+ town, 20 village"));
    }

    @Test
    void generate_sameSeed_byteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] spec = {"--seed", "7", "--villages", "30", "--incidents", "3000"};
        assertThat(CliRun.csi(concat("generate", "--out", a.toString(), spec)).code()).isEqualTo(Csi.OK);
        assertThat(CliRun.csi(concat("generate", "--out", b.toString(), spec)).code()).isEqualTo(Csi.OK);
        for (String name : SampleFiles.NAMES) {
            assertThat(Files.mismatch(a.resolve(name), b.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void generate_otherSeed_otherIncidents() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CliRun.csi("generate", "--out", a.toString(), "--seed", "1", "--villages", "10", "--incidents", "100");
        CliRun.csi("generate", "--out", b.toString(), "--seed", "2", "--villages", "10", "--incidents", "100");
        assertThat(Files.mismatch(a.resolve("incidents.csv"), b.resolve("incidents.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void generate_explicitDisputesAndOutreach_notScaled() throws IOException {
        Path out = tmp.resolve("x");
        CliRun r = CliRun.csi("generate", "--out", out.toString(), "--villages", "5", "--incidents", "1000",
                "--disputes", "7", "--outreach", "0");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(dataRows(out.resolve("incidents.csv"))).isEqualTo(1000);
        assertThat(dataRows(out.resolve("disputes.csv"))).isEqualTo(7);
        assertThat(dataRows(out.resolve("outreach.csv"))).isZero();
    }

    @Test
    void generate_onlyVillagesGiven_standardRecordCounts() {
        CliRun r = CliRun.csi("generate", "--out", tmp.resolve("v").toString(), "--villages", "3", "--incidents",
                "50000", "--years", "2023");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.outLines().get(0)).endsWith(
                "3 villages, 50,000 incidents, 15,000 disputes, 5,000 outreach sessions, 2023-2023");
        CliRun v = CliRun.csi("validate", "--data", tmp.resolve("v").toString());
        assertThat(v.outLines()).contains("incidents: 2023-01-01 .. 2023-12-31");
    }

    @Test
    void generate_existingDirectory_filesReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("again"));
        Files.writeString(out.resolve("incidents.csv"), "stale\n");
        Files.writeString(out.resolve("notes.txt"), "keep me\n");
        CliRun r = CliRun.csi("generate", "--out", out.toString(), "--villages", "2", "--incidents", "10");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(dataRows(out.resolve("incidents.csv"))).isEqualTo(10);
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void generate_help_mentionsEveryOptionAndTheStandardDefaults() {
        CliRun r = CliRun.csi("generate", "--help");
        assertThat(r.code()).isEqualTo(Csi.OK);
        assertThat(r.out()).startsWith("Usage: csi generate").contains("--out=DIR", "--seed=N", "--villages=N",
                "--incidents=N", "--disputes=N", "--outreach=N", "--years=FIRST-LAST", "default: 20240101",
                "default: 500", "default: 50000", "default: 15000", "default: 5000", "default: 2022-2024");
    }

    private static long dataRows(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.count() - 1;
        }
    }

    private static String[] concat(String command, String option, String value, String... rest) {
        return Stream.concat(Stream.of(command, option, value), Stream.of(rest)).toArray(String[]::new);
    }

    @Test
    void generate_moreThan100kVillages_writesALargeTree() throws IOException {
        Path out = tmp.resolve("large");
        CliRun g = CliRun.csi("generate", "--out", out.toString(), "--villages", "150000", "--incidents", "3000",
                "--years", "2024");
        assertThat(g.code()).as(g.toString()).isEqualTo(Csi.OK);
        assertThat(g.outLines().get(0)).isEqualTo("generating " + out
                + ": seed 20240101, 150,000 villages, 3,000 incidents, 900 disputes, 300 outreach sessions, 2024-2024");
        try (Stream<String> lines = Files.lines(out.resolve("jurisdictions.csv"))) {
            assertThat(lines.filter(l -> l.contains(",village,")).count()).isEqualTo(150_000);
        }
        try (Stream<String> lines = Files.lines(out.resolve("incidents.csv"))) {
            assertThat(lines.count()).isEqualTo(3_001);
        }
    }

    @Test
    void generate_largeTreeBeyondItsLimitOrAsAnExport_isAUsageError() {
        CliRun tooMany = CliRun.csi("generate", "--out", tmp.resolve("a").toString(), "--villages", "2000001");
        assertThat(tooMany.code()).isEqualTo(Csi.USAGE);
        assertThat(tooMany.err().lines().toList().get(0)).isEqualTo("csi generate: villages must be 1..2000000, got 2000001");
        CliRun export = CliRun.csi("generate", "--out", tmp.resolve("b").toString(), "--villages", "100001",
                "--style", "export");
        assertThat(export.code()).isEqualTo(Csi.USAGE);
        assertThat(export.err().lines().toList().get(0)).startsWith("csi generate: --villages 100001: an export");
    }
}
