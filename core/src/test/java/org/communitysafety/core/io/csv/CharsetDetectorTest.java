package org.communitysafety.core.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detection rule of {@link CharsetDetector}, case by case, with what it says. */
final class CharsetDetectorTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE = "代码,名称,层级\n33,测试市,市\n3301,西湖区,区\n";

    private static String detect(byte[] bytes) {
        return CharsetDetector.detect(bytes, bytes.length, true).toString();
    }

    @Test
    void detect_ascii_isUtf8() {
        assertThat(detect("code,name\n33,C\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("read as UTF-8 (detected)");
    }

    @Test
    void detect_chineseInUtf8_isUtf8NotGb18030() {
        assertThat(detect(CHINESE.getBytes(StandardCharsets.UTF_8))).isEqualTo("read as UTF-8 (detected)");
    }

    @Test
    void detect_chineseInGbk_isGb18030() {
        CharsetDetector.Detection d = CharsetDetector.detect(CHINESE.getBytes(GBK), CHINESE.getBytes(GBK).length, true);
        assertThat(d.toString()).isEqualTo("read as GB18030 (detected)");
        assertThat(d.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void detect_byteOrderMarks_sayWhichAndDecodeWithoutTheMark() {
        assertThat(detect(("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8))).isEqualTo("read as UTF-8 (byte-order mark)");
        byte[] le = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16BE);
        assertThat(detect(le)).isEqualTo("read as UTF-16LE (byte-order mark)");
        assertThat(detect(be)).isEqualTo("read as UTF-16BE (byte-order mark)");
        assertThat(new String(le, CharsetDetector.detect(le, le.length, true).charset())).isEqualTo(CHINESE);
        assertThat(new String(be, CharsetDetector.detect(be, be.length, true).charset())).isEqualTo(CHINESE);
    }

    @Test
    void detect_neitherUtf8NorGb18030_fallsBackToUtf8AndSaysSo() {
        byte[] bytes = {'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'};
        assertThat(detect(bytes)).isEqualTo("read as UTF-8 (neither valid UTF-8 nor GB18030 in the first 64 KiB)");
    }

    @Test
    void detect_sequenceCutOffByThePrefix_doesNotCountAgainstUtf8ButDoesAtTheEndOfTheFile() {
        byte[] utf8 = "测试".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(CharsetDetector.detect(cut, cut.length, false).toString()).isEqualTo("read as UTF-8 (detected)");
        assertThat(CharsetDetector.detect(cut, cut.length, true).toString()).isNotEqualTo("read as UTF-8 (detected)");
    }

    @Test
    void detect_file_readsOnlyThePrefix(@TempDir Path dir) throws IOException {
        // valid UTF-8 for the first 64 KiB, GBK after it: the prefix decides
        byte[] head = "a".repeat(CharsetDetector.PREFIX).getBytes(StandardCharsets.US_ASCII);
        byte[] tail = CHINESE.getBytes(GBK);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Path file = Files.write(dir.resolve("big.csv"), all);
        assertThat(CharsetDetector.detect(file).toString()).isEqualTo("read as UTF-8 (detected)");
        Path gbk = Files.write(dir.resolve("gbk.csv"), tail);
        assertThat(CharsetDetector.detect(gbk).toString()).isEqualTo("read as GB18030 (detected)");
    }
}
