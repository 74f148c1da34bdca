package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReadProgress}: what a read tells as it goes, on the fast path of a plain file (a status
 * a 2 MB chunk) and on the general path (a status every 65,536 rows), from the start (0 rows, 0
 * bytes) to the end (every row, the file's size), rows and bytes never going back.
 */
final class ReadProgressTest {
    private static final int ROWS = 150_000;

    @TempDir
    Path dir;

    @Test
    void plainFile_isToldChunkByChunk_fromTheStartToItsSize() throws IOException {
        Path file = write(false);
        List<ReadProgress.Status> told = read().get("incidents.csv");
        assertThat(told.get(0)).isEqualTo(new ReadProgress.Status("incidents.csv", 0, 0, Files.size(file), false));
        ReadProgress.Status last = told.get(told.size() - 1);
        assertThat(last).isEqualTo(new ReadProgress.Status("incidents.csv", ROWS, Files.size(file), Files.size(file),
                true));
        assertThat(last.fraction()).hasValue(1.0);
        // a 2 MB chunk at a time: the file is about 8 MB
        assertThat(told.subList(1, told.size() - 1)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s.bytesRead()).isPositive().isLessThanOrEqualTo(Files.size(file)));
        assertMonotone(told);
    }

    @Test
    void generalPath_isToldEvery65536Rows_withTheBytesTheParserHasRead() throws IOException {
        Path file = write(true);   // a line break inside quotes: the whole file takes the general path
        List<ReadProgress.Status> told = read().get("incidents.csv");
        assertThat(told).extracting(ReadProgress.Status::rows).containsExactly(0L, 65_536L, 131_072L, (long) ROWS);
        ReadProgress.Status middle = told.get(1);
        assertThat(middle.bytesRead()).isBetween(1L, Files.size(file));
        assertThat(middle.fraction().getAsDouble()).isCloseTo(65_536.0 / ROWS, within(0.1));
        assertThat(told.get(3).done()).isTrue();
        assertMonotone(told);
    }

    @Test
    void everyFileRead_isToldDone_andTheStatusSaysWhatItKnows() throws IOException {
        write(false);
        Map<String, List<ReadProgress.Status>> told = read();
        assertThat(told).containsKeys("jurisdictions.csv", "incidents.csv");
        told.values().forEach(list -> assertThat(list.get(list.size() - 1).done()).isTrue());
        assertThat(new ReadProgress.Status("x.xlsx [警情]", 10, -1, 5_000, false).fraction()).isEmpty();
        assertThat(new ReadProgress.Status("x.csv", 10, 2_500, 5_000, false).fraction()).hasValue(0.5);
    }

    private static void assertMonotone(List<ReadProgress.Status> told) {
        for (int i = 1; i < told.size(); i++) {
            assertThat(told.get(i).rows()).isGreaterThanOrEqualTo(told.get(i - 1).rows());
            assertThat(told.get(i).bytesRead()).isGreaterThanOrEqualTo(told.get(i - 1).bytesRead());
        }
    }

    private Map<String, List<ReadProgress.Status>> read() {
        Map<String, List<ReadProgress.Status>> told = new TreeMap<>();
        ColumnarReadResult r = DatasetReader.readColumnar(dir, ReadOptions.defaults(), s -> {
            synchronized (told) {
                told.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
            }
        });
        assertThat(r.report().rowsRejected()).isZero();
        assertThat(r.data()).isPresent();
        return told;
    }

    /** {@link #ROWS} incidents, the first with a line break inside quotes if {@code quotedBreak}. */
    private Path write(boolean quotedBreak) throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), ReadTestSupport.JURISDICTIONS, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("id,unit,category,occurred_on,cleared_on,criminal,address\n");
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int n = 0; n < ROWS; n++) {
            String address = n == 0 && quotedBreak ? "\"西湖路\n1号\"" : "西湖路" + n + "号";
            b.append("I").append(n).append(n % 2 == 0 ? ",330101001,theft," : ",330101002,fraud,")
                    .append(first.plusDays(n % 700)).append(',')
                    .append(n % 3 == 0 ? first.plusDays(n % 700 + 5).toString() : "").append(',')
                    .append(n % 5 == 0).append(',').append(address).append('\n');
        }
        Path file = dir.resolve("incidents.csv");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }
}
