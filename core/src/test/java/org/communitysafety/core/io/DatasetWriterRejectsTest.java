package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the rejects file stays in proportion to what was rejected, and shows control
 * characters from the data rather than passing them to a terminal.
 */
final class DatasetWriterRejectsTest {
    @TempDir
    Path dir;

    private static RejectedRow row(long line, List<String> fields) {
        return new RejectedRow("incidents.csv", line, fields,
                List.of(Problem.error("incidents.csv", line, "wrong number of fields")));
    }

    @Test
    void writeRejects_oneVeryWideRow_doesNotPadTheOthers() throws IOException {
        List<String> wide = Collections.nCopies(100_000, "1");
        Path file = dir.resolve("rejects.csv");

        DatasetWriter.writeRejects(List.of(row(2, wide), row(3, List.of("a", "b")), row(4, List.of("c"))), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("file,line,reasons,field_1,field_2,").endsWith(",field_100000");
        assertThat(lines.get(2)).isEqualTo("incidents.csv,3,wrong number of fields,a,b");
        assertThat(lines.get(3)).isEqualTo("incidents.csv,4,wrong number of fields,c");
    }

    @Test
    void writeRejects_rowsOfOrdinaryWidths_arePaddedToARectangle() throws IOException {
        Path file = dir.resolve("rejects.csv");

        DatasetWriter.writeRejects(List.of(row(2, Collections.nCopies(DatasetWriter.MAX_PADDED_WIDTH, "1")),
                row(3, List.of("a"))), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(2)).isEqualTo("incidents.csv,3,wrong number of fields,a" + ",".repeat(
                DatasetWriter.MAX_PADDED_WIDTH - 1));
    }

    @Test
    void writeRejects_controlCharacters_escapedUnlessRaw() throws IOException {
        RejectedRow r = row(2, List.of("I\u001B]0;t\u0007", "a\tb\r\nc", "\u0085\u007F"));

        DatasetWriter.writeRejects(List.of(r), dir.resolve("people.csv"));
        DatasetWriter.writeRejects(List.of(r), dir.resolve("raw.csv"), false);

        assertThat(Files.readString(dir.resolve("people.csv"), StandardCharsets.UTF_8))
                .endsWith(",I\\u001B]0;t\\u0007,\"a\tb\r\nc\",\\u0085\\u007F\n");
        assertThat(Files.readString(dir.resolve("raw.csv"), StandardCharsets.UTF_8))
                .endsWith(",I\u001B]0;t\u0007,\"a\tb\r\nc\",\u0085\u007F\n");
    }
}
