package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sparse form of a cube ({@link Cube#sparse()}, and the hashed accumulators that make one
 * for large trees) gives the same figures as the dense form: every cell, total and masked sum,
 * rolled up or not, added, serialised; on the standard sample, whose villages have many zero
 * cells, over the periods of a report.
 */
final class SparseCubeTest {
    private static final PeriodIndex REPORT = report();
    private static Dataset standard;
    private static JurisdictionTree tree;

    private static PeriodIndex report() {
        List<Period> periods = new ArrayList<>(Period.ofYear(2024).months());
        periods.add(Period.ofYear(2024));
        periods.add(Period.yearToDate(LocalDate.of(2024, 2, 29)));
        periods.add(Period.ofYear(2023));
        return PeriodIndex.of(periods);
    }

    @BeforeAll
    static void standardSample() {
        standard = SampleGenerator.of(SampleSpec.standard()).dataset();
        tree = standard.tree();
    }

    /** Every figure of {@code b} equals {@code a}'s, read cell by cell, total by total and by masked sums. */
    private static <M extends Enum<M>> void assertSameFigures(Cube<M> a, Cube<M> b) {
        assertThat(b).isEqualTo(a);
        assertThat(b.hashCode()).isEqualTo(a.hashCode());
        boolean[] odd = new boolean[a.width()];
        for (int c = 1; c < odd.length; c += 2) {
            odd[c] = true;
        }
        for (M m : a.measures()) {
            for (int u = 0; u < a.units(); u++) {
                for (int p = 0; p < a.periods().size(); p++) {
                    assertThat(b.total(m, u, p)).isEqualTo(a.total(m, u, p));
                    assertThat(b.sum(m, u, p, odd)).isEqualTo(a.sum(m, u, p, odd));
                    for (int c = 0; c < a.width(); c++) {
                        assertThat(b.get(m, u, p, c)).isEqualTo(a.get(m, u, p, c));
                    }
                }
            }
        }
        for (int u = 0; u < a.units(); u += 7) {
            for (int p = 0; p < a.periods().size(); p++) {
                assertThat(b.count(u, p, 0)).isEqualTo(a.count(u, p, 0));
                if (a.kind().distributionMeasure().isPresent()) {
                    assertThat(b.distribution(u, p)).isEqualTo(a.distribution(u, p));
                }
            }
        }
    }

    @Test
    void sparse_incidents_sameFiguresBeforeAndAfterRollUp() {
        Cube<IncidentMeasure> dense = IncidentAggregation.aggregate(IncidentStore.of(standard), REPORT, 2);
        Cube<IncidentMeasure> sparse = dense.sparse();

        assertThat(dense.isSparse()).isFalse();
        assertThat(sparse.isSparse()).isTrue();
        assertSameFigures(dense, sparse);
        Cube<IncidentMeasure> rolled = sparse.rollUp(tree);
        assertThat(rolled.isSparse()).isTrue();
        assertSameFigures(dense.rollUp(tree), rolled);
        assertThat(rolled.toString()).isEqualTo(dense.rollUp(tree).toString());
    }

    @Test
    void sparse_plus_equalsDensePlus() {
        IncidentStore store = IncidentStore.of(standard);
        int half = store.size() / 2;
        Cube<IncidentMeasure> a = IncidentAccumulator.create(store.unitCount(), store.categoryCount(), REPORT)
                .add(store, 0, half).snapshot();
        Cube<IncidentMeasure> b = IncidentAccumulator.create(store.unitCount(), store.categoryCount(), REPORT)
                .add(store, half, store.size()).snapshot();

        Cube<IncidentMeasure> dense = a.plus(b);
        assertSameFigures(dense, a.sparse().plus(b.sparse()));
        assertSameFigures(dense, a.sparse().plus(b));
        assertSameFigures(dense, a.plus(b.sparse()));
    }

    @Test
    void sparse_serialises_asTheDenseCube() {
        Cube<IncidentMeasure> dense = IncidentAggregation.aggregate(IncidentStore.of(standard), REPORT, 1);
        assertThat(CubeCodec.toBytes(dense.sparse())).isEqualTo(CubeCodec.toBytes(dense));
    }

    @Test
    void hashedAccumulator_disputes_sameCubeAsDense() {
        RecordStore<DisputeMeasure> store = RecordStore.disputesOf(standard);
        Cube<DisputeMeasure> dense = RecordAccumulator.create(RecordKind.DISPUTES, store.unitCount(), REPORT, false)
                .add(store).snapshot();
        Cube<DisputeMeasure> hashed = RecordAccumulator.create(RecordKind.DISPUTES, store.unitCount(), REPORT, true)
                .add(store).snapshot();

        assertThat(dense.isSparse()).isFalse();
        assertThat(hashed.isSparse()).isTrue();
        assertSameFigures(dense, hashed);
        assertSameFigures(dense.rollUp(tree), hashed.rollUp(tree));
    }

    @Test
    void hashedAccumulator_outreachMergedFromParts_sameCubeAsDense() {
        RecordStore<OutreachMeasure> store = RecordStore.outreachOf(standard);
        int third = store.size() / 3;
        Cube<OutreachMeasure> dense = RecordAccumulator.create(RecordKind.OUTREACH, store.unitCount(), REPORT, false)
                .add(store).snapshot();
        RecordAccumulator<OutreachMeasure> merged = RecordAccumulator.create(RecordKind.OUTREACH, store.unitCount(),
                REPORT, true).add(store, 0, third);
        merged.merge(RecordAccumulator.create(RecordKind.OUTREACH, store.unitCount(), REPORT, true)
                .add(store, third, store.size()));

        assertSameFigures(dense, merged.snapshot());
        assertSameFigures(dense.rollUp(tree), merged.snapshot().rollUp(tree));
    }
}
