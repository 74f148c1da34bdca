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
        DisputeCube cube = DisputeAggregation.aggregate(DisputeStore.of(DATA), PERIODS, 1);

        assertThat(CubeCodec.disputesFromBytes(CubeCodec.toBytes(cube))).isEqualTo(cube);
        DisputeCube rolled = cube.rollUp(DATA.tree());
        assertThat(CubeCodec.disputesFromBytes(CubeCodec.toBytes(rolled))).isEqualTo(rolled);
    }

    @Test
    void outreachCube_roundTrip_isEqual() {
        OutreachCube cube = OutreachAggregation.aggregate(OutreachStore.of(DATA), PERIODS, 1).rollUp(DATA.tree());

        assertThat(CubeCodec.outreachFromBytes(CubeCodec.toBytes(cube))).isEqualTo(cube);
    }

    @Test
    void disputeBytes_readAsOutreach_areRefused() {
        byte[] bytes = CubeCodec.toBytes(DisputeAggregation.aggregate(DisputeStore.of(DATA), PERIODS, 1));

        var e = assertThrows(IllegalArgumentException.class, () -> CubeCodec.outreachFromBytes(bytes));

        assertThat(e.getMessage()).contains("disputes").contains("outreach");
    }
}
