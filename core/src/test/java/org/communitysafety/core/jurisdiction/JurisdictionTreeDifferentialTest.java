package org.communitysafety.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree's checks and numbering, moved from maps of boxed positions to arrays so that a tree of
 * a million units is built without an object per unit, give what they gave before
 * ({@link LegacyTree}, the code of commit 5b12ca5) over seeded random lists: every issue (its
 * position, column, reason and the rest of a cycle) in the same order, the same affected codes
 * in the same order, and for a valid list the same dense indices, parents and subtree ranges.
 */
final class JurisdictionTreeDifferentialTest {
    private static final Level[] LEVELS = Level.values();

    /**
     * Units with every kind of issue: codes drawn from a small pool (duplicates), parents that are
     * other units' codes, missing codes or none (roots), levels at random (levels not below the
     * parent's), and parents pointing anywhere (cycles).
     */
    private static List<Jurisdiction> messy(Random r) {
        int n = 1 + r.nextInt(60);
        int pool = n + r.nextInt(n + 1);
        List<Jurisdiction> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = "C" + r.nextInt(pool);
            Level level = LEVELS[r.nextInt(LEVELS.length)];
            int pick = r.nextInt(10);
            String parent = pick == 1 ? "X" + r.nextInt(3) : "C" + r.nextInt(pool);
            units.add(pick == 0 || parent.equals(code) ? Jurisdiction.root(code, "n" + i, level)
                    : Jurisdiction.of(code, "n" + i, level, parent));
        }
        return units;
    }

    /** A valid forest of up to {@code max} units with unique codes, in random order. */
    private static List<Jurisdiction> forest(Random r, int max) {
        int n = 1 + r.nextInt(max);
        List<Jurisdiction> units = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(i);
        }
        Collections.shuffle(codes, r);   // codes not in the order of creation: siblings are sorted by code
        for (int i = 0; i < n; i++) {
            String code = "U" + codes.get(i);
            // a parent among the units made before, one level up, or a root
            List<Integer> candidates = new ArrayList<>();
            for (int k = Math.max(0, i - 40); k < i; k++) {
                if (units.get(k).level() != Level.GRID) {
                    candidates.add(k);
                }
            }
            if (candidates.isEmpty() || r.nextInt(20) == 0) {
                units.add(Jurisdiction.root(code, "n" + i, Level.CITY));
            } else {
                Jurisdiction p = units.get(candidates.get(r.nextInt(candidates.size())));
                Jurisdiction u = Jurisdiction.of(code, "n" + i, LEVELS[p.level().ordinal() + 1], p.code());
                units.add(r.nextBoolean() ? u.withPopulation(r.nextInt(1000)) : u);
            }
        }
        Collections.shuffle(units, r);
        return units;
    }

    @Test
    void check_randomListsWithEveryKindOfIssue_giveTheIssuesAndAffectedCodesOfBefore() {
        Random r = new Random(20261206);
        int withIssues = 0;
        for (int c = 0; c < 3_000; c++) {
            List<Jurisdiction> units = messy(r);

            List<TreeIssue> expected = LegacyTree.check(units);
            List<TreeIssue> actual = JurisdictionTree.check(units);

            assertEquals(expected, actual, "case " + c + ": " + units);
            assertEquals(List.copyOf(LegacyTree.affectedCodes(units, expected)),
                    List.copyOf(JurisdictionTree.affectedCodes(units, actual)), "case " + c);
            withIssues += actual.isEmpty() ? 0 : 1;
        }
        assertThat(withIssues).as("the cases exercise the checks").isGreaterThan(2_000);
    }

    @Test
    void check_cyclesOfEveryLength_giveTheIssuesOfBefore() {
        Random r = new Random(7);
        for (int c = 0; c < 200; c++) {
            int length = 2 + r.nextInt(40);
            List<Jurisdiction> units = new ArrayList<>(forest(r, 30));
            for (int i = 0; i < length; i++) {
                units.add(Jurisdiction.of("Y" + i, "y", Level.TOWN, "Y" + ((i + 1) % length)));
            }
            units.add(Jurisdiction.of("Z", "below", Level.VILLAGE, "Y0"));
            Collections.shuffle(units, r);

            List<TreeIssue> expected = LegacyTree.check(units);

            assertEquals(expected, JurisdictionTree.check(units), "case " + c);
            assertEquals(List.copyOf(LegacyTree.affectedCodes(units, expected)),
                    List.copyOf(JurisdictionTree.affectedCodes(units, expected)), "case " + c);
        }
    }

    @Test
    void of_randomValidForests_numberTheUnitsAsBefore() {
        Random r = new Random(42);
        for (int c = 0; c < 500; c++) {
            List<Jurisdiction> units = forest(r, c < 490 ? 200 : 20_000);
            assertThat(JurisdictionTree.check(units)).isEmpty();

            LegacyTree.Ordered expected = LegacyTree.build(units);
            JurisdictionTree tree = JurisdictionTree.of(units);

            assertEquals(expected.units(), tree.units(), "case " + c);
            assertThat(tree.parents()).as("case %d", c).containsExactly(expected.parent());
            for (int i = 0; i < tree.size(); i++) {
                assertEquals(expected.subtreeStart()[i], tree.subtreeStart(i), "case " + c + ", unit " + i);
                assertEquals(i, tree.indexOf(expected.units().get(i).code()));
            }
        }
    }

    @Test
    void check_aChainOfAHundredThousandUnits_givesTheIssuesOfBefore() {
        // a chain deeper than the five levels: every unit below the fifth is at fault
        List<Jurisdiction> units = new ArrayList<>();
        units.add(Jurisdiction.root("0", "root", Level.CITY));
        for (int i = 1; i < 100_000; i++) {
            units.add(Jurisdiction.of(Integer.toString(i), "n", LEVELS[Math.min(i, 4)], Integer.toString(i - 1)));
        }
        Collections.shuffle(units, new Random(3));

        List<TreeIssue> expected = LegacyTree.check(units);

        assertThat(expected).hasSize(99_995).allMatch(i -> i.column().equals("level"));
        assertEquals(expected, JurisdictionTree.check(units));
        assertEquals(List.copyOf(LegacyTree.affectedCodes(units, expected)),
                List.copyOf(JurisdictionTree.affectedCodes(units, expected)));
    }

    @Test
    void namedAndFindByName_randomNames_answerAsAMapOfListsDid() {
        Random r = new Random(11);
        for (int c = 0; c < 300; c++) {
            List<Jurisdiction> units = new ArrayList<>();
            for (Jurisdiction u : forest(r, 150)) {   // names from a small pool: many shared
                Jurisdiction renamed = u.parentCode().isPresent()
                        ? Jurisdiction.of(u.code(), "村" + r.nextInt(60), u.level(), u.parentCode().get())
                        : Jurisdiction.root(u.code(), "村" + r.nextInt(60), u.level());
                units.add(renamed);
            }
            JurisdictionTree tree = JurisdictionTree.of(units);
            java.util.Map<String, List<Integer>> expected = new java.util.HashMap<>();   // as namesIndex was
            for (int i = 0; i < tree.size(); i++) {
                expected.computeIfAbsent(tree.unit(i).name(), n -> new ArrayList<>()).add(i);
            }

            for (int k = 0; k < 62; k++) {
                String name = "村" + k;
                List<Integer> want = expected.getOrDefault(name, List.of());
                assertThat(tree.named(name)).as("case %d, %s", c, name)
                        .containsExactly(want.stream().mapToInt(Integer::intValue).toArray());
                assertEquals(want.size() == 1 ? java.util.OptionalInt.of(want.get(0)) : java.util.OptionalInt.empty(),
                        tree.findByName(name), "case " + c + ", " + name);
            }
        }
    }
}
