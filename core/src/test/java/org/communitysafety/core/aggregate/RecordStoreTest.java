package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;

/**
 * What the store is for every kind: its bytes (4 + 1 + 4 for unit, type and day, a byte a
 * code, 4 bytes a figure, 12 an amount: 14 a dispute, 41 an outreach session), its summary and
 * its columns by name. Each kind's row rules are tested with its builder ({@link
 * DisputeStoreTest}, {@link OutreachStoreTest}).
 */
final class RecordStoreTest {
    private static final JurisdictionTree TREE = DisputeOutreachCases.CITY_OF_TWO_VILLAGES;
    private static final LocalDate DAY = LocalDate.of(2024, 3, 7);

    @Test
    void bytesPerRecord_handMadeStores_isFourteenADisputeFortyOneASessionAndTwelveAnAmount() {
        RecordStore<DisputeMeasure> disputes = RecordStore.disputeBuilder(TREE)
                .add(0, DisputeType.FAMILY, DAY, DisputeStatus.OPEN, null, 0)
                .add(1, DisputeType.LABOUR, DAY, DisputeStatus.RESOLVED, DAY.plusDays(3), 800_000)
                .add(2, DisputeType.LAND, DAY, DisputeStatus.FAILED, DAY, 0)
                .add(0, DisputeType.OTHER, DAY, DisputeStatus.REFERRED, DAY.plusDays(400), 0)
                .build();
        RecordStore<OutreachMeasure> sessions = RecordStore.outreachBuilder(TREE)
                .add(0, OutreachType.PATROL, DAY, 0)
                .add(1, OutreachType.ANTI_FRAUD.ordinal(), DAY.toEpochDay(), 2, 5, 300, 0, 0, 0, 1, 2, 4_000_000)
                .add(new OutreachSession("O3", "V1", OutreachType.VISIT, DAY, 1, 1, 40, 40, 3, 2, 0, 0, Money.ZERO))
                .build();

        assertThat(disputes.bytes()).isEqualTo(4 * 14 + 12);
        assertThat(disputes.bytesPerRecord()).isEqualTo(17.0);
        assertThat(disputes).hasToString("RecordStore[disputes: 4 records, 1 with amount, 17.0 bytes each]");
        assertThat(sessions.bytes()).isEqualTo(3 * 41 + 12);
        assertThat(sessions.bytesPerRecord()).isEqualTo(45.0);
        assertThat(sessions).hasToString("RecordStore[outreach: 3 records, 1 with loss_avoided, 45.0 bytes each]");
        assertThat(RecordStore.disputeBuilder(TREE).build().bytesPerRecord()).isZero();
        assertThat(RecordStore.outreachBuilder(TREE).build().bytesPerRecord()).isZero();
    }

    @Test
    void bytesPerRecord_standardSample_isTheRecordBytesPlusTwelveTimesTheShareWithAnAmount() {
        Dataset data = SampleGenerator.of(SampleSpec.standard()).dataset();
        RecordStore<DisputeMeasure> disputes = RecordStore.disputesOf(data);
        RecordStore<OutreachMeasure> sessions = RecordStore.outreachOf(data);

        assertThat(disputes.size()).isEqualTo(15_000);
        assertThat(disputes.amountCount()).isEqualTo(5_508);
        assertThat(disputes.bytes()).isEqualTo(15_000 * 14 + 5_508 * 12);
        assertThat(disputes).hasToString("RecordStore[disputes: 15000 records, 5508 with amount, 18.4 bytes each]");
        assertThat(sessions.size()).isEqualTo(5_000);
        assertThat(sessions.amountCount()).isEqualTo(196);
        assertThat(sessions.bytes()).isEqualTo(5_000L * 41 + 12L * 196);
        assertThat(sessions).hasToString("RecordStore[outreach: 5000 records, 196 with loss_avoided, 41.5 bytes each]");
    }

    @Test
    void value_unknownColumn_namesTheColumnsAndTheNearest() {
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE)
                .add(0, DisputeType.FAMILY, DAY, DisputeStatus.RESOLVED, DAY.plusDays(2), 0).build();

        assertThat(store.value("status", 0)).isEqualTo(DisputeStatus.RESOLVED.ordinal());
        assertThat(store.value("close_delay", 0)).isEqualTo(2);
        assertThat(store.kind()).isSameAs(RecordKind.DISPUTES);
        assertThat(store.typeCount()).isEqualTo(10);
        assertEquals("a store of disputes has no column close_day; it has [status, close_delay]; did you mean "
                + "close_delay?", assertThrows(IllegalArgumentException.class, () -> store.value("close_day", 0))
                .getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> store.value("status", 1));
    }
}
