package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Level;
import org.junit.jupiter.api.Test;

/**
 * {@link SampleGenerator#largeTree}: trees beyond a spec's {@link SampleSpec#MAX_VILLAGES}, for
 * the scale tests, with every code within its digits and unique; up to the maximum, the city of
 * the spec itself.
 */
final class LargeTreeTest {
    private static final SampleSpec FEW_RECORDS = SampleSpec.standard().withIncidents(1_000).withDisputes(300)
            .withOutreach(100);

    @Test
    void largeTree_400kVillages_aDistrictPer25kAndCodesWithinTheirDigits() {
        SampleGenerator g = SampleGenerator.largeTree(FEW_RECORDS, 400_000);

        assertThat(g.villages()).isEqualTo(400_000);
        assertThat(g.tree().leaves()).hasSize(400_000);
        assertThat(g.tree().countByLevel().get(Level.DISTRICT)).isEqualTo(16);
        assertThat(g.jurisdictions()).allSatisfy(u -> assertThat(u.code()).matches("3301\\d\\d(\\d{3}){0,2}"));
        Map<String, Long> byCode = g.jurisdictions().stream()
                .collect(Collectors.groupingBy(Jurisdiction::code, Collectors.counting()));
        assertThat(byCode).hasSize(g.jurisdictions().size());
        assertThat(g.incidents().count()).isEqualTo(1_000);
        assertThat(g.incidents()).allSatisfy(i -> assertThat(g.tree().contains(i.unit())).isTrue());
    }

    @Test
    void largeTree_upToTheSpecMaximum_isTheSpecsCity() {
        SampleGenerator large = SampleGenerator.largeTree(FEW_RECORDS, 700);
        SampleGenerator plain = SampleGenerator.of(FEW_RECORDS.withVillages(700));

        assertThat(large.jurisdictions()).isEqualTo(plain.jurisdictions());
        assertThat(large.populations()).isEqualTo(plain.populations());
        assertThat(large.incidents().toList()).isEqualTo(plain.incidents().toList());
    }

    @Test
    void largeTree_outsideItsRange_isRejected() {
        assertThatThrownBy(() -> SampleGenerator.largeTree(FEW_RECORDS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("villages must be 1..2000000, got 0");
        assertThatThrownBy(() -> SampleGenerator.largeTree(FEW_RECORDS, 2_000_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("villages must be 1..2000000, got 2000001");
    }
}
