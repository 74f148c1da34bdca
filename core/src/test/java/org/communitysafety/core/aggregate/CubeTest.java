package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Function;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.OutreachType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@link Cube} offers every kind: the look-up by unit code and period, by type, the kind's
 * description ({@link RecordKind}), and the checks of parts a codec has read.
 */
final class CubeTest {
    private static final JurisdictionTree TREE = DisputeOutreachCases.CITY_OF_TWO_VILLAGES;
    private static final Period YEAR = Period.ofYear(2024);
    private static final PeriodIndex PERIODS = PeriodIndex.of(YEAR, Period.ofMonth(2024, 3));

    private static Cube<DisputeMeasure> disputes() {
        return RecordAggregation.aggregate(RecordStore.disputeBuilder(TREE)
                .add(TREE.indexOf("V1"), DisputeType.LAND, LocalDate.of(2024, 3, 2), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 3, 9), 0)
                .add(TREE.indexOf("V2"), DisputeType.FAMILY, LocalDate.of(2024, 5, 2), DisputeStatus.OPEN, null, 0)
                .build(), PERIODS, 1).rollUp(TREE);
    }

    @Test
    void lookUpByCodeAndPeriod_equalsLookUpByIndex() {
        Cube<DisputeMeasure> cube = disputes();
        int town = TREE.indexOf("T");

        assertThat(cube.total(DisputeMeasure.RECEIVED, TREE, "T", YEAR)).isEqualTo(2)
                .isEqualTo(cube.total(DisputeMeasure.RECEIVED, town, 0));
        assertThat(cube.total(DisputeMeasure.RECEIVED, TREE, "C", Period.ofMonth(2024, 3))).isEqualTo(1);
        assertThat(cube.get(DisputeMeasure.RECEIVED, TREE, "V1", YEAR, DisputeType.LAND.ordinal())).isEqualTo(1);
        boolean[] family = new boolean[10];
        family[DisputeType.FAMILY.ordinal()] = true;
        assertThat(cube.sum(DisputeMeasure.CLOSING_BACKLOG, TREE, "C", YEAR, family)).isEqualTo(1);
        assertThat(cube.distribution(TREE, "C", YEAR)).isEqualTo(DayDistribution.ofValues(7))
                .isEqualTo(cube.distribution(0, 0));
        assertThat(cube.count(town, 0, DisputeType.LAND.ordinal())).isEqualTo(1);
    }

    @Test
    void lookUpByCodeAndPeriod_unknownUnitOrPeriodOrAnotherTree_isRejectedSayingWhich() {
        Cube<DisputeMeasure> cube = disputes();

        assertEquals("unknown unit V3; did you mean V1?", assertThrows(IllegalArgumentException.class,
                () -> cube.total(DisputeMeasure.RECEIVED, TREE, "V3", YEAR)).getMessage());
        assertEquals("period 2023 is not among [2024, 2024-03]", assertThrows(IllegalArgumentException.class,
                () -> cube.total(DisputeMeasure.RECEIVED, TREE, "C", Period.ofYear(2023))).getMessage());
        JurisdictionTree other = JurisdictionTree.of(Jurisdiction.root("C", "city", Level.CITY));
        assertEquals("the tree has 1 units; the cube 4", assertThrows(IllegalArgumentException.class,
                () -> cube.total(DisputeMeasure.RECEIVED, other, "C", YEAR)).getMessage());
    }

    @Test
    void getByType_typeOfTheKind_isItsColumn_andAnotherKindsTypeIsRejected() {
        Cube<DisputeMeasure> cube = disputes();

        assertThat(cube.get(DisputeMeasure.RECEIVED, 0, 0, DisputeType.LAND)).isEqualTo(1);
        assertEquals("PATROL is not a type of disputes; its types are " + RecordKind.DISPUTES.types(),
                assertThrows(IllegalArgumentException.class,
                        () -> cube.get(DisputeMeasure.RECEIVED, 0, 0, OutreachType.PATROL)).getMessage());
    }

    @Test
    void distribution_ofAKindWithout_throwsIllegalStateException() {
        Cube<OutreachMeasure> cube = Cube.empty(RecordKind.OUTREACH, 4, PERIODS, 9);

        assertEquals("a cube of outreach has no distribution of days",
                assertThrows(IllegalStateException.class, () -> cube.distribution(0, 0)).getMessage());
    }

    @Test
    void empty_withoutTheFirstMeasure_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Cube.empty(RecordKind.DISPUTES, 4, PERIODS, 10,
                EnumSet.of(DisputeMeasure.CONCLUDED)));

        assertEquals("the measures [CONCLUDED] must include RECEIVED", e.getMessage());
    }

    @Test
    void plus_cubesOfDifferentMeasures_isRejectedNamingThem() {
        Cube<DisputeMeasure> all = Cube.empty(RecordKind.DISPUTES, 4, PERIODS, 10);
        Cube<DisputeMeasure> some = Cube.empty(RecordKind.DISPUTES, 4, PERIODS, 10,
                EnumSet.of(DisputeMeasure.RECEIVED, DisputeMeasure.RESOLVED));

        assertEquals("a cube of [RECEIVED, RESOLVED, CONCLUDED_OF_RECEIVED, CONCLUDED, CONCLUDED_RESOLVED, "
                + "OPENING_BACKLOG, CLOSING_BACKLOG, OLD_BACKLOG, AMOUNT_FEN] and one of [RECEIVED, RESOLVED] cannot "
                + "be added", assertThrows(IllegalArgumentException.class, () -> all.plus(some)).getMessage());
        assertThat(some).hasToString("Cube[disputes: 4 units × 2 periods × 10 types, measures [RECEIVED, RESOLVED], "
                + "totals {RECEIVED=0, RESOLVED=0}]");
    }

    @Test
    void recordKind_describesEachKind() {
        assertThat(RecordKind.values()).containsExactly(RecordKind.INCIDENTS, RecordKind.DISPUTES,
                RecordKind.OUTREACH);
        assertThat(RecordKind.of("disputes")).isSameAs(RecordKind.DISPUTES);
        assertThat(RecordKind.DISPUTES.dateColumns()).containsExactly("received_on", "closed_on");
        assertThat(RecordKind.OUTREACH.dateColumns()).containsExactly("held_on");
        assertThat(RecordKind.INCIDENTS.typeAxis()).isEqualTo("category");
        assertThat(RecordKind.INCIDENTS.types()).isEmpty();
        assertThat(RecordKind.OUTREACH.types()).isEqualTo(java.util.List.of(OutreachType.values()));
        assertThat(RecordKind.INCIDENTS.distributionMeasure()).contains(IncidentMeasure.CLEARANCES);
        assertThat(RecordKind.DISPUTES.distributionMeasure()).contains(DisputeMeasure.CONCLUDED);
        assertThat(RecordKind.DISPUTES.distributionName()).isEqualTo("days to close");
        assertThat(RecordKind.OUTREACH.distributionMeasure()).isEmpty();
        assertThat(RecordKind.OUTREACH.measures()).containsExactly(OutreachMeasure.values());
        assertThat(RecordKind.INCIDENTS).hasToString("incidents");
        assertEquals("unknown record kind dispute; the kinds are [incidents, disputes, outreach]; did you mean "
                + "disputes?", assertThrows(IllegalArgumentException.class, () -> RecordKind.of("dispute"))
                .getMessage());
    }

    // ---- parts a codec has read ----

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "disputes | kind incidents   | not a dispute cube: incidents",
        "disputes | one measure      | a dispute cube has 9 measures, not 1",
        "disputes | one offset       | a dispute cube has 5 distribution offsets, not 1",
        "outreach | kind disputes    | not an outreach cube: disputes",
        "outreach | width 10         | an outreach cube has 9 types, not 10",
        "outreach | a distribution   | an outreach cube has no distributions: 5 zero offsets and no days or counts, "
                + "not 5 offsets, 1 days and 1 counts",
    })
    void fromParts_ofAnotherKindOrShape_isRejected(String kind, String change, String message) {
        RecordKind<?> k = RecordKind.of(kind);
        CubeParts p = Cube.empty(k, 4, PeriodIndex.of(YEAR), k.types().size()).parts();
        Function<CubeParts, CubeParts> changed = switch (change.trim()) {
            case "kind incidents", "kind disputes" -> q -> new CubeParts(change.trim().substring(5), q.units(),
                    q.periods(), q.width(), true, false, q.measures(), q.distOffsets(), q.distDays(), q.distCounts());
            case "one measure" -> q -> new CubeParts(kind, q.units(), q.periods(), q.width(), true, false,
                    new long[][] {q.measures()[0]}, q.distOffsets(), q.distDays(), q.distCounts());
            case "one offset" -> q -> new CubeParts(kind, q.units(), q.periods(), q.width(), true, false, q.measures(),
                    new int[1], q.distDays(), q.distCounts());
            case "width 10" -> q -> new CubeParts(kind, q.units(), q.periods(), 10, true, false, q.measures(),
                    q.distOffsets(), q.distDays(), q.distCounts());
            default -> q -> new CubeParts(kind, q.units(), q.periods(), q.width(), true, false, q.measures(),
                    new int[] {0, 1, 1, 1, 1}, new int[] {3}, new long[] {1});
        };

        var e = assertThrows(IllegalArgumentException.class, () -> Cube.fromParts(k, changed.apply(p)));

        assertEquals(message, e.getMessage());
    }
}
