package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's output survives CSV unchanged: the reader accepts every row and rebuilds equal
 * records, and reading the same files into column stores gives the same report and figures.
 */
final class SampleRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void generatedSample_writtenAndRead_isCleanEqualAndTheSameAsColumnar() throws IOException {
        Dataset generated = SampleGenerator.of(SampleSpec.standard().withVillages(80).withIncidents(8_000)
                .withDisputes(2_400).withOutreach(800)).dataset();

        DatasetWriter.write(generated, dir);
        ReadResult result = DatasetReader.read(dir);
        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults());

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().rowsRead()).isEqualTo(generated.tree().size()
                + generated.populations().figures().size() + 8_000 + 2_400 + 800);
        assertThat(result.orThrow()).isEqualTo(generated);

        assertThat(columns.report()).isEqualTo(result.report());
        ColumnarDataset data = columns.orThrow();
        assertThat(data.incidents().size()).isEqualTo(8_000);
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2022), Period.ofYear(2023), Period.ofYear(2024),
                Period.parse("2024-02-01..2024-02-29"));
        assertThat(IncidentAggregation.aggregate(data.incidents(), periods, 1))
                .isEqualTo(IncidentAggregation.aggregate(IncidentStore.of(result.orThrow()), periods, 1));
    }
}
