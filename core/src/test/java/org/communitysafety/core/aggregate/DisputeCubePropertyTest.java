package org.communitysafety.core.aggregate;

import static org.communitysafety.core.aggregate.DisputeOutreachCases.DISPUTE_TYPES;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.junit.jupiter.api.Test;

/**
 * The dispute cube against a naive reference — plain streams over the {@link Dispute} objects,
 * with {@link LocalDate} arithmetic instead of epoch days — and its laws, over many seeded random
 * cases from {@link DisputeOutreachCases}. Every failure names its seed.
 */
final class DisputeCubePropertyTest {
    private static final int CASES = 300;
    private static final DisputeType[] TYPES = DisputeType.values();

    record Case(long seed, JurisdictionTree tree, PeriodIndex periods, List<Dispute> disputes, RecordStore<DisputeMeasure> store) {
        Cube<DisputeMeasure> cube() {
            return RecordAccumulator.create(RecordKind.DISPUTES, tree.size(), periods).add(store).snapshot();
        }
    }

    static Case randomCase(long seed) {
        Random rnd = new Random(seed);
        JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
        PeriodIndex periods = DisputeOutreachCases.periods(rnd);
        List<Dispute> disputes = DisputeOutreachCases.disputes(rnd, tree, periods, rnd.nextInt(300));
        DisputeStoreBuilder b = RecordStore.disputeBuilder(tree);
        disputes.forEach(b::add);
        return new Case(seed, tree, periods, disputes, b.build());
    }

    // ---- the naive reference ---------------------------------------------------------------

    /** What one dispute adds to a measure of a period, straight from the definitions. */
    static long naive(DisputeMeasure m, Dispute d, Period p) {
        LocalDate r = d.receivedOn();
        boolean receivedIn = p.contains(r);
        boolean closedBy = d.closedOn().map(c -> !c.isAfter(p.end())).orElse(false);
        boolean closedIn = d.closedOn().map(p::contains).orElse(false);
        boolean resolved = d.status() == DisputeStatus.RESOLVED;
        boolean openAtEnd = d.isOpenOn(p.end());
        return switch (m) {
            case RECEIVED -> one(receivedIn);
            case RESOLVED -> one(receivedIn && resolved && closedBy);
            case CONCLUDED_OF_RECEIVED -> one(receivedIn && d.status().isConcluded() && closedBy);
            case CONCLUDED -> one(closedIn);
            case CONCLUDED_RESOLVED -> one(closedIn && resolved);
            case OPENING_BACKLOG -> one(r.isBefore(p.start())
                    && d.closedOn().map(c -> !c.isBefore(p.start())).orElse(true));
            case CLOSING_BACKLOG -> one(openAtEnd);
            case OLD_BACKLOG -> one(openAtEnd && ChronoUnit.DAYS.between(r, p.end()) > 365);
            case AMOUNT_FEN -> receivedIn ? d.amount().fen() : 0;
        };
    }

    private static long one(boolean counts) {
        return counts ? 1 : 0;
    }

    static long naiveSum(DisputeMeasure m, List<Dispute> ds, Period p) {
        return ds.stream().mapToLong(d -> naive(m, d, p)).sum();
    }

    /** The days to close of the disputes concluded in the period, sorted. */
    static List<Long> naiveDays(List<Dispute> ds, Period p) {
        return ds.stream().filter(d -> d.closedOn().map(p::contains).orElse(false))
                .map(d -> ChronoUnit.DAYS.between(d.receivedOn(), d.closedOn().orElseThrow())).sorted().toList();
    }

    static List<Long> expand(DayDistribution d) {
        int[] days = d.days();
        long[] counts = d.counts();
        return IntStream.range(0, days.length).boxed()
                .flatMap(i -> LongStream.range(0, counts[i]).mapToObj(k -> (long) days[i])).toList();
    }

    /** The disputes of each unit code and type. */
    static Map<String, Map<DisputeType, List<Dispute>>> byUnitAndType(List<Dispute> ds) {
        return ds.stream().collect(Collectors.groupingBy(Dispute::unit, Collectors.groupingBy(Dispute::type)));
    }

    static List<Dispute> ofSubtree(Case c, int unit) {
        return c.disputes().stream().filter(d -> c.tree().isInSubtree(c.tree().indexOf(d.unit()), unit)).toList();
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
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<DisputeMeasure> cube = c.cube();
            Map<String, Map<DisputeType, List<Dispute>>> groups = byUnitAndType(c.disputes());
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                Map<DisputeType, List<Dispute>> ofUnit = groups.getOrDefault(c.tree().unit(u).code(), Map.of());
                for (int p = 0; p < c.periods().size(); p++) {
                    Period period = c.periods().period(p);
                    for (DisputeType t : TYPES) {
                        List<Dispute> ds = ofUnit.getOrDefault(t, List.of());
                        for (DisputeMeasure m : DisputeMeasure.values()) {
                            int unit = u;
                            check(wrong, naiveSum(m, ds, period), cube.get(m, u, p, t),
                                    () -> m + " of " + c.tree().unit(unit).code() + " " + period + " " + t);
                        }
                    }
                }
            }
            assertThat(wrong).as("seed %d: %s, %d disputes", seed, c.periods(), c.disputes().size()).isEmpty();
        }
    }

    @Test
    void daysToClose_randomCases_equalsNaiveSortedLists() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<DisputeMeasure> cube = c.cube();
            Map<String, List<Dispute>> byUnit = c.disputes().stream().collect(Collectors.groupingBy(Dispute::unit));
            for (int u = 0; u < c.tree().size(); u++) {
                List<Dispute> ds = byUnit.getOrDefault(c.tree().unit(u).code(), List.of());
                for (int p = 0; p < c.periods().size(); p++) {
                    DayDistribution d = cube.distribution(u, p);
                    assertThat(expand(d)).as("seed %d, unit %d, period %s", seed, u, c.periods().period(p))
                            .isEqualTo(naiveDays(ds, c.periods().period(p)));
                    assertThat(d.count()).isEqualTo(cube.total(DisputeMeasure.CONCLUDED, u, p));
                }
            }
        }
    }

    @Test
    void snapshot_randomCases_keepsTheLedgerIdentityInEveryCellBeforeAndAfterRollUp() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<DisputeMeasure> raw = c.cube();
            for (Cube<DisputeMeasure> cube : List.of(raw, raw.rollUp(c.tree()))) {
                List<String> wrong = new ArrayList<>();
                for (int u = 0; u < c.tree().size(); u++) {
                    for (int p = 0; p < c.periods().size(); p++) {
                        for (int t = 0; t < DISPUTE_TYPES; t++) {
                            long opening = cube.get(DisputeMeasure.OPENING_BACKLOG, u, p, t);
                            long received = cube.get(DisputeMeasure.RECEIVED, u, p, t);
                            long concluded = cube.get(DisputeMeasure.CONCLUDED, u, p, t);
                            int unit = u;
                            int period = p;
                            int type = t;
                            check(wrong, opening + received - concluded, cube.get(DisputeMeasure.CLOSING_BACKLOG, u,
                                    p, t), () -> "opening + received - concluded vs closing of unit " + unit
                                    + ", period " + period + ", type " + type);
                        }
                    }
                }
                assertThat(wrong).as("seed %d, rolled up %s", seed, cube.isRolledUp()).isEmpty();
            }
        }
    }

    // ---- merge laws --------------------------------------------------------------------------

    @Test
    void merge_storeSplitAtRandomRows_equalsTheWholeInAnyOrder() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            Cube<DisputeMeasure> whole = c.cube();
            int[] cuts = cuts(new Random(seed * 31 + 7), c.store().size());
            List<RecordAccumulator<DisputeMeasure>> parts = new ArrayList<>();
            for (int i = 0; i + 1 < cuts.length; i++) {
                parts.add(RecordAccumulator.create(RecordKind.DISPUTES, c.tree().size(), c.periods())
                        .add(c.store(), cuts[i], cuts[i + 1]));
            }
            Collections.shuffle(parts, new Random(seed));
            RecordAccumulator<DisputeMeasure> merged = RecordAccumulator.create(RecordKind.DISPUTES, c.tree().size(), c.periods());
            parts.forEach(merged::merge);
            assertThat(merged.snapshot()).as("seed %d, cuts %s", seed, Arrays.toString(cuts)).isEqualTo(whole);
        }
    }

    @Test
    void plus_snapshotsOfRandomSplits_equalTheWhole() {
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(seed);
            int[] cuts = cuts(new Random(seed * 17 + 3), c.store().size());
            Cube<DisputeMeasure> sum = Cube.empty(RecordKind.DISPUTES, c.tree().size(), c.periods(), DISPUTE_TYPES);
            for (int i = 0; i + 1 < cuts.length; i++) {
                sum = sum.plus(RecordAccumulator.create(RecordKind.DISPUTES, c.tree().size(), c.periods())
                        .add(c.store(), cuts[i], cuts[i + 1]).snapshot());
            }
            assertThat(sum).as("seed %d, cuts %s", seed, Arrays.toString(cuts)).isEqualTo(c.cube());
        }
    }

    /** 0, up to four random cuts (possibly equal, so some parts are empty), n. */
    static int[] cuts(Random rnd, int n) {
        int[] cuts = new int[2 + rnd.nextInt(5)];
        for (int i = 1; i < cuts.length - 1; i++) {
            cuts[i] = rnd.nextInt(n + 1);
        }
        cuts[cuts.length - 1] = n;
        Arrays.sort(cuts);
        return cuts;
    }

    @Test
    void plus_randomCubes_isCommutativeAndAssociativeWithEmptyAsIdentity() {
        for (long seed = 0; seed < CASES; seed++) {
            Random rnd = new Random(seed);
            JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
            PeriodIndex periods = DisputeOutreachCases.periods(rnd);
            List<Cube<DisputeMeasure>> cubes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                DisputeStoreBuilder b = RecordStore.disputeBuilder(tree);
                DisputeOutreachCases.disputes(rnd, tree, periods, rnd.nextInt(100)).forEach(b::add);
                cubes.add(RecordAggregation.aggregate(b.build(), periods, 1));
            }
            Cube<DisputeMeasure> a = cubes.get(0);
            Cube<DisputeMeasure> b = cubes.get(1);
            Cube<DisputeMeasure> c = cubes.get(2);
            Cube<DisputeMeasure> empty = Cube.empty(RecordKind.DISPUTES, tree.size(), periods, DISPUTE_TYPES);
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
            Cube<DisputeMeasure> raw = c.cube();
            Cube<DisputeMeasure> rolled = raw.rollUp(c.tree());
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                int[] children = c.tree().children(u);
                for (int p = 0; p < c.periods().size(); p++) {
                    for (int t = 0; t < DISPUTE_TYPES; t++) {
                        for (DisputeMeasure m : DisputeMeasure.values()) {
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
                    DayDistribution expected = raw.distribution(u, p);
                    for (int child : children) {
                        expected = expected.plus(rolled.distribution(child, p));
                    }
                    assertThat(rolled.distribution(u, p)).as("seed %d, unit %d, period %d", seed, u, p)
                            .isEqualTo(expected);
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
            Cube<DisputeMeasure> rolled = c.cube().rollUp(c.tree());
            List<String> wrong = new ArrayList<>();
            for (int u = 0; u < c.tree().size(); u++) {
                List<Dispute> subtree = ofSubtree(c, u);
                for (int p = 0; p < c.periods().size(); p++) {
                    Period period = c.periods().period(p);
                    for (DisputeMeasure m : DisputeMeasure.values()) {
                        int unit = u;
                        check(wrong, naiveSum(m, subtree, period), rolled.total(m, u, p), () -> m + " of subtree "
                                + c.tree().unit(unit).code() + " in " + period);
                    }
                    assertThat(expand(rolled.distribution(u, p))).isEqualTo(naiveDays(subtree, period));
                }
            }
            for (int root : c.tree().roots()) {
                assertThat(rolled.total(DisputeMeasure.RECEIVED, root, 0)).as("seed %d", seed)
                        .isEqualTo(naiveSum(DisputeMeasure.RECEIVED, ofSubtree(c, root), c.periods().period(0)));
            }
            assertThat(wrong).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void rollUp_twice_throwsIllegalStateExceptionSayingWhy() {
        Case c = randomCase(1);
        Cube<DisputeMeasure> rolled = c.cube().rollUp(c.tree());
        var e = assertThrows(IllegalStateException.class, () -> rolled.rollUp(c.tree()));
        assertThat(e).hasMessage("the dispute cube is already rolled up; rolling it up again would count every "
                + "descendant twice");
    }
}
