package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: {@code csi inspect --write-mapping FILE} and {@code csi generate --out DIR} write
 * all or nothing — a failed run leaves no half-written file — and the profile is never written
 * over an input.
 */
final class AtomicOutputTest {
    @TempDir
    Path tmp;

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void generate_aFileCannotBeReplaced_leavesTheDirectoryAsItWas() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("jurisdictions.csv"), "old");
        Files.createDirectories(out.resolve("outreach.csv"));   // in the way of the last file written

        CliRun r = CliRun.csi("generate", "--out", out.toString(), "--villages", "3", "--incidents", "20");

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("csi generate: cannot write " + out).contains("outreach.csv")
                .doesNotContain("Exception");
        assertThat(Files.readString(out.resolve("jurisdictions.csv"))).isEqualTo("old");
        assertThat(names(out)).containsExactly("jurisdictions.csv", "outreach.csv");
    }

    @Test
    void generate_written_replacesTheFilesAndLeavesNoStaging() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("incidents.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");

        CliRun r = CliRun.csi("generate", "--out", out.toString(), "--villages", "3", "--incidents", "20");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(names(out)).containsExactly("disputes.csv", "incidents.csv", "jurisdictions.csv", "notes.txt",
                "outreach.csv", "populations.csv");
        assertThat(Files.readString(out.resolve("incidents.csv"))).startsWith("id,unit,");
        assertThat(CliRun.csi("validate", "--data", out.toString()).code()).isZero();
    }

    @Test
    void outputDirectory_failedWrite_removesWhatItCreated() throws IOException {
        Path out = tmp.resolve("new");
        assertThatThrownBy(() -> OutputDirectory.write(out, dir -> {
            Files.writeString(dir.resolve("incidents.csv"), "half a fi");
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputDirectory_uncheckedFailure_isAnIOExceptionAndKeepsTheOldFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(out.resolve("incidents.csv"), "old");
        assertThatThrownBy(() -> OutputDirectory.write(out, dir -> {
            Files.writeString(dir.resolve("incidents.csv"), "new");
            throw new java.io.UncheckedIOException(new IOException("disk gone"));
        })).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(names(out)).containsExactly("incidents.csv");
        assertThat(Files.readString(out.resolve("incidents.csv"))).isEqualTo("old");
    }

    @Test
    void inspect_writeMappingOverTheMappingGiven_usageErrorAndTheProfileIsUntouched() throws IOException {
        Path data = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN);
        Path profile = tmp.resolve("export.mapping");
        assertThat(CliRun.csi("inspect", data.toString(), "--write-mapping", profile.toString()).code()).isZero();
        String before = Files.readString(profile, StandardCharsets.UTF_8);

        CliRun r = CliRun.csi("inspect", data.toString(), "--mapping", profile.toString(), "--write-mapping",
                profile.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).contains("--write-mapping " + profile + ": would overwrite the profile given with --mapping");
        assertThat(Files.readString(profile, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void inspect_writeMappingOverADataFile_usageErrorAndTheFileIsUntouched() throws IOException {
        Path data = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN);
        Path incidents = data.resolve("incidents.csv");

        CliRun inDir = CliRun.csi("inspect", data.toString(), "--write-mapping", incidents.toString());
        CliRun itself = CliRun.csi("inspect", incidents.toString(), "--write-mapping", incidents.toString());

        assertThat(inDir.code()).as(inDir.toString()).isEqualTo(Csi.USAGE);
        assertThat(inDir.err()).contains("would overwrite a data file of " + data);
        assertThat(itself.code()).as(itself.toString()).isEqualTo(Csi.USAGE);
        assertThat(Files.readString(incidents, StandardCharsets.UTF_8)).isEqualTo(TinyData.INCIDENTS_CLEAN);
    }

    @Test
    void inspect_writeMapping_replacesTheFileAndLeavesNoTemporary() throws IOException {
        Path data = TinyData.write(tmp.resolve("d"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN);
        Path dir = Files.createDirectories(tmp.resolve("profiles"));
        Path profile = dir.resolve("export.mapping");
        Files.writeString(profile, "old");

        CliRun r = CliRun.csi("inspect", data.toString(), "--write-mapping", profile.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(profile, StandardCharsets.UTF_8)).isNotEqualTo("old").contains("incidents");
        assertThat(names(dir)).containsExactly("export.mapping");
    }
}
