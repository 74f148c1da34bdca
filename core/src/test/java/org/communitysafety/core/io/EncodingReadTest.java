package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files in another encoding than the one asked for: a GBK file read as UTF-8 is one problem and
 * is not read further, and {@code auto} detects each file's encoding and says which it chose.
 */
final class EncodingReadTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "id,unit,category,occurred_on\n";
    /** Five incidents, each with Chinese in its id, so that each line holds GBK bytes. */
    private static final String INCIDENTS = HEADER
            + "案1,330101001,theft,2024-03-07\n"
            + "案2,330101001,fraud,2024-03-08\n"
            + "案3,330101002,theft,2024-03-09\n"
            + "案4,330101002,theft,2024-03-10\n"
            + "案5,330101001,theft,2024-03-11\n";

    @TempDir
    Path dir;

    private Path write(String file, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(file), text.getBytes(charset));
    }

    private void writeBom(String file, String text, Charset charset) throws IOException {
        write(file, "\uFEFF" + text, charset);
    }

    @Test
    void read_gbkFileWithoutEncoding_oneProblemNamingLineAndByteAndTheFileIsNotRead() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS, StandardCharsets.UTF_8);
        write("incidents.csv", INCIDENTS, GBK);

        ReadResult result = DatasetReader.read(dir);

        // 案 is B0 B8 in GBK; it starts line 2, right after the 29-byte header (and line 3 after a 30-byte line)
        assertThat(messages(result)).containsExactly("incidents.csv line 2: not valid UTF-8 at byte 29 (bytes B0 B8);"
                + " the file looks like GBK/GB18030: read it with encoding gbk; the file was not read from this line on");
        FileSummary incidents = result.report().file("incidents.csv");
        assertThat(incidents.toString()).isEqualTo("incidents.csv: 0 rows read, 0 accepted, 0 rejected");
        assertThat(result.dataset()).isEmpty();
        assertBooksBalance(result);
    }

    @Test
    void read_gbkFileWithoutEncodingLenient_theRowsBeforeTheBadLineCountAndNothingAfter() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS, StandardCharsets.UTF_8);
        write("incidents.csv", HEADER + "I0,330101001,theft,2024-03-06\n" + INCIDENTS.substring(HEADER.length()), GBK);

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());

        assertThat(messages(result)).containsExactly("incidents.csv line 3: not valid UTF-8 at byte 59 (bytes B0 B8);"
                + " the file looks like GBK/GB18030: read it with encoding gbk; the file was not read from this line on");
        assertThat(result.report().file("incidents.csv").toString())
                .isEqualTo("incidents.csv: 1 rows read, 1 accepted, 0 rejected");
        assertThat(result.dataset().orElseThrow().incidents()).extracting(r -> r.id()).containsExactly("I0");
        assertBooksBalance(result);
    }

    @Test
    void read_gbkFileWithAuto_sameDataAsTheUtf8FileAndSaysGb18030() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS, StandardCharsets.UTF_8);
        write("incidents.csv", INCIDENTS, StandardCharsets.UTF_8);
        ReadResult utf8 = DatasetReader.read(dir);
        write("jurisdictions.csv", JURISDICTIONS, GBK);
        write("incidents.csv", INCIDENTS, GBK);

        ReadResult auto = DatasetReader.read(dir, ReadOptions.defaults().withEncoding("auto"));

        assertThat(messages(auto)).containsExactly(
                "jurisdictions.csv: read as GB18030 (detected)",
                "incidents.csv: read as GB18030 (detected)");
        assertThat(auto.report().isClean()).isTrue();
        assertThat(auto.report().warnings()).isEmpty();
        assertThat(auto.report().infos()).hasSize(2);
        assertThat(auto.report().file("incidents.csv").toString())
                .isEqualTo("incidents.csv: 5 rows read, 5 accepted, 0 rejected");
        assertThat(auto.orThrow().incidents()).isEqualTo(utf8.orThrow().incidents()).hasSize(5);
        assertThat(auto.orThrow().tree().unit("330101002").name()).isEqualTo("灵隐村");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE, UTF-16LE", "UTF-16BE, UTF-16BE", "UTF-8, UTF-8"})
    void read_fileWithByteOrderMarkWithAuto_readsItAndSaysSo(String charset, String said) throws IOException {
        write("jurisdictions.csv", JURISDICTIONS, StandardCharsets.UTF_8);
        writeBom("incidents.csv", INCIDENTS, Charset.forName(charset));

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().withEncoding("auto"));

        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv: read as UTF-8 (detected)",
                "incidents.csv: read as " + said + " (byte-order mark)");
        assertThat(result.orThrow().incidents()).extracting(r -> r.id())
                .containsExactly("案1", "案2", "案3", "案4", "案5");
    }

    @Test
    void read_gbkWithExplicitEncoding_noNoteAsBefore() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS, GBK);
        write("incidents.csv", INCIDENTS, GBK);

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().withEncoding("gbk"));

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().incidents()).hasSize(5);
    }

    @Test
    void withEncoding_auto_detectsAndKeepsItWhenLenient() {
        ReadOptions auto = ReadOptions.defaults().withEncoding(" AUTO ");
        assertThat(auto.detectEncoding()).isTrue();
        assertThat(auto.encodingName()).isEqualTo("auto");
        assertThat(auto.asLenient().detectEncoding()).isTrue();
        assertThat(auto.asLenient().lenient()).isTrue();
        assertThat(auto.withEncoding("gbk").detectEncoding()).isFalse();
        assertThat(auto.withEncoding("gbk").encodingName()).isEqualTo("GB18030");
        assertThat(new ReadOptions(StandardCharsets.UTF_8, true)).isEqualTo(new ReadOptions(StandardCharsets.UTF_8, true, false));
    }
}
