package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.DISPUTE_TYPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DisputeStoreTest {
    private static final JurisdictionTree TREE = JurisdictionTree.of(
            Jurisdiction.root("C", "city", Level.CITY),
            Jurisdiction.of("V1", "village 1", Level.VILLAGE, "C"),
            Jurisdiction.of("V2", "village 2", Level.VILLAGE, "C"));
    private static final LocalDate DAY = LocalDate.of(2024, 3, 7);

    @Test
    void of_dataset_keepsEveryFieldOfEveryDisputeInFileOrder() {
        Dataset data = SampleGenerator.of(SampleSpec.standard().withIncidents(0).withOutreach(0).withDisputes(3_000))
                .dataset();

        RecordStore<DisputeMeasure> store = RecordStore.disputesOf(data);

        assertThat(store.size()).isEqualTo(3_000);
        assertThat(store.unitCount()).isEqualTo(data.tree().size());
        for (int row = 0; row < store.size(); row++) {
            Dispute d = data.disputes().get(row);
            assertThat(store.unit(row)).isEqualTo(data.tree().indexOf(d.unit()));
            assertThat(store.type(row)).isEqualTo(d.type());
            assertThat(DisputeStatus.values()[store.value("status", row)]).isEqualTo(d.status());
            assertThat(LocalDate.ofEpochDay(store.day(row))).isEqualTo(d.receivedOn());
            assertThat(store.value("close_delay", row) == DisputeStoreBuilder.OPEN ? null
                    : d.receivedOn().plusDays(store.value("close_delay", row))).isEqualTo(d.closedOn().orElse(null));
            assertThat(store.amount(row)).isEqualTo(d.amount().fen());
        }
        assertThat(store.amountCount()).isEqualTo((int) data.disputes().stream().filter(d -> !d.amount().isZero())
                .count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unit index 3 is outside 0..2                              | 3 | 0  | 19000 | 1 | 2     | 0",
        "unit index -1 is outside 0..2                             | -1| 0  | 19000 | 1 | 2     | 0",
        "dispute type index 10 is outside 0..9                     | 0 | 10 | 19000 | 1 | 2     | 0",
        "received day 3000000000 is out of range                   | 0 | 0  | 3000000000 | 1 | 2 | 0",
        "dispute status index 4 is outside 0..3                    | 0 | 0  | 19000 | 4 | 2     | 0",
        "days to close must be -1 (open) or 0..65534, got -2       | 0 | 0  | 19000 | 1 | -2    | 0",
        "days to close must be -1 (open) or 0..65534, got 65535    | 0 | 0  | 19000 | 1 | 65535 | 0",
        "an open dispute must not have days to close, got 5        | 0 | 0  | 19000 | 0 | 5     | 0",
        "a dispute with status resolved must have days to close    | 0 | 0  | 19000 | 1 | -1    | 0",
        "a dispute with status referred must have days to close    | 0 | 0  | 19000 | 3 | -1    | 0",
        "an amount must not be negative, got -1 fen                | 0 | 0  | 19000 | 1 | 2     | -1",
    })
    void add_badValue_isRejectedSayingWhatAndWhy(String message, int unit, int type, long day, int status,
            long delay, long amount) {
        DisputeStoreBuilder b = RecordStore.disputeBuilder(TREE);

        var e = assertThrows(IllegalArgumentException.class, () -> b.add(unit, type, day, status, delay, amount));

        assertEquals(message, e.getMessage());
        assertThat(b.size()).isZero();
    }

    @Test
    void add_disputeOfUnknownUnit_isRejectedByTheTree() {
        Dispute d = Dispute.open("D1", "V9", DisputeType.FAMILY, DAY);

        assertThrows(IllegalArgumentException.class, () -> RecordStore.disputeBuilder(TREE).add(d));
    }

    @Test
    void build_thenAddMore_leavesTheFirstStoreAsItWas() {
        DisputeStoreBuilder b = RecordStore.disputeBuilder(TREE);
        for (int i = 0; i < 3_000; i++) {
            b.add(i % 3, i % DISPUTE_TYPES, DAY.toEpochDay() + i, 1, i % 50, i % 7 == 0 ? i : 0);
        }
        RecordStore<DisputeMeasure> first = b.build();
        b.add(Dispute.open("D9", "V1", DisputeType.SCHOOL, DAY));

        assertThat(first.size()).isEqualTo(3_000);
        assertThat(b.build().size()).isEqualTo(3_001);
        assertThat(first.amount(2_995)).isEqualTo(0);
        assertThat(first.amount(2_989)).isEqualTo(2_989);
        assertThat(first.value("close_delay", 2_999)).isEqualTo(2_999 % 50);
        assertThat(List.of(first.type(11), DisputeStatus.values()[first.value("status", 11)])).containsExactly(DisputeType.FAMILY,
                DisputeStatus.RESOLVED);
    }
}
