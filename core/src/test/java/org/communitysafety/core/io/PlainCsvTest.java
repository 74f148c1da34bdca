package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainCsv}'s chunks: every row reaches the kind or the sink once, in file order, on its
 * line, however many rows a chunk holds (short rows make a chunk grow its row arrays) and however
 * many threads parse them.
 */
final class PlainCsvTest {

    /** A kind whose plain rows are those whose first field is {@code a}; it remembers each row's line and second field. */
    private static final class Lines implements PlainCsv.Rows {
        final List<String> taken = new ArrayList<>();

        @Override
        public Object batch(int rows) {
            return new String[rows];
        }

        @Override
        public boolean parse(byte[] b, int[] starts, int[] ends, Object batch, int k) {
            if (ends[0] - starts[0] != 1 || b[starts[0]] != 'a') {
                return false;
            }
            ((String[]) batch)[k] = new String(b, starts[1], ends[1] - starts[1], StandardCharsets.UTF_8);
            return true;
        }

        @Override
        public boolean accept(byte[] b, Object batch, int k, long line) {
            String second = ((String[]) batch)[k];
            if (second.equals("refused")) {
                return false;   // a check across rows objects: the row goes to the sink
            }
            taken.add(line + ":" + second);
            return true;
        }
    }

    @Test
    void read_manyShortRows_everyRowOnceInOrderOnItsLine(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("x,y\n");
        List<String> expected = new ArrayList<>();
        long line = 2;
        for (int r = 0; r < 700_000; r++, line++) {
            switch (r % 97) {
                case 5 -> text.append("\n");                        // a blank line: counted, not a row
                case 7 -> text.append("b,").append(r).append("\r\n"); // not plain: general
                case 11 -> text.append("a,refused\n");               // refused by accept: general
                case 13 -> text.append("a,").append(r).append(",extra\n"); // too many fields: general
                default -> text.append("a,").append(r).append('\n');
            }
            switch (r % 97) {
                case 5 -> { }
                case 7 -> expected.add(line + ":general:[b, " + r + "]");
                case 11 -> expected.add(line + ":general:[a, refused]");
                case 13 -> expected.add(line + ":general:[a, " + r + ", extra]");
                default -> expected.add(line + ":" + r);
            }
        }
        text.append("a,last");   // no final line break
        expected.add(line + ":last");
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, text);
        for (int threads : new int[] {1, 2, 5}) {
            try (FileChannel channel = FileChannel.open(file)) {
                assertThat(PlainScan.scan(channel, threads, -1).isPresent()).isTrue();
                PlainCsv.Header header = PlainCsv.header(channel).orElseThrow();
                assertThat(header.fields()).containsExactly("x", "y");
                Lines kind = new Lines();
                List<String> all = new ArrayList<>();
                PlainCsv.read(channel, header.bodyStart(), header.bodyLine(), 2, false, kind, new PlainCsv.Sink() {
                    @Override
                    public void accepted() {
                        all.add(kind.taken.get(kind.taken.size() - 1));
                    }

                    @Override
                    public void general(List<String> fields, long at) {
                        all.add(at + ":general:" + fields);
                    }
                }, threads);
                assertThat(all).as("%d threads", threads).isEqualTo(expected);
            }
        }
    }

    /** A reading thread interrupted while it waits for a chunk: an I/O failure the reader books, not an unchecked exception. */
    @Test
    void take_interruptedWhileWaiting_isAnInterruptedIoException() {
        java.util.concurrent.FutureTask<String> never = new java.util.concurrent.FutureTask<>(() -> "never run");
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlainCsv.take(never))
                    .isInstanceOf(java.io.InterruptedIOException.class)
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void header_afterBomAndBlankLines_isOnItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("h.csv");
        Files.write(file, "\uFEFF\n\r\nid,unit\r\nI1,U\n".getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(PlainScan.scan(channel, 2, -1).isPresent()).isTrue();
            PlainCsv.Header header = PlainCsv.header(channel).orElseThrow();
            assertThat(header.fields()).containsExactly("id", "unit");
            assertThat(header.line()).isEqualTo(3);
            assertThat(header.bodyLine()).isEqualTo(4);
        }
    }
}
