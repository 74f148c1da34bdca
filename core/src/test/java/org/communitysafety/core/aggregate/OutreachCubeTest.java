package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.CITY;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.OUTREACH_TYPES;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.TOWN;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.V1;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.OutreachType;
import org.junit.jupiter.api.Test;

/** The outreach measures on hand-worked cases, and the cube's contract. */
final class OutreachCubeTest {
    private static final JurisdictionTree TREE = DisputeOutreachCases.CITY_OF_TWO_VILLAGES;
    private static final int ANTI_FRAUD = OutreachType.ANTI_FRAUD.ordinal();

    /** Anti-fraud talks in V1 on 2024-01-01, 2024-02-29 and 2024-12-31, a patrol in V2 and one in the town. */
    private static RecordStore<OutreachMeasure> store() {
        return RecordStore.outreachBuilder(TREE)
                .add(V1, ANTI_FRAUD, LocalDate.of(2024, 1, 1).toEpochDay(), 2, 5, 300, 0, 1, 1, 3, 2, 4_000_000)
                .add(V1, ANTI_FRAUD, LocalDate.of(2024, 2, 29).toEpochDay(), 1, 3, 120, 0, 0, 0, 0, 1, 0)
                .add(V1, ANTI_FRAUD, LocalDate.of(2024, 12, 31).toEpochDay(), 1, 0, 80, 0, 2, 1, 0, 0, 50_000)
                .add(V2, OutreachType.PATROL, LocalDate.of(2023, 12, 31), 0)
                .add(TOWN, OutreachType.PATROL.ordinal(), LocalDate.of(2024, 3, 1).toEpochDay(), 4, 20, 0, 0, 5, 5, 1,
                        0, 0)
                .build();
    }

    private static final PeriodIndex PERIODS = PeriodIndex.of(Period.ofYear(2024), Period.ofMonth(2024, 2),
            Period.yearToDate(LocalDate.of(2024, 2, 28)), Period.ofYear(2023), Period.ofYear(2030));

    @Test
    void get_sessionsOnPeriodEdgesAndTheLeapDay_sumTheirFiguresInEveryPeriodThatHoldsThem() {
        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(store(), PERIODS, 1);
        int year = 0;
        int february = 1;
        int toFeb28 = 2;

        assertThat(OutreachMeasure.values()).extracting(m -> cube.get(m, V1, year, OutreachType.ANTI_FRAUD))
                .containsExactly(3L, 4L, 8L, 500L, 0L, 3L, 2L, 3L, 3L, 4_050_000L);
        assertThat(OutreachMeasure.values()).extracting(m -> cube.get(m, V1, february, OutreachType.ANTI_FRAUD))
                .containsExactly(1L, 1L, 3L, 120L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(OutreachMeasure.values()).extracting(m -> cube.get(m, V1, toFeb28, OutreachType.ANTI_FRAUD))
                .containsExactly(1L, 2L, 5L, 300L, 0L, 1L, 1L, 3L, 2L, 4_000_000L);
        assertThat(cube.get(OutreachMeasure.SESSIONS, V2, 3, OutreachType.PATROL)).isEqualTo(1);
        assertThat(cube.get(OutreachMeasure.SESSIONS, V2, year, OutreachType.PATROL)).isZero();
        assertThat(cube.total(OutreachMeasure.SESSIONS, V1, 4)).isZero();
    }

    @Test
    void rollUp_cityOfTwoVillages_addsVillagesToTownAndTownToCity() {
        Cube<OutreachMeasure> raw = RecordAggregation.aggregate(store(), PERIODS, 1);

        Cube<OutreachMeasure> rolled = raw.rollUp(TREE);

        assertThat(rolled.total(OutreachMeasure.SESSIONS, CITY, 0)).isEqualTo(4);
        assertThat(rolled.total(OutreachMeasure.HAZARDS_FOUND, CITY, 0)).isEqualTo(8);
        assertThat(rolled.total(OutreachMeasure.HAZARDS_FIXED, TOWN, 0)).isEqualTo(7);
        assertThat(rolled.total(OutreachMeasure.SESSIONS, TOWN, 3)).isEqualTo(1);
        assertThat(raw.total(OutreachMeasure.SESSIONS, CITY, 0)).isZero();
        assertEquals("the outreach cube is already rolled up; rolling it up again would count every descendant twice",
                assertThrows(IllegalStateException.class, () -> rolled.rollUp(TREE)).getMessage());
    }

    @Test
    void sumAndTotal_overTypes_addTheSelectedColumns() {
        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(store(), PERIODS, 1).rollUp(TREE);
        boolean[] patrols = new boolean[OUTREACH_TYPES];
        patrols[OutreachType.PATROL.ordinal()] = true;

        assertThat(cube.sum(OutreachMeasure.STAFF, CITY, 0, patrols)).isEqualTo(4);
        assertThat(cube.total(OutreachMeasure.STAFF, CITY, 0)).isEqualTo(8);
        assertEquals("the mask has 10 types; the cube 9", assertThrows(IllegalArgumentException.class,
                () -> cube.sum(OutreachMeasure.STAFF, CITY, 0, new boolean[10])).getMessage());
    }

    @Test
    void snapshot_audienceSumBeyondIntRange_isExact() {
        OutreachStoreBuilder b = RecordStore.outreachBuilder(TREE);
        for (int i = 0; i < 3; i++) {
            b.add(V1, ANTI_FRAUD, LocalDate.of(2024, 5, 1).toEpochDay(), 0, 0, Integer.MAX_VALUE, 0, 0, 0, 0, 0, 0);
        }

        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(b.build(), PERIODS, 1);

        assertThat(cube.get(OutreachMeasure.AUDIENCE, V1, 0, ANTI_FRAUD)).isEqualTo(3L * Integer.MAX_VALUE);
    }

    @Test
    void plus_differentShapesOrStates_isRejectedSayingWhy() {
        Cube<OutreachMeasure> year = Cube.empty(RecordKind.OUTREACH, TREE.size(), PeriodIndex.of(Period.ofYear(2024)), OUTREACH_TYPES);
        Cube<OutreachMeasure> other = Cube.empty(RecordKind.OUTREACH, 3, PeriodIndex.of(Period.ofYear(2024)), OUTREACH_TYPES);

        assertEquals("cubes of different shapes cannot be added: (4 units, [2024], 9 types) and (3 units, [2024], 9 types)",
                assertThrows(IllegalArgumentException.class, () -> year.plus(other)).getMessage());
        assertEquals("a rolled-up cube and one that is not cannot be added",
                assertThrows(IllegalArgumentException.class, () -> year.rollUp(TREE).plus(year)).getMessage());
        assertEquals("an outreach cube has 9 types, not 10", assertThrows(IllegalArgumentException.class,
                () -> Cube.empty(RecordKind.OUTREACH, 4, PeriodIndex.of(Period.ofYear(2024)), 10)).getMessage());
        assertEquals("accumulators of different shapes cannot be merged: (4 units, [2024]) and (4 units, [2023])",
                assertThrows(IllegalArgumentException.class,
                        () -> RecordAccumulator.create(RecordKind.OUTREACH, 4, PeriodIndex.of(Period.ofYear(2024)))
                                .merge(RecordAccumulator.create(RecordKind.OUTREACH, 4,
                                        PeriodIndex.of(Period.ofYear(2023))))).getMessage());
    }

    @Test
    void get_outsideTheShape_namesTheIndicesAndTheShape() {
        Cube<OutreachMeasure> cube = Cube.empty(RecordKind.OUTREACH, TREE.size(), PERIODS, OUTREACH_TYPES);

        assertEquals("(unit 4, period 0, type 0) is outside (4, 5, 9)", assertThrows(IndexOutOfBoundsException.class,
                () -> cube.get(OutreachMeasure.SESSIONS, 4, 0, 0)).getMessage());
    }

    @Test
    void toString_isBoundedAndGivesTheTotals() {
        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(store(), PeriodIndex.of(Period.ofYear(2023)), 1);

        assertThat(cube).hasToString("Cube[outreach: 4 units × 1 periods × 9 types, totals {SESSIONS=1, STAFF=0, "
                + "VOLUNTEERS=0, AUDIENCE=0, HOUSEHOLDS=0, HAZARDS_FOUND=0, HAZARDS_FIXED=0, LEADS=0, "
                + "FRAUDS_STOPPED=0, LOSS_AVOIDED_FEN=0}]");
        assertThat(cube.rollUp(TREE)).hasToString("Cube[outreach: 4 units × 1 periods × 9 types, rolled up]");
    }

    @Test
    void equals_sameFigures_areEqualWithEqualHashCodes() {
        Cube<OutreachMeasure> a = RecordAggregation.aggregate(store(), PERIODS, 1);
        Cube<OutreachMeasure> b = RecordAccumulator.create(RecordKind.OUTREACH, TREE.size(), PERIODS).add(store())
                .snapshot();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(a.rollUp(TREE))
                .isNotEqualTo(Cube.empty(RecordKind.OUTREACH, TREE.size(), PERIODS, OUTREACH_TYPES));
    }

    @Test
    void parts_haveKindOutreachAndEmptyDistributionsInTheShapeOfACubeWithDetail() {
        Cube<OutreachMeasure> cube = RecordAggregation.aggregate(store(), PERIODS, 1);

        CubeParts p = cube.parts();

        assertThat(p.kind()).isEqualTo("outreach");
        assertThat(p.width()).isEqualTo(9);
        assertThat(p.detail()).isTrue();
        assertThat(p.distOffsets()).hasSize(4 * 5 + 1).containsOnly(0);
        assertThat(p.distDays()).isEmpty();
        assertThat(p.distCounts()).isEmpty();
        assertThat(Cube.fromParts(RecordKind.OUTREACH, p)).isEqualTo(cube);
        assertThat(Cube.fromParts(RecordKind.OUTREACH, cube.rollUp(TREE).parts())).isEqualTo(cube.rollUp(TREE));
    }

}
