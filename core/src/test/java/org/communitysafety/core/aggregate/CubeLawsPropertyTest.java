package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.KindCases.KindCase;
import org.communitysafety.core.aggregate.KindCases.Part;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Cube}, checked once for every record kind — incidents with every measure
 * and counts only, disputes, outreach — over seeded random cases ({@link KindCases}): the cube
 * equals the naive reference written with streams over the records in every cell and
 * distribution, before and after roll-up; splitting the input and merging the accumulators, or
 * adding the snapshots, gives the whole in any order; {@link Cube#plus} is commutative and
 * associative with {@link Cube#empty} as identity, before and after roll-up; roll-up is linear
 * and makes every unit its own figures plus its children's; rolling up twice throws; and the
 * binary form gives an equal cube back. Each failure names its case (kind and seed).
 */
final class CubeLawsPropertyTest {
    /** Cases of each variant: incidents have the richer generator, so fewer cases suffice. */
    private static final int CASES = 200;

    static Stream<KindCase<?>> cases() {
        return KindCases.cases(CASES);
    }

    /** Notes a mismatch (the first 20), describing the cell only then. */
    private static void check(List<String> wrong, Object expected, Object actual, Supplier<String> what) {
        if (!expected.equals(actual) && wrong.size() < 20) {
            wrong.add(what.get() + ": expected " + expected + ", got " + actual);
        }
    }

    private static <M extends Enum<M>> Cube<M> whole(KindCase<M> c) {
        return c.accumulate(0, c.rows()).snapshot();
    }

    /** {@code actual} equals {@code expected}, with the same hash code. */
    private static void assertSame(Cube<?> actual, Cube<?> expected, String what, Object... args) {
        assertThat(actual).as(what, args).isEqualTo(expected);
        assertThat(actual.hashCode()).as(what, args).isEqualTo(expected.hashCode());
    }

    // ---- against the naive reference ------------------------------------------------------

    @Test
    void snapshot_randomInputs_equalsNaiveInEveryCellAndDistribution() {
        long[] beyondInt = new long[1];
        cases().forEach(c -> beyondInt[0] += matchesNaive(c, false));
        assertThat(beyondInt[0]).as("outreach cells whose audience passes 2³¹").isPositive();
    }

    @Test
    void rollUp_everyUnit_equalsNaiveOverItsSubtree() {
        cases().forEach(c -> matchesNaive(c, true));
    }

    /** Checks every cell against the naive figure; returns the cells of outreach audience above 2³¹. */
    private static <M extends Enum<M>> long matchesNaive(KindCase<M> c, boolean rolledUp) {
        Cube<M> cube = rolledUp ? whole(c).rollUp(c.tree()) : whole(c);
        assertThat(cube.kind()).as("%s", c).isSameAs(c.kind());
        assertThat(cube.units()).as("%s", c).isEqualTo(c.tree().size());
        assertThat(cube.width()).as("%s", c).isEqualTo(c.width());
        assertThat(cube.periods()).as("%s", c).isEqualTo(c.periods());
        assertThat(cube.isRolledUp()).as("%s", c).isEqualTo(rolledUp);
        assertThat(cube.hasDetail()).as("%s", c).isEqualTo(c.detail());
        assertThat(cube.measures()).as("%s", c).isEqualTo(c.measures());
        long beyondInt = 0;
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < cube.units(); u++) {
            for (int p = 0; p < c.periods().size(); p++) {
                Period period = c.periods().period(p);
                for (M m : c.measures()) {
                    long total = 0;
                    for (int k = 0; k < cube.width(); k++) {
                        long expected = c.naive(m, u, period, k, rolledUp);
                        total += expected;
                        beyondInt += m == OutreachMeasure.AUDIENCE && expected > Integer.MAX_VALUE ? 1 : 0;
                        int unit = u;
                        int column = k;
                        check(wrong, expected, cube.get(m, u, p, k), () -> m + " of unit " + unit + " ("
                                + c.tree().unit(unit).code() + "), " + period + ", column " + column);
                    }
                    int unit = u;
                    check(wrong, total, cube.total(m, u, p), () -> "total " + m + " of unit " + unit + ", " + period);
                }
                if (c.hasDistributions()) {
                    DayDistribution d = cube.distribution(u, p);
                    int unit = u;
                    check(wrong, c.naiveDays(u, period, rolledUp), d, () -> "days of unit " + unit + ", " + period);
                    M counted = c.kind().distributionMeasure().orElseThrow();
                    check(wrong, cube.total(counted, u, p), d.count(), () -> "count of the days of unit " + unit
                            + ", " + period);
                }
            }
        }
        assertThat(wrong).as("%s%s differs from the naive reference", c, rolledUp ? " rolled up" : "").isEmpty();
        return beyondInt;
    }

    // ---- merging -------------------------------------------------------------------------

    @Test
    void merge_accumulatorsOfRandomParts_equalsWholeInAnyOrder() {
        cases().forEach(CubeLawsPropertyTest::mergedParts);
    }

    private static <M extends Enum<M>> void mergedParts(KindCase<M> c) {
        Random r = new Random(c.seed() ^ 1);
        int[] cuts = KindCases.cuts(r, c.rows());
        Part<M> total = c.none();
        KindCases.parts(c, cuts, r).forEach(total::merge);
        assertSame(total.snapshot(), whole(c), "%s, cuts %s", c, Arrays.toString(cuts));
    }

    @Test
    void add_consecutiveRangesIntoOneAccumulator_equalsWhole() {
        cases().forEach(CubeLawsPropertyTest::consecutiveRanges);
    }

    private static <M extends Enum<M>> void consecutiveRanges(KindCase<M> c) {
        int[] cuts = KindCases.cuts(new Random(c.seed() ^ 2), c.rows());
        Part<M> acc = c.none();
        for (int i = 0; i + 1 < cuts.length; i++) {
            acc.add(cuts[i], cuts[i + 1]);
        }
        assertSame(acc.snapshot(), whole(c), "%s, cuts %s", c, Arrays.toString(cuts));
    }

    @Test
    void plus_snapshotsOfRandomParts_equalsWhole() {
        cases().forEach(CubeLawsPropertyTest::addedSnapshots);
    }

    private static <M extends Enum<M>> void addedSnapshots(KindCase<M> c) {
        Random r = new Random(c.seed() ^ 3);
        int[] cuts = KindCases.cuts(r, c.rows());
        Cube<M> sum = c.empty();
        for (Part<M> part : KindCases.parts(c, cuts, r)) {
            sum = sum.plus(part.snapshot());
        }
        assertSame(sum, whole(c), "%s, cuts %s", c, Arrays.toString(cuts));
    }

    @Test
    void plus_isCommutativeAndAssociative_withEmptyAsIdentity_beforeAndAfterRollUp() {
        cases().forEach(CubeLawsPropertyTest::plusLaws);
    }

    private static <M extends Enum<M>> void plusLaws(KindCase<M> c) {
        Random r = new Random(c.seed() ^ 4);
        int i = r.nextInt(c.rows() + 1);
        int j = i + r.nextInt(c.rows() - i + 1);
        Cube<M> a = c.accumulate(0, i).snapshot();
        Cube<M> b = c.accumulate(i, j).snapshot();
        Cube<M> d = c.accumulate(j, c.rows()).snapshot();
        Cube<M> empty = c.empty();

        assertSame(a.plus(b), b.plus(a), "%s: a + b = b + a", c);
        assertSame(a.plus(b).plus(d), a.plus(b.plus(d)), "%s: (a + b) + d = a + (b + d)", c);
        assertSame(a.plus(empty), a, "%s: a + empty = a", c);
        assertSame(empty.plus(a), a, "%s: empty + a = a", c);
        assertSame(empty, c.none().snapshot(), "%s: empty = snapshot of nothing", c);
        // the same laws after roll-up, and roll-up is linear
        JurisdictionTree tree = c.tree();
        Cube<M> ra = a.rollUp(tree);
        Cube<M> rb = b.rollUp(tree);
        Cube<M> rd = d.rollUp(tree);
        assertSame(ra.plus(rb), rb.plus(ra), "%s: rolled a + b = b + a", c);
        assertSame(ra.plus(rb).plus(rd), ra.plus(rb.plus(rd)), "%s: rolled associativity", c);
        assertSame(a.plus(b).rollUp(tree), ra.plus(rb), "%s: rollUp(a + b) = rollUp(a) + rollUp(b)", c);
        assertSame(empty.rollUp(tree).plus(ra), ra, "%s: rolled empty + a = a", c);
    }

    // ---- roll-up --------------------------------------------------------------------------

    @Test
    void rollUp_everyUnit_isItsOwnFiguresPlusItsChildren() {
        cases().forEach(CubeLawsPropertyTest::ownPlusChildren);
    }

    private static <M extends Enum<M>> void ownPlusChildren(KindCase<M> c) {
        JurisdictionTree tree = c.tree();
        Cube<M> own = whole(c);
        Cube<M> rolled = own.rollUp(tree);
        assertThat(rolled.isRolledUp()).isTrue();
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < tree.size(); u++) {
            for (int p = 0; p < c.periods().size(); p++) {
                for (M m : c.measures()) {
                    for (int k = 0; k < c.width(); k++) {
                        long expected = own.get(m, u, p, k);
                        for (int child : tree.children(u)) {
                            expected += rolled.get(m, child, p, k);
                        }
                        int unit = u;
                        int period = p;
                        int column = k;
                        check(wrong, expected, rolled.get(m, u, p, k), () -> m + " of unit " + unit + ", period "
                                + period + ", column " + column);
                    }
                }
                if (c.hasDistributions()) {
                    DayDistribution expected = own.distribution(u, p);
                    for (int child : tree.children(u)) {
                        expected = expected.plus(rolled.distribution(child, p));
                    }
                    int unit = u;
                    int period = p;
                    check(wrong, expected, rolled.distribution(u, p), () -> "days of unit " + unit + ", period "
                            + period);
                }
            }
        }
        assertThat(wrong).as("%s", c).isEmpty();
    }

    @Test
    void rollUp_twice_throwsIllegalStateExceptionSayingWhy() {
        for (KindCases.Variant v : KindCases.Variant.values()) {
            KindCase<?> c = v.generate(1);
            Cube<?> rolled = whole(c).rollUp(c.tree());

            var e = assertThrows(IllegalStateException.class, () -> rolled.rollUp(c.tree()));

            String noun = switch (c.kind().name()) {
                case "incidents" -> "incident";
                case "disputes" -> "dispute";
                default -> "outreach";
            };
            assertEquals("the " + noun + " cube is already rolled up; rolling it up again would count every "
                    + "descendant twice", e.getMessage());
        }
    }

    // ---- serialised ----------------------------------------------------------------------

    @Test
    void codec_roundTrip_givesAnEqualCubeOfEveryKind() {
        cases().limit(CASES * 4L).filter(c -> c.seed() % 4 == 0).forEach(CubeLawsPropertyTest::roundTrip);
        for (KindCases.Variant v : KindCases.Variant.values()) {
            roundTrip(v.generate(3));
        }
    }

    private static <M extends Enum<M>> void roundTrip(KindCase<M> c) {
        Cube<M> cube = whole(c);
        for (Cube<M> x : List.of(cube, cube.rollUp(c.tree()), c.empty())) {
            assertSame(CubeCodec.fromBytes(CubeCodec.toBytes(x), c.kind()), x, "%s: binary round trip", c);
            assertSame(CubeCodec.fromParts(CubeCodec.partsOf(x), c.kind()), x, "%s: parts round trip", c);
        }
    }
}
