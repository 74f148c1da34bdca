package org.communitysafety.core.aggregate;

import static org.communitysafety.core.aggregate.DisputeOutreachCases.OUTREACH_TYPES;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.junit.jupiter.api.Test;

/**
 * The outreach cube against a naive reference — plain streams over the {@link OutreachSession}
 * objects — and its laws, over many seeded random cases from {@link DisputeOutreachCases}. Every
 * failure names its seed.
 */
final class OutreachCubePropertyTest {
    private static final int CASES = 300;
    private static final OutreachType[] TYPES = OutreachType.values();

    record Case(long seed, JurisdictionTree tree, PeriodIndex periods, List<OutreachSession> sessions,
            RecordStore<OutreachMeasure> store) {
        Cube<OutreachMeasure> cube() {
            return RecordAccumulator.create(RecordKind.OUTREACH, tree.size(), periods).add(store).snapshot();
        }
    }

    static Case randomCase(long seed) {
        Random rnd = new Random(seed);
        JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
        PeriodIndex periods = DisputeOutreachCases.periods(rnd);
        List<OutreachSession> sessions = DisputeOutreachCases.outreach(rnd, tree, periods, rnd.nextInt(300));
        OutreachStoreBuilder b = RecordStore.outreachBuilder(tree);
        sessions.forEach(b::add);
        return new Case(seed, tree, periods, sessions, b.build());
    }

    // ---- the naive reference ---------------------------------------------------------------

    /** What one session held in the period adds to a measure. */
    static long naive(OutreachMeasure m, OutreachSession s) {
        return switch (m) {
            case SESSIONS -> 1;
            case STAFF -> s.staff();
            case VOLUNTEERS -> s.volunteers();
            case AUDIENCE -> s.audience();
            case HOUSEHOLDS -> s.households();
            case HAZARDS_FOUND -> s.hazardsFound();
            case HAZARDS_FIXED -> s.hazardsFixed();
            case LEADS -> s.leads();
            case FRAUDS_STOPPED -> s.fraudsStopped();
            case LOSS_AVOIDED_FEN -> s.lossAvoided().fen();
        };
    }

    static long naiveSum(OutreachMeasure m, List<OutreachSession> sessions, Period p) {
        return sessions.stream().filter(s -> p.contains(s.heldOn())).mapToLong(s -> naive(m, s)).sum();
    }

    static List<OutreachSession> ofSubtree(Case c, int unit) {
        return c.sessions().stream().filter(s -> c.tree().isInSubtree(c.tree().indexOf(s.unit()), unit)).toList();
    }

    /** Notes a mismatch (the first 20), describing the cell only then. */
    private static void check(List<String> wrong, long expected, long actual, Supplier<String> what) {
        if (expected != actual && wrong.size() < 20) {
            wrong.add(what.get() + ": expected " + expected + ", got " + actual);
        }
    }

    // ---- against the reference -------------------------------------------------------------

    @Test
    void snapshot_randomCases_equalsNaiveStreamsForEveryMeasureUnitPeriodAndType() {
        long beyondInt = 0;
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<OutreachMeasure> cube = c.cube();
            Map<String, Map<OutreachType, List<OutreachSession>>> groups = c.sessions().stream()
                    .collect(Collectors.groupingBy(OutreachSession::unit,
                            Collectors.groupingBy(OutreachSession::type)));
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                Map<OutreachType, List<OutreachSession>> ofUnit = groups.getOrDefault(c.tree().unit(u).code(),
                        Map.of());
                for (int p = 0; p < c.periods().size(); p++) {
                    Period period = c.periods().period(p);
                    for (OutreachType t : TYPES) {
                        List<OutreachSession> held = ofUnit.getOrDefault(t, List.of()).stream()
                                .filter(s -> period.contains(s.heldOn())).toList();
                        for (OutreachMeasure m : OutreachMeasure.values()) {
                            int unit = u;
                            long expected = held.stream().mapToLong(s -> naive(m, s)).sum();
                            beyondInt += m == OutreachMeasure.AUDIENCE && expected > Integer.MAX_VALUE ? 1 : 0;
                            check(wrong, expected, cube.get(m, u, p, t),
                                    () -> m + " of " + c.tree().unit(unit).code() + " " + period + " " + t);
                        }
                    }
                }
            }
            assertThat(wrong).as("seed %d: %s, %d sessions", seed, c.periods(), c.sessions().size()).isEmpty();
        }
        assertThat(beyondInt).as("cells whose audience passes 2³¹").isPositive();
    }

    // ---- merge laws --------------------------------------------------------------------------

    @Test
    void merge_storeSplitAtRandomRows_equalsTheWholeInAnyOrder() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            int[] cuts = DisputeCubePropertyTest.cuts(new Random(seed * 31 + 7), c.store().size());
            List<RecordAccumulator<OutreachMeasure>> parts = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.length; i++) {
                parts.add(RecordAccumulator.create(RecordKind.OUTREACH, c.tree().size(), c.periods())
                        .add(c.store(), cuts[i], cuts[i + 1]));
            }
            Collections.shuffle(parts, new Random(seed));
            RecordAccumulator<OutreachMeasure> merged = RecordAccumulator.create(RecordKind.OUTREACH, c.tree().size(), c.periods());
            parts.forEach(merged::merge);
            assertThat(merged.snapshot()).as("seed %d, cuts %s", seed, Arrays.toString(cuts)).isEqualTo(c.cube());
        }
    }

    @Test
    void plus_snapshotsOfRandomSplits_equalTheWhole() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            int[] cuts = DisputeCubePropertyTest.cuts(new Random(seed * 17 + 3), c.store().size());
            Cube<OutreachMeasure> sum = Cube.empty(RecordKind.OUTREACH, c.tree().size(), c.periods(), OUTREACH_TYPES);
            for (int i = 0; i + 1 < cuts.length; i++) {
                sum = sum.plus(RecordAccumulator.create(RecordKind.OUTREACH, c.tree().size(), c.periods())
                        .add(c.store(), cuts[i], cuts[i + 1]).snapshot());
            }
            assertThat(sum).as("seed %d, cuts %s", seed, Arrays.toString(cuts)).isEqualTo(c.cube());
        }
    }

    @Test
    void plus_randomCubes_isCommutativeAndAssociativeWithEmptyAsIdentity() {
        for (long seed = 0; seed < CASES; seed++) {
            Random rnd = new Random(seed);
            JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
            PeriodIndex periods = DisputeOutreachCases.periods(rnd);
            List<Cube<OutreachMeasure>> cubes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                OutreachStoreBuilder b = RecordStore.outreachBuilder(tree);
                DisputeOutreachCases.outreach(rnd, tree, periods, rnd.nextInt(100)).forEach(b::add);
                cubes.add(RecordAggregation.aggregate(b.build(), periods, 1));
            }
            Cube<OutreachMeasure> a = cubes.get(0);
            Cube<OutreachMeasure> b = cubes.get(1);
            Cube<OutreachMeasure> c = cubes.get(2);
            Cube<OutreachMeasure> empty = Cube.empty(RecordKind.OUTREACH, tree.size(), periods, OUTREACH_TYPES);
            assertThat(a.plus(b)).as("seed %d: a + b = b + a", seed).isEqualTo(b.plus(a));
            assertThat(a.plus(b).plus(c)).as("seed %d: (a + b) + c = a + (b + c)", seed).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(empty)).as("seed %d: a + 0 = a", seed).isEqualTo(a);
            assertThat(empty.plus(a)).as("seed %d: 0 + a = a", seed).isEqualTo(a);
            assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
            assertThat(a.plus(b).rollUp(tree)).as("seed %d: roll-up is linear", seed)
                    .isEqualTo(a.rollUp(tree).plus(b.rollUp(tree)));
        }
    }

    // ---- roll-up -----------------------------------------------------------------------------

    @Test
    void rollUp_randomCases_everyParentEqualsItsOwnPlusItsChildrenForEveryMeasure() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<OutreachMeasure> raw = c.cube();
            Cube<OutreachMeasure> rolled = raw.rollUp(c.tree());
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                int[] children = c.tree().children(u);
                for (int p = 0; p < c.periods().size(); p++) {
                    for (int t = 0; t < OUTREACH_TYPES; t++) {
                        for (OutreachMeasure m : OutreachMeasure.values()) {
                            long expected = raw.get(m, u, p, t);
                            for (int child : children) {
                                expected += rolled.get(m, child, p, t);
                            }
                            int unit = u;
                            int period = p;
                            int type = t;
                            check(wrong, expected, rolled.get(m, u, p, t), () -> m + " of unit " + unit + ", period "
                                    + period + ", type " + type);
                        }
                    }
                }
            }
            assertThat(wrong).as("seed %d", seed).isEmpty();
            assertThat(rolled.isRolledUp()).isTrue();
        }
    }

    @Test
    void rollUp_randomCases_everyUnitEqualsNaiveTotalsOverItsSubtree() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<OutreachMeasure> rolled = c.cube().rollUp(c.tree());
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                List<OutreachSession> subtree = ofSubtree(c, u);
                for (int p = 0; p < c.periods().size(); p++) {
                    Period period = c.periods().period(p);
                    for (OutreachMeasure m : OutreachMeasure.values()) {
                        int unit = u;
                        check(wrong, naiveSum(m, subtree, period), rolled.total(m, u, p), () -> m + " of subtree "
                                + c.tree().unit(unit).code() + " in " + period);
                    }
                }
            }
            assertThat(wrong).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void rollUp_twice_throwsIllegalStateExceptionSayingWhy() {
        Case c = randomCase(1);
        Cube<OutreachMeasure> rolled = c.cube().rollUp(c.tree());

        var e = assertThrows(IllegalStateException.class, () -> rolled.rollUp(c.tree()));

        assertThat(e).hasMessage("the outreach cube is already rolled up; rolling it up again would count every "
                + "descendant twice");
    }
}
