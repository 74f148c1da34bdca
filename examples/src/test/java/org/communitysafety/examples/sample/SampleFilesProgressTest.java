package org.communitysafety.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record file being written tells its rows so far (what {@code csi generate} shows within a file). */
final class SampleFilesProgressTest {
    @TempDir
    Path tmp;

    @Test
    void recordFiles_tellTheirRowsEveryNRows_inOrder_andTheFilesAreTheSame() throws IOException {
        List<String> told = new ArrayList<>();
        SampleSpec spec = SampleSpec.standard();
        List<SampleFiles.Written> written = SampleFiles.write(SampleGenerator.of(spec), tmp.resolve("a"), w -> {},
                (file, rows) -> told.add(file + " " + rows), 10_000);
        // the standard sample: 50,000 incidents, 15,000 disputes, 5,000 outreach sessions
        assertThat(told).containsExactly("incidents.csv 10000", "incidents.csv 20000", "incidents.csv 30000",
                "incidents.csv 40000", "incidents.csv 50000", "disputes.csv 10000");
        List<SampleFiles.Written> plain = SampleFiles.write(SampleGenerator.of(spec), tmp.resolve("b"), w -> {});
        assertThat(written).extracting(SampleFiles.Written::file, SampleFiles.Written::records,
                SampleFiles.Written::bytes).isEqualTo(plain.stream()
                        .map(w -> org.assertj.core.groups.Tuple.tuple(w.file(), w.records(), w.bytes())).toList());
    }
}
