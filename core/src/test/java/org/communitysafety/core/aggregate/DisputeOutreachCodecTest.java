package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitysafety.core.Dataset;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;

/** Dispute and outreach cubes survive the binary form, rolled up or not, and a kind mix-up is refused. */
final class DisputeOutreachCodecTest {
    private static final Dataset DATA = SampleGenerator.of(SampleSpec.standard().withVillages(40).withIncidents(2_000)
            .withDisputes(3_000).withOutreach(1_000)).dataset();
    private static final PeriodIndex PERIODS = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023),
            Period.yearToDate(java.time.LocalDate.of(2024, 2, 29)));

    @Test
    void disputeCube_roundTrip_isEqual() {
        Cube<DisputeMeasure> cube = RecordAggregation.aggregate(RecordStore.disputesOf(DATA), PERIODS, 1);

        assertThat(CubeCodec.fromBytes(CubeCodec.toBytes(cube), RecordKind.DISPUTES)).isEqualTo(cube);
        Cube<DisputeMeasure> rolled = cube.rollUp(DATA.tree());
        assertThat(CubeCodec.fromBytes(CubeCodec.toBytes(rolled), RecordKind.DISPUTES)).isEqualTo(rolled);
    }

    @Test
    void outreachCube_roundTrip_isEqual() {
        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(RecordStore.outreachOf(DATA), PERIODS, 1).rollUp(DATA.tree());

        assertThat(CubeCodec.fromBytes(CubeCodec.toBytes(cube), RecordKind.OUTREACH)).isEqualTo(cube);
    }

    @Test
    void disputeBytes_readAsOutreach_areRefused() {
        byte[] bytes = CubeCodec.toBytes(RecordAggregation.aggregate(RecordStore.disputesOf(DATA), PERIODS, 1));

        var e = assertThrows(IllegalArgumentException.class, () -> CubeCodec.fromBytes(bytes, RecordKind.OUTREACH));

        assertThat(e.getMessage()).contains("disputes").contains("outreach");
    }
}
