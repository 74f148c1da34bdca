package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 3: output that cannot be written fails the run (exit 1), and leaves no half-written file. */
final class WriteFailureTest {

    @TempDir
    Path tmp;

    private Path data() throws IOException {
        return TinyData.write(tmp.resolve("data"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_CLEAN);
    }

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    /** {@code csi report ... > /dev/full}: the lost output used to exit 0. */
    @Test
    void report_standardOutputFails_exit1AndSaysSo() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Csi.run(new PrintStream(full, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8),
                "report", "--data", data().toString(), "--period", "2023", "--format", "csv");
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(message).isEqualTo(Csi.DATA_ERROR);
        assertThat(message).contains("cannot write to standard output").doesNotContain("Exception");
    }

    @Test
    void report_outDevFull_exit1NamingTheTarget() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--out", "/dev/full");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("cannot write /dev/full");
        assertNoStackTrace(r);
    }

    @Test
    void report_outDevFull_documentToo() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--format", "md",
                "--out", "/dev/full");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("cannot write /dev/full");
        assertNoStackTrace(r);
    }

    @Test
    void report_outReadOnlyProcFile_exit1NamingTheTarget() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/version")));
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--out", "/proc/version");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("cannot write /proc/version");
        assertNoStackTrace(r);
    }

    @Test
    void report_outEmpty_usageError() throws IOException {
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--out", "");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).contains("--out: empty file name");
    }

    @Test
    void report_outIsAnInputFile_usageErrorAndTheFileIsUntouched() throws IOException {
        Path dir = data();
        Path incidents = dir.resolve("incidents.csv");
        CliRun r = CliRun.csi("report", "--data", dir.toString(), "--period", "2023", "--format", "csv",
                "--out", incidents.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).contains("--out " + incidents).contains("data directory");
        assertThat(Files.readString(incidents)).isEqualTo(TinyData.INCIDENTS_CLEAN);
    }

    /** Only the files read are protected: a report kept beside the data may be written again. */
    @Test
    void report_outAnotherFileOfTheDataDirectory_isWritten() throws IOException {
        Path dir = data();
        Path out = dir.resolve("report.csv");
        Files.writeString(out, "old");
        CliRun r = CliRun.csi("report", "--data", dir.toString(), "--period", "2023", "--format", "csv",
                "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(Files.readString(out)).startsWith("\uFEFFindicator,");   // a .csv file for Excel: a byte-order mark first
    }

    @Test
    void report_outWritten_leavesNoTemporaryFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path out = dir.resolve("report.csv");
        Files.writeString(out, "old");
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--format", "csv",
                "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(Files.readString(out)).startsWith("\uFEFFindicator,");   // a .csv file for Excel: a byte-order mark first
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void outputFile_failedWrite_keepsTheOldFileAndDeletesTheTemporary() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("atomic"));
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> OutputFile.write(target, f -> {
            Files.writeString(f, "half a rep");
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputFile_uncheckedFailure_isAnIOException() throws IOException {
        Path target = tmp.resolve("new.json");
        assertThatThrownBy(() -> OutputFile.write(target, f -> {
            throw new java.io.UncheckedIOException(new IOException("disk gone"));
        })).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void validate_rejectsDevFull_exit1NamingTheTarget() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Path dir = TinyData.write(tmp.resolve("bad"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE);
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", "/dev/full");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.DATA_ERROR);
        assertThat(r.err()).contains("/dev/full");
        assertNoStackTrace(r);
    }

    @Test
    void validate_rejectsEmptyOrAnInputFile_usageError() throws IOException {
        Path dir = TinyData.write(tmp.resolve("bad"), TinyData.JURISDICTIONS, TinyData.INCIDENTS_WITH_BAD_DATE);
        CliRun empty = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", "");
        assertThat(empty.code()).as(empty.toString()).isEqualTo(Csi.USAGE);
        assertThat(empty.err()).contains("--rejects: empty file name");
        Path incidents = dir.resolve("incidents.csv");
        CliRun input = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", incidents.toString());
        assertThat(input.code()).as(input.toString()).isEqualTo(Csi.USAGE);
        assertThat(Files.readString(incidents)).isEqualTo(TinyData.INCIDENTS_WITH_BAD_DATE);
    }
}
