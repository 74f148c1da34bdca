package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ahead on another thread changes nothing a reader sees: rows, lines, errors, failures. */
class PrefetchingRowSourceTest {
    @TempDir
    Path dir;

    /** Everything a {@link TableReader} asks of a source, row by row, and how the source ended. */
    private static List<String> transcript(RowSource source) throws IOException {
        List<String> out = new ArrayList<>();
        try (source) {
            out.add("header " + source.header() + " at " + source.headerLine());
            while (source.next()) {
                StringBuilder b = new StringBuilder("line " + source.line() + " n=" + source.fieldCount());
                for (int i = 0; i < source.fieldCount(); i++) {
                    b.append(" [").append(source.field(i)).append(']');
                }
                b.append(" fields=").append(source.fields()).append(" error=").append(source.rowError())
                        .append(" warnings=").append(source.rowWarnings());
                out.add(b.toString());
            }
            out.add("end");
        } catch (RowSource.RowSourceException e) {
            out.add("failed at line " + e.line() + ": " + e.getMessage());
        }
        return out;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void sameTranscript_overQuotingAndDecodingErrors_acrossManyBatches() throws IOException {
        StringBuilder csv = new StringBuilder("\nid,unit,note\n");
        for (int i = 0; i < 5_000; i++) {
            switch (i % 500) {
                case 7 -> csv.append("I").append(i).append(",u,\"ab\"c\n");          // text after a closing quote
                case 8 -> csv.append("I").append(i).append(",u,\"two\nlines\"\n");   // a quoted line break
                case 9 -> csv.append("I").append(i).append(",u\n");                  // a short row
                case 10 -> csv.append("\n");                                         // a blank line
                default -> csv.append("I").append(i).append(",u,").append(i % 3 == 0 ? "" : "x").append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = bytes.clone();
        withBadByte[bytes.length / 2] = (byte) 0xFF; // one invalid UTF-8 byte mid-file: a row error
        for (byte[] content : List.of(bytes, withBadByte)) {
            Path f = file("a.csv", content);
            List<String> direct = transcript(CsvRowSource.open(f, StandardCharsets.UTF_8));
            List<String> ahead = transcript(new PrefetchingRowSource(CsvRowSource.open(f, StandardCharsets.UTF_8)));
            assertThat(ahead).hasSize(direct.size()).isEqualTo(direct);
            assertThat(direct).hasSize(4_992); // the header, 4,990 records (10 blank lines), the end
        }
    }

    @Test
    void aSourceThatGivesUpPartWay_failsAtTheSameRow() throws IOException {
        // GBK bytes in a file read as UTF-8: the source reads the rows before them, then throws
        StringBuilder csv = new StringBuilder("id,unit\n");
        for (int i = 0; i < 3_000; i++) {
            csv.append("I").append(i).append(",u\n");
        }
        byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "I9,派出所\n".getBytes(Charset.forName("GBK"));
        byte[] all = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(gbk, 0, all, head.length, gbk.length);
        Path f = file("b.csv", all);
        List<String> direct = transcript(CsvRowSource.open(f, StandardCharsets.UTF_8));
        List<String> ahead = transcript(new PrefetchingRowSource(CsvRowSource.open(f, StandardCharsets.UTF_8)));
        assertThat(direct.get(direct.size() - 1)).startsWith("failed at line 3002");
        assertThat(ahead).isEqualTo(direct);
    }

    @Test
    void aFailureOfTheSourceIsThrownToTheReader() throws IOException {
        RowSource failing = new RowSource() {
            int n;

            @Override
            public java.util.Optional<List<String>> header() {
                return java.util.Optional.of(List.of("id"));
            }

            @Override
            public boolean next() {
                if (++n > 2_500) {
                    throw new IllegalStateException("broken source at row " + n);
                }
                return true;
            }

            @Override
            public long line() {
                return n + 1;
            }

            @Override
            public List<String> fields() {
                return List.of("I" + n);
            }

            @Override
            public String field(int index) {
                return "I" + n;
            }

            @Override
            public int fieldCount() {
                return 1;
            }

            @Override
            public java.util.Optional<String> rowError() {
                return java.util.Optional.empty();
            }

            @Override
            public void close() {}
        };
        PrefetchingRowSource ahead = new PrefetchingRowSource(failing);
        ahead.header();
        int rows = 0;
        try {
            while (ahead.next()) {
                assertThat(ahead.field(0)).isEqualTo("I" + (rows + 1));
                rows++;
            }
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("broken source at row 2501");
        }
        assertThat(rows).isEqualTo(2_500);
        assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class);
        ahead.close();
    }

    @Test
    void closingEarly_stopsTheReadingThread() throws Exception {
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("I").append(i).append('\n');
        }
        Path f = file("c.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        int before = threadsNamed("csi-read-ahead");
        PrefetchingRowSource ahead = new PrefetchingRowSource(CsvRowSource.open(f, StandardCharsets.UTF_8));
        ahead.header();
        assertThat(ahead.next()).isTrue();
        assertThat(ahead.field(0)).isEqualTo("I0");
        ahead.close(); // the reader is blocked on a full queue by now, or soon will be
        assertThat(threadsNamed("csi-read-ahead")).isEqualTo(before);
    }

    private static int threadsNamed(String name) {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive()).count();
    }
}
