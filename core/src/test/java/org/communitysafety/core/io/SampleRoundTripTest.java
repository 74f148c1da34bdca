package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output survives CSV unchanged: the reader accepts every row and rebuilds equal records. */
final class SampleRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void generatedSample_writtenAndRead_isCleanAndEqual() throws IOException {
        Dataset generated = SampleGenerator.of(SampleSpec.standard().withVillages(80).withIncidents(8_000)
                .withDisputes(2_400).withOutreach(800)).dataset();

        DatasetWriter.write(generated, dir);
        ReadResult result = DatasetReader.read(dir);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().rowsRead()).isEqualTo(generated.tree().size()
                + generated.populations().figures().size() + 8_000 + 2_400 + 800);
        assertThat(result.orThrow()).isEqualTo(generated);
    }
}
