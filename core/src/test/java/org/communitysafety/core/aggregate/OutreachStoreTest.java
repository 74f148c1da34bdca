package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OutreachStoreTest {
    private static final JurisdictionTree TREE = JurisdictionTree.of(
            Jurisdiction.root("C", "city", Level.CITY),
            Jurisdiction.of("V1", "village 1", Level.VILLAGE, "C"));
    private static final LocalDate DAY = LocalDate.of(2024, 3, 7);
    private static final long DAY_NUMBER = DAY.toEpochDay();

    @Test
    void value_handMadeSession_givesEachFigure() {
        RecordStore<OutreachMeasure> store = RecordStore.outreachBuilder(TREE)
                .add(1, OutreachType.ANTI_FRAUD.ordinal(), DAY_NUMBER, 2, 5, 300, 7, 4, 3, 1, 2, 4_000_000)
                .add(0, OutreachType.PATROL, DAY, 12)
                .build();

        assertThat(OutreachMeasure.values()).extracting(m -> value(store, m, 0))
                .containsExactly(1L, 2L, 5L, 300L, 7L, 4L, 3L, 1L, 2L, 4_000_000L);
        assertThat(OutreachMeasure.values()).extracting(m -> value(store, m, 1))
                .containsExactly(1L, 0L, 0L, 12L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(store.type(0)).isEqualTo(OutreachType.ANTI_FRAUD);
        assertThat(store.unit(1)).isZero();
        assertThat(store.day(1)).isEqualTo((int) DAY_NUMBER);
        assertThrows(IndexOutOfBoundsException.class, () -> value(store, OutreachMeasure.LEADS, 2));
    }

    @Test
    void of_dataset_keepsEveryFigureOfEverySessionInFileOrder() {
        Dataset data = SampleGenerator.of(SampleSpec.standard().withIncidents(0).withDisputes(0)).dataset();

        RecordStore<OutreachMeasure> store = RecordStore.outreachOf(data);

        assertThat(store.size()).isEqualTo(5_000);
        for (int row = 0; row < store.size(); row++) {
            OutreachSession s = data.outreach().get(row);
            assertThat(store.unit(row)).isEqualTo(data.tree().indexOf(s.unit()));
            assertThat(store.type(row)).isEqualTo(s.type());
            assertThat(LocalDate.ofEpochDay(store.day(row))).isEqualTo(s.heldOn());
            for (OutreachMeasure m : OutreachMeasure.values()) {
                assertThat(value(store, m, row)).as("%s of row %d", m, row)
                        .isEqualTo(KindCases.naive(m, s));
            }
        }
        assertThat(store.bytes()).isEqualTo(5_000L * 41 + 12L * store.amountCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unit index 2 is outside 0..1                      | 2 | 0 | 0          | 0  | 0",
        "outreach type index 9 is outside 0..8             | 0 | 9 | 0          | 0  | 0",
        "audience must be 0..2147483647 (a store holds each count as an int), got 2147483648"
                + "| 0 | 0 | 2147483648 | 0 | 0",
        "audience must be 0..2147483647 (a store holds each count as an int), got -1 | 0 | 0 | -1 | 0 | 0",
        "hazards_found must be 0..2147483647 (a store holds each count as an int), got 3000000000"
                + "| 0 | 0 | 0 | 3000000000 | 0",
        "hazards_fixed (1) must not exceed hazards_found (0) | 0 | 0 | 0          | 0  | 1",
    })
    void add_badValue_isRejectedSayingWhatAndWhy(String message, int unit, int type, long audience, long found,
            long fixed) {
        OutreachStoreBuilder b = RecordStore.outreachBuilder(TREE);

        var e = assertThrows(IllegalArgumentException.class,
                () -> b.add(unit, type, DAY_NUMBER, 0, 0, audience, 0, found, fixed, 0, 0, 0));

        assertEquals(message, e.getMessage());
        assertThat(b.size()).isZero();
    }

    @Test
    void add_eachCountAboveIntRange_isRejectedNamingTheField() {
        OutreachStoreBuilder b = RecordStore.outreachBuilder(TREE);
        long big = Integer.MAX_VALUE + 1L;

        assertThat(assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, big, 0, 0, 0, 0, 0, 0, 0, 0))).hasMessageStartingWith("staff must be");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, 0, big, 0, 0, 0, 0, 0, 0, 0))).hasMessageStartingWith("volunteers ");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, 0, 0, 0, big, 0, 0, 0, 0, 0))).hasMessageStartingWith("households ");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, 0, 0, 0, 0, 0, 0, big, 0, 0))).hasMessageStartingWith("leads ");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, 0, 0, 0, 0, 0, 0, 0, big, 0))).hasMessageStartingWith("frauds_stopped ");
        assertEquals("loss_avoided must not be negative, got -5 fen", assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, DAY_NUMBER, 0, 0, 0, 0, 0, 0, 0, 0, -5)).getMessage());
        assertEquals("day 9999999999 is out of range", assertThrows(IllegalArgumentException.class,
                () -> b.add(0, 0, 9_999_999_999L, 0, 0, 0, 0, 0, 0, 0, 0, 0)).getMessage());
        b.add(0, 0, DAY_NUMBER, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0, 0, 0, 0, 0, 0);
        assertThat(value(b.build(), OutreachMeasure.AUDIENCE, 0)).isEqualTo(Integer.MAX_VALUE);
    }

    /** What session {@code row} adds to {@code measure}: 1 for SESSIONS, the loss avoided, or its own figure. */
    static long value(RecordStore<OutreachMeasure> store, OutreachMeasure measure, int row) {
        return switch (measure) {
            case SESSIONS -> {
                java.util.Objects.checkIndex(row, store.size());
                yield 1;
            }
            case LOSS_AVOIDED_FEN -> store.amount(row);
            default -> store.value(measure.name().toLowerCase(java.util.Locale.ROOT), row);
        };
    }
}
