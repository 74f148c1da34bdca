package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;

/** Large samples stream in constant memory: nothing here holds more than one record at a time. */
final class SampleStreamingTest {
    private static final SampleSpec TWO_MILLION = SampleSpec.standard().withIncidents(2_000_000);

    @Test
    void incidents_twoMillion_countWithoutMaterialising() {
        assertThat(SampleGenerator.of(TWO_MILLION).incidents().count()).isEqualTo(2_000_000);
    }

    @Test
    void incidents_twoMillion_traverseInConstantMemory() {
        // filter() forces every record to be made; the stream keeps none of them
        long criminal = SampleGenerator.of(TWO_MILLION).incidents().filter(Incident::criminal).count();
        assertThat(criminal).isBetween(500_000L, 900_000L);
    }

    @Test
    void incidents_lastOfTwoMillion_hasTheLastId() {
        Incident last = SampleGenerator.of(TWO_MILLION).incidents().skip(1_999_999).findFirst().orElseThrow();
        assertThat(last.id()).isEqualTo("I02000000");
    }
}
