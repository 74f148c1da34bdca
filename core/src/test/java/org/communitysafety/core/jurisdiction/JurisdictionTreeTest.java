package org.communitysafety.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class JurisdictionTreeTest {
    /** city 1 → districts 11, 12 → towns 111, 112 (in 11) → villages 1111, 1112 (in 111); 121 a village in 12. */
    static List<Jurisdiction> sample() {
        return List.of(
                Jurisdiction.root("1", "市", Level.CITY),
                Jurisdiction.of("12", "乙区", Level.DISTRICT, "1"),
                Jurisdiction.of("11", "甲区", Level.DISTRICT, "1"),
                Jurisdiction.of("111", "一镇", Level.TOWN, "11"),
                Jurisdiction.of("112", "二镇", Level.TOWN, "11").withPopulation(300),
                Jurisdiction.of("1111", "一村", Level.VILLAGE, "111").withPopulation(100).withHouseholds(30),
                Jurisdiction.of("1112", "二村", Level.VILLAGE, "111").withPopulation(50).withHouseholds(20),
                Jurisdiction.of("121", "三社区", Level.VILLAGE, "12"));
    }

    @Test
    void of_anyInputOrder_givesPostOrderWithChildrenBeforeParents() {
        JurisdictionTree tree = JurisdictionTree.of(sample());

        assertThat(tree.units()).extracting(Jurisdiction::code)
                .containsExactly("1111", "1112", "111", "112", "11", "121", "12", "1");
        for (int i = 0; i < tree.size(); i++) {
            if (tree.parent(i) >= 0) {
                assertThat(tree.parent(i)).isGreaterThan(i);
            }
        }
    }

    @Test
    void subtree_isAContiguousRangeEndingAtTheUnit() {
        JurisdictionTree tree = JurisdictionTree.of(sample());
        int district = tree.indexOf("11");

        assertThat(tree.subtree(district).mapToObj(i -> tree.unit(i).code()))
                .containsExactly("1111", "1112", "111", "112", "11");
        assertThat(tree.isInSubtree(tree.indexOf("1112"), district)).isTrue();
        assertThat(tree.isInSubtree(tree.indexOf("121"), district)).isFalse();
        assertThat(tree.isInSubtree(district, district)).isTrue();
    }

    @Test
    void ancestorsLeavesAndChildren_answerByIndex() {
        JurisdictionTree tree = JurisdictionTree.of(sample());
        int village = tree.indexOf("1112");

        assertThat(IntStream.of(tree.ancestors(village)).mapToObj(i -> tree.unit(i).code()))
                .containsExactly("111", "11", "1");
        assertThat(IntStream.of(tree.leaves()).mapToObj(i -> tree.unit(i).code()))
                .containsExactly("1111", "1112", "112", "121");
        assertThat(IntStream.of(tree.leavesUnder(tree.indexOf("11"))).mapToObj(i -> tree.unit(i).code()))
                .containsExactly("1111", "1112", "112");
        assertThat(IntStream.of(tree.children(tree.indexOf("1"))).mapToObj(i -> tree.unit(i).code()))
                .containsExactly("11", "12");
        assertThat(tree.depth(village)).isEqualTo(3);
        assertThat(tree.roots()).containsExactly(tree.indexOf("1"));
        assertThat(tree.countByLevel()).containsEntry(Level.VILLAGE, 3).containsEntry(Level.CITY, 1);
    }

    @Test
    void population_parentWithoutFigure_takesTheSumOfItsChildren() {
        JurisdictionTree tree = JurisdictionTree.of(sample());

        assertThat(tree.population(tree.indexOf("111"))).hasValue(150);
        assertThat(tree.population(tree.indexOf("11"))).hasValue(450);
        assertThat(tree.households(tree.indexOf("111"))).hasValue(50);
        assertThat(tree.households(tree.indexOf("11"))).as("112 has no households").isEmpty();
        assertThat(tree.population(tree.indexOf("121"))).isEmpty();
        assertThat(tree.population(tree.indexOf("1"))).as("121 is unknown, so the city is").isEmpty();
    }

    @Test
    void populations_yearFigureTakesPrecedenceAndSumsUp() {
        JurisdictionTree tree = JurisdictionTree.of(sample());
        Populations pops = Populations.of(List.of(PopulationFigure.of("1111", 2024, 120),
                PopulationFigure.of("121", 2024, 40)));

        long[] p2024 = pops.resolve(tree, 2024);
        long[] p2023 = pops.resolve(tree, 2023);

        assertThat(p2024[tree.indexOf("111")]).isEqualTo(170);
        assertThat(p2024[tree.indexOf("1")]).isEqualTo(170 + 300 + 40);
        assertThat(p2023[tree.indexOf("111")]).isEqualTo(150);
        assertThat(p2023[tree.indexOf("1")]).isEqualTo(-1);
    }

    @Test
    void of_missingParentCycleAndLevel_listsEveryProblem() {
        List<Jurisdiction> units = List.of(
                Jurisdiction.root("1", "City", Level.CITY),
                Jurisdiction.of("2", "Orphan", Level.TOWN, "9"),
                Jurisdiction.of("3", "A", Level.TOWN, "4"),
                Jurisdiction.of("4", "B", Level.VILLAGE, "3"),
                Jurisdiction.of("5", "Up", Level.CITY, "1"));

        var e = assertThrows(IllegalArgumentException.class, () -> JurisdictionTree.of(units));

        assertEquals("the jurisdictions do not form a tree: unit 2, parent_code: parent 9 does not exist; "
                + "unit 3, parent_code: units 3 → 4 → 3 form a cycle; "
                + "unit 5, level: level city is not below its parent 1's level city", e.getMessage());
    }

    @Test
    void check_tenThousandUnitCycle_oneIssueNamingTwentyCodes() {
        // issue 13: one issue per member, each naming the whole cycle, made a 990 MB report
        int n = 10_000;
        List<Jurisdiction> units = new java.util.ArrayList<>();
        units.add(Jurisdiction.root("1", "City", Level.CITY));
        for (int i = 0; i < n; i++) {
            units.add(Jurisdiction.of("U" + i, "Unit " + i, Level.TOWN, "U" + ((i + 1) % n)));
        }
        units.add(Jurisdiction.of("V", "Below the cycle", Level.VILLAGE, "U5"));

        List<TreeIssue> issues = JurisdictionTree.check(units);

        assertThat(issues).hasSize(1);
        TreeIssue cycle = issues.get(0);
        assertThat(cycle.position()).isEqualTo(1);
        assertThat(cycle.reason()).startsWith("units U0 → U1 → U2 → ")
                .endsWith(" → U19 → … and 9,980 more (10,000 units) form a cycle");
        assertThat(cycle.reason().length()).isLessThan(300);
        assertThat(cycle.others()).hasSize(n - 1);
        assertThat(JurisdictionTree.affectedCodes(units, issues)).hasSize(n + 1).doesNotContain("1");
    }

    @Test
    void indexOf_unknownCode_suggestsTheNearest() {
        JurisdictionTree tree = JurisdictionTree.of(sample());

        var e = assertThrows(IllegalArgumentException.class, () -> tree.indexOf("1113"));

        assertEquals("unknown unit 1113; did you mean 1111?", e.getMessage());
        assertThat(tree.find("1113")).isEmpty();
    }

    @Test
    void jurisdiction_selfParentAndNegativePopulation_areRejected() {
        var self = assertThrows(IllegalArgumentException.class, () -> Jurisdiction.of("1", "x", Level.TOWN, "1"));
        var negative = assertThrows(IllegalArgumentException.class,
                () -> Jurisdiction.root("1", "x", Level.CITY).withPopulation(-5));

        assertEquals("unit 1 is its own parent", self.getMessage());
        assertEquals("unit 1: population must not be negative, got -5", negative.getMessage());
        assertThrows(NullPointerException.class, () -> Jurisdiction.root(null, "x", Level.CITY));
    }

    @Test
    void toString_isReadable() {
        JurisdictionTree tree = JurisdictionTree.of(sample());

        assertEquals("JurisdictionTree[8 units: 1 city, 2 district, 2 town, 3 village]", tree.toString());
        assertEquals("village 1111 一村 (in 111), population 100, households 30", tree.unit("1111").toString());
    }

    @Test
    void levelParse_acceptsEnglishAliasesAndChinese() {
        assertThat(List.of("市", "区", "县", "镇", "乡", "街道", "村", "社区", "County", "street", "community"))
                .extracting(Level::parse)
                .containsExactly(Level.CITY, Level.DISTRICT, Level.DISTRICT, Level.TOWN, Level.TOWN, Level.TOWN,
                        Level.VILLAGE, Level.VILLAGE, Level.DISTRICT, Level.TOWN, Level.VILLAGE);
        assertThat(Level.impliedKind("社区")).contains(AreaKind.URBAN);
        assertThat(Level.impliedKind("村")).contains(AreaKind.RURAL);
        assertThat(Level.impliedKind("区")).isEmpty();
        assertThat(Level.impliedKind("village")).as("the code also stands for communities").isEmpty();
        var e = assertThrows(IllegalArgumentException.class, () -> Level.parse("province"));
        assertThat(e.getMessage()).startsWith("province is not a level");
    }

    @Test
    void levelParse_grid_isBelowVillage() {
        assertThat(List.of("网格", "grid", " GRID ")).extracting(Level::parse)
                .containsExactly(Level.GRID, Level.GRID, Level.GRID);
        assertThat(Level.GRID.depth()).isEqualTo(4);
        assertThat(Level.GRID.isBelow(Level.VILLAGE)).isTrue();
        assertThat(Level.GRID.code()).isEqualTo("grid");
        assertThat(Level.impliedKind("网格")).isEmpty();
        var e = assertThrows(IllegalArgumentException.class, () -> Level.parse("楼栋"));
        assertThat(e.getMessage()).isEqualTo("楼栋 is not a level; expected city, district, county, town, street,"
                + " village, community, grid or 市, 区, 县, 镇, 乡, 街道, 村, 社区, 网格");
    }

    @Test
    void of_gridsBelowAVillage_areLeavesAndAVillageBelowAGridIsRejected() {
        List<Jurisdiction> units = new ArrayList<>(sample());
        units.add(Jurisdiction.of("1111-01", "一村第一网格", Level.GRID, "1111"));
        units.add(Jurisdiction.of("1111-02", "一村第二网格", Level.GRID, "1111"));
        JurisdictionTree tree = JurisdictionTree.of(units);

        assertThat(tree.isLeaf(tree.indexOf("1111-01"))).isTrue();
        assertThat(tree.isLeaf(tree.indexOf("1111"))).isFalse();
        assertThat(tree.depth(tree.indexOf("1111-02"))).isEqualTo(4);
        assertThat(tree.atLevel(Level.GRID)).hasSize(2);
        assertEquals("JurisdictionTree[10 units: 1 city, 2 district, 2 town, 3 village, 2 grid]", tree.toString());

        units.add(Jurisdiction.of("9", "九村", Level.VILLAGE, "1111-01"));
        var e = assertThrows(IllegalArgumentException.class, () -> JurisdictionTree.of(units));
        assertThat(e.getMessage()).contains("unit 9, level: level village is not below its parent 1111-01's level grid");
    }

    /** Law: over random trees, every subtree range holds exactly the unit's descendants. */
    @Test
    void subtreeRanges_randomTrees_matchParentLinks() {
        Random random = new Random(20241123);
        for (int round = 0; round < 200; round++) {
            List<Jurisdiction> units = new ArrayList<>();
            units.add(Jurisdiction.root("r", "root", Level.CITY));
            int n = 1 + random.nextInt(60);
            for (int k = 0; k < n; k++) {
                Jurisdiction parent = units.get(random.nextInt(units.size()));
                if (parent.level() == Level.VILLAGE) {
                    continue;
                }
                Level level = Level.values()[parent.level().ordinal() + 1];
                units.add(Jurisdiction.of("u" + k, "n" + k, level, parent.code()));
            }
            Collections.shuffle(units, random);
            JurisdictionTree tree = JurisdictionTree.of(units);
            for (int a = 0; a < tree.size(); a++) {
                for (int d = 0; d < tree.size(); d++) {
                    boolean descends = false;
                    for (int p = d; p >= 0; p = tree.parent(p)) {
                        descends |= p == a;
                    }
                    assertThat(tree.isInSubtree(d, a)).as("round %d: %d in %d", round, d, a).isEqualTo(descends);
                }
            }
        }
    }

    @Test
    void named_uniqueSharedAndUnknownNames_giveTheirIndicesInOrder() {
        List<Jurisdiction> units = new java.util.ArrayList<>(sample());
        units.add(Jurisdiction.of("1121", "一村", Level.VILLAGE, "112"));   // a second 一村, in another town
        JurisdictionTree tree = JurisdictionTree.of(units);
        assertThat(tree.named("甲区")).containsExactly(tree.indexOf("11"));
        int[] shared = tree.named("一村");
        assertThat(java.util.Arrays.stream(shared).mapToObj(i -> tree.unit(i).code()))
                .containsExactlyInAnyOrder("1111", "1121");
        assertThat(shared).isSorted();
        assertThat(tree.named("无此村")).isEmpty();
        tree.named("甲区")[0] = -1;                                          // a copy: the index is not exposed
        assertThat(tree.named("甲区")).containsExactly(tree.indexOf("11"));
        assertThat(tree.findByName("甲区")).hasValue(tree.indexOf("11"));
        assertThat(tree.findByName("一村")).isEmpty();                      // shared: no one unit
        assertThat(tree.findByName("无此村")).isEmpty();
    }
}
