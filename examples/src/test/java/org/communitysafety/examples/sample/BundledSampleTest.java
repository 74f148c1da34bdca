package org.communitysafety.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled standard sample: the generator's output, byte for byte. */
final class BundledSampleTest {
    private static final String REGENERATE = "regenerate the bundled sample with: mvn -pl examples package"
            + " -DskipTests && java -jar examples/target/csi.jar generate --out"
            + " examples/src/main/resources/org/communitysafety/examples/sample";

    @TempDir
    Path tmp;

    @Test
    void bundle_freshlyGeneratedStandardSample_byteIdentical() throws IOException {
        SampleFiles.write(SampleSpec.standard(), tmp);
        for (String name : SampleFiles.NAMES) {
            byte[] fresh = Files.readAllBytes(tmp.resolve(name));
            byte[] bundled;
            try (InputStream in = BundledSample.open(name)) {
                bundled = in.readAllBytes();
            }
            assertThat(Arrays.mismatch(bundled, fresh))
                    .as("bundled %s differs from the generator's output at byte %d (bundled %,d bytes, generated"
                            + " %,d); %s", name, Arrays.mismatch(bundled, fresh), bundled.length, fresh.length,
                            REGENERATE)
                    .isEqualTo(-1);
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("the generator writes files the bundle lacks; " + REGENERATE)
                    .containsExactlyElementsOf(SampleFiles.NAMES.stream().sorted().toList());
        }
    }

    @Test
    void load_standardSample_standardCounts() {
        Dataset data = BundledSample.load();
        SampleSpec spec = BundledSample.spec();
        assertThat(data.incidents()).hasSize((int) spec.incidents());
        assertThat(data.disputes()).hasSize((int) spec.disputes());
        assertThat(data.outreach()).hasSize((int) spec.outreach());
        assertThat(data.tree().countByLevel()).containsEntry(org.communitysafety.core.jurisdiction.Level.VILLAGE,
                spec.villages());
        assertThat(data.firstDate()).contains(spec.firstDay());
        assertThat(data.lastDate()).contains(spec.lastDay());
    }

    @Test
    void extract_thenDelete_leavesNothingBehind() throws IOException {
        Path dir = BundledSample.extract();
        for (String name : SampleFiles.NAMES) {
            assertThat(dir.resolve(name)).isRegularFile();
        }
        BundledSample.delete(dir);
        assertThat(dir).doesNotExist();
    }

    @Test
    void delete_directoryWithOtherFiles_keepsThemAndTheDirectory() throws IOException {
        BundledSample.extractTo(tmp);
        Files.writeString(tmp.resolve("mine.txt"), "mine");
        BundledSample.delete(tmp);
        assertThat(tmp.resolve("incidents.csv")).doesNotExist();
        assertThat(tmp.resolve("mine.txt")).exists();
    }
}
