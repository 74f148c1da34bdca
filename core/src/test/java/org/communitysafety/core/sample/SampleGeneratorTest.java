package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SampleGeneratorTest {
    private static final SampleSpec SMALL = SampleSpec.standard().withVillages(60).withIncidents(3_000)
            .withDisputes(1_200).withOutreach(700);

    // ---- determinism

    @Test
    void of_sameSpec_givesEqualCityAndRecords() {
        SampleGenerator a = SampleGenerator.of(SMALL);
        SampleGenerator b = SampleGenerator.of(SMALL);
        assertThat(b.jurisdictions()).isEqualTo(a.jurisdictions());
        assertThat(b.tree()).isEqualTo(a.tree());
        assertThat(b.populations()).isEqualTo(a.populations());
        assertThat(records(b)).isEqualTo(records(a));
    }

    /** A generator's records of every kind, each stream drawn once: incidents, disputes, outreach. */
    private static List<List<?>> records(SampleGenerator g) {
        return List.of(g.incidents().toList(), g.disputes().toList(), g.outreach().toList());
    }

    @Test
    void incidents_calledTwice_yieldsEqualRecords() {
        SampleGenerator g = SampleGenerator.of(SMALL);
        assertThat(records(g)).isEqualTo(records(g));
    }

    @Test
    void of_differentSeed_givesDifferentCityAndRecords() {
        SampleGenerator a = SampleGenerator.of(SMALL);
        SampleGenerator b = SampleGenerator.of(SMALL.withSeed(SMALL.seed() + 1));
        assertThat(b.jurisdictions()).isNotEqualTo(a.jurisdictions());
        // every kind differs, not just one
        assertThat(records(b)).zipSatisfy(records(a), (x, y) -> assertThat(x).isNotEqualTo(y));
    }

    @Test
    void withDisputes_otherCount_leavesIncidentsAndOutreachUnchanged() {
        SampleGenerator a = SampleGenerator.of(SMALL);
        SampleGenerator b = SampleGenerator.of(SMALL.withDisputes(17));
        assertThat(b.incidents().toList()).isEqualTo(a.incidents().toList());
        assertThat(b.outreach().toList()).isEqualTo(a.outreach().toList());
        assertThat(b.disputes().toList()).hasSize(17);
    }

    @Test
    void withIncidents_smallerCount_givesAPrefixOfTheLargerSample() {
        List<Incident> all = SampleGenerator.of(SMALL).incidents().toList();
        List<Incident> first = SampleGenerator.of(SMALL.withIncidents(2_500)).incidents().toList();
        assertThat(first).isEqualTo(all.subList(0, 2_500));
    }

    @Test
    void incidents_parallel_equalsSequential() {
        SampleGenerator g = SampleGenerator.of(SMALL.withIncidents(20_000));
        assertThat(g.incidents().parallel().toList()).isEqualTo(g.incidents().toList());
    }

    // ---- sizes and ids

    @ParameterizedTest(name = "{0} villages")
    @ValueSource(ints = {1, 2, 7, 20, 60, 500, 3_000})
    void tree_anySize_hasExactlyTheRequestedLowestLevelUnits(int villages) {
        SampleGenerator g = SampleGenerator.of(SMALL.withVillages(villages).withIncidents(0).withDisputes(0)
                .withOutreach(0));
        JurisdictionTree tree = g.tree();
        assertThat(tree.countByLevel()).containsEntry(Level.VILLAGE, villages).containsEntry(Level.CITY, 1);
        assertThat(tree.leaves()).hasSize(villages);
        for (int leaf : tree.leaves()) {
            assertThat(tree.unit(leaf).level()).isEqualTo(Level.VILLAGE);
        }
        g.dataset();
    }

    @Test
    void tree_standard_hasSixToTwelveDistrictsOfBothKinds() {
        JurisdictionTree tree = SampleGenerator.of(SampleSpec.standard()).tree();
        assertThat(tree.countByLevel().get(Level.DISTRICT)).isBetween(6, 12);
        List<String> names = SampleGenerator.of(SampleSpec.standard()).jurisdictions().stream()
                .filter(u -> u.level() == Level.DISTRICT).map(Jurisdiction::name).toList();
        assertThat(names).anyMatch(n -> n.endsWith("区")).anyMatch(n -> n.endsWith("县"));
    }

    @Test
    void tree_largestSize_keepsCodesWithinTheirDigits() {
        SampleGenerator g = SampleGenerator.of(SampleSpec.standard().withVillages(SampleSpec.MAX_VILLAGES));
        assertThat(g.tree().leaves()).hasSize(SampleSpec.MAX_VILLAGES);
        assertThat(g.tree().countByLevel().get(Level.DISTRICT)).isEqualTo(12);
        assertThat(g.jurisdictions()).allSatisfy(u -> assertThat(u.code()).matches("3301\\d\\d(\\d{3}){0,2}"));
    }

    @Test
    void records_haveExactlyTheRequestedCountsAndUniqueIds() {
        SampleGenerator g = SampleGenerator.of(SMALL);
        List<String> incidentIds = g.incidents().map(Incident::id).toList();
        List<String> disputeIds = g.disputes().map(Dispute::id).toList();
        List<String> outreachIds = g.outreach().map(OutreachSession::id).toList();
        assertThat(incidentIds).hasSize(3_000).doesNotHaveDuplicates().startsWith("I00000001", "I00000002")
                .endsWith("I00003000");
        assertThat(disputeIds).hasSize(1_200).doesNotHaveDuplicates().startsWith("D00000001").endsWith("D00001200");
        assertThat(outreachIds).hasSize(700).doesNotHaveDuplicates().startsWith("O00000001").endsWith("O00000700");
        assertThat(g.incidents().count()).isEqualTo(3_000);
    }

    @Test
    void records_zeroCounts_giveEmptyStreams() {
        SampleGenerator g = SampleGenerator.of(SMALL.withIncidents(0).withDisputes(0).withOutreach(0));
        assertThat(g.incidents()).isEmpty();
        assertThat(g.disputes()).isEmpty();
        assertThat(g.outreach()).isEmpty();
        assertThat(g.dataset().incidents()).isEmpty();
    }

    // ---- the jurisdictions

    @Test
    void jurisdictions_codesFollowGbT2260AndTownshipStyle() {
        SampleGenerator g = SampleGenerator.of(SampleSpec.standard());
        Map<String, Jurisdiction> byCode = new HashMap<>();
        g.jurisdictions().forEach(u -> byCode.put(u.code(), u));
        assertThat(byCode).hasSize(g.jurisdictions().size());
        assertThat(byCode.get("330100").level()).isEqualTo(Level.CITY);
        assertThat(byCode).containsKeys("330102", "330102001", "330102001001");
        for (Jurisdiction u : g.jurisdictions()) {
            int digits = switch (u.level()) {
                case CITY, DISTRICT -> 6;
                case TOWN -> 9;
                case VILLAGE -> 12;
                case GRID -> throw new AssertionError("the sample city has no grids: " + u);
            };
            assertThat(u.code()).as(u.toString()).hasSize(digits).containsOnlyDigits().startsWith("3301");
            u.parentCode().ifPresent(p -> {
                if (u.level() != Level.DISTRICT) {
                    assertThat(u.code()).as(u.toString()).startsWith(p);
                }
            });
        }
    }

    @Test
    void jurisdictions_namesAreUniqueAmongSiblingsAndMatchTheirKind() {
        SampleGenerator g = SampleGenerator.of(SampleSpec.standard());
        Set<String> seen = new HashSet<>();
        for (Jurisdiction u : g.jurisdictions()) {
            assertThat(seen.add(u.parentCode().orElse("") + "/" + u.name())).as("duplicate %s", u).isTrue();
            boolean urban = u.kind().orElse(AreaKind.URBAN) == AreaKind.URBAN;
            String name = u.name();
            switch (u.level()) {
                case CITY -> assertThat(name).endsWith("市");
                case DISTRICT -> assertThat(name).endsWith(urban ? "区" : "县");
                case TOWN -> assertThat(name).endsWith(urban ? "街道" : "镇");
                case VILLAGE -> assertThat(name).endsWith(urban ? "社区" : "村");
                case GRID -> throw new AssertionError("the sample city has no grids: " + u);
            }
        }
        assertThat(g.jurisdictions()).anyMatch(u -> u.name().endsWith("村")).anyMatch(u -> u.name().endsWith("社区"));
    }

    @Test
    void jurisdictions_onlyLowestLevelHasPopulation_soParentsTakeTheSum() {
        SampleGenerator g = SampleGenerator.of(SampleSpec.standard());
        JurisdictionTree tree = g.tree();
        long sumOfLeaves = 0;
        for (Jurisdiction u : g.jurisdictions()) {
            if (u.level() == Level.VILLAGE) {
                long pop = u.population().orElseThrow();
                long households = u.households().orElseThrow();
                boolean urban = u.kind().orElseThrow() == AreaKind.URBAN;
                assertThat(pop).as(u.toString()).isBetween(urban ? 1_400L : 250L, urban ? 32_000L : 8_500L);
                assertThat(pop / (double) households).as(u.toString()).isBetween(2.58, 3.02);
                double area = u.areaKm2().orElseThrow();
                assertThat(area).isPositive().isEqualTo(Math.round(area * 10) / 10.0);
                sumOfLeaves += pop;
            } else {
                assertThat(u.population()).as(u.toString()).isEmpty();
                assertThat(u.households()).as(u.toString()).isEmpty();
            }
        }
        int root = tree.roots()[0];
        assertThat(tree.population(root)).hasValue(sumOfLeaves);
        assertThat(sumOfLeaves).isBetween(1_000_000L, 5_000_000L);
    }

    @Test
    void populations_everyLeafEveryYear_lastYearEqualsTheUnitsOwn() {
        SampleGenerator g = SampleGenerator.of(SampleSpec.standard());
        Map<String, Map<Integer, PopulationFigure>> byUnit = new HashMap<>();
        g.populations().figures().forEach(f -> byUnit.computeIfAbsent(f.unit(), k -> new HashMap<>()).put(f.year(), f));
        List<Jurisdiction> leaves = g.jurisdictions().stream().filter(u -> u.level() == Level.VILLAGE).toList();
        assertThat(byUnit).hasSize(leaves.size());
        assertThat(g.populations().years()).containsExactly(2022, 2023, 2024);
        for (Jurisdiction u : leaves) {
            Map<Integer, PopulationFigure> years = byUnit.get(u.code());
            assertThat(years).containsOnlyKeys(2022, 2023, 2024);
            assertThat(years.get(2024).population()).isEqualTo(u.population().orElseThrow());
            assertThat(years.get(2024).households()).isEqualTo(u.households());
            for (int y = 2023; y <= 2024; y++) {
                double change = years.get(y).population() / (double) years.get(y - 1).population() - 1;
                assertThat(change).as("%s %d", u.code(), y).isBetween(-0.045, 0.06);
            }
        }
        int root = g.tree().roots()[0];
        assertThat(g.populations().population(g.tree(), root, 2022)).isNotEqualTo(
                g.populations().population(g.tree(), root, 2024));
    }

    // ---- validity of the records

    @Test
    void incidents_areValidAgainstTreeTaxonomyAndSpan() {
        SampleGenerator g = SampleGenerator.of(SMALL.withIncidents(20_000));
        JurisdictionTree tree = g.tree();
        Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
        LocalDate first = SMALL.firstDay();
        LocalDate last = SMALL.lastDay();
        g.incidents().forEach(i -> {
            assertThat(tree.contains(i.unit())).as(i.toString()).isTrue();
            assertThat(taxonomy.contains(i.category())).as(i.toString()).isTrue();
            assertThat(i.criminal()).as(i.toString()).isEqualTo(taxonomy.category(i.category()).criminal());
            assertThat(i.occurredOn()).as(i.toString()).isBetween(first, last);
            LocalDate reported = i.reportedOn().orElseThrow();
            assertThat(reported).as(i.toString()).isBetween(i.occurredOn(), last)
                    .isBeforeOrEqualTo(i.occurredOn().plusDays(10));
            i.clearedOn().ifPresent(c -> assertThat(c).as(i.toString()).isBetween(reported, last));
            assertThat(i.recovered()).as(i.toString()).isLessThanOrEqualTo(i.loss());
            if (!taxonomy.category(i.category()).isIn("property")) {
                assertThat(i.loss().isZero()).as(i.toString()).isTrue();
            }
        });
    }

    @Test
    void disputes_areValidAgainstTreeAndSpan() {
        SampleGenerator g = SampleGenerator.of(SMALL.withDisputes(20_000));
        LocalDate last = SMALL.lastDay();
        g.disputes().forEach(d -> {
            assertThat(g.tree().contains(d.unit())).as(d.toString()).isTrue();
            assertThat(d.receivedOn()).as(d.toString()).isBetween(SMALL.firstDay(), last);
            assertThat(d.closedOn().isPresent()).as(d.toString()).isEqualTo(d.status().isConcluded());
            d.closedOn().ifPresent(c -> assertThat(c).as(d.toString()).isBetween(d.receivedOn(), last));
        });
    }

    @Test
    void outreach_isValidAgainstTreeAndSpan() {
        SampleGenerator g = SampleGenerator.of(SMALL.withOutreach(20_000));
        g.outreach().forEach(o -> {
            assertThat(g.tree().contains(o.unit())).as(o.toString()).isTrue();
            assertThat(o.heldOn()).as(o.toString()).isBetween(SMALL.firstDay(), SMALL.lastDay());
            assertThat(o.hazardsFixed()).as(o.toString()).isLessThanOrEqualTo(o.hazardsFound());
            assertThat(o.staff()).as(o.toString()).isBetween(1L, 6L);
            assertThat(o.volunteers()).as(o.toString()).isBetween(0L, 30L);
            assertThat(o.audience()).as(o.toString()).isBetween(10L, 800L);
            assertThat(o.lossAvoided().isZero()).as(o.toString()).isEqualTo(o.fraudsStopped() == 0);
        });
    }

    @Test
    void dataset_holdsEverythingWithTheDefaultTaxonomy() {
        SampleGenerator g = SampleGenerator.of(SMALL);
        Dataset d = g.dataset();
        assertThat(d.tree()).isEqualTo(g.tree());
        assertThat(d.taxonomy()).isEqualTo(Taxonomy.defaultTaxonomy());
        assertThat(d.populations()).isEqualTo(g.populations());
        assertThat(d.incidents()).hasSize(3_000);
        assertThat(d.disputes()).hasSize(1_200);
        assertThat(d.outreach()).hasSize(700);
        assertThat(d.firstDate()).hasValueSatisfying(x -> assertThat(x).isAfterOrEqualTo(SMALL.firstDay()));
        assertThat(d.lastDate()).hasValueSatisfying(x -> assertThat(x).isBeforeOrEqualTo(SMALL.lastDay()));
    }

    @Test
    void dataset_tooManyRecords_pointsToTheStreams() {
        SampleGenerator g = SampleGenerator.of(SMALL.withDisputes(SampleGenerator.MAX_MATERIALISED + 1));
        assertThatThrownBy(g::dataset).isInstanceOf(IllegalStateException.class)
                .hasMessage("dataset() holds at most 10000000 disputes in memory, the spec asks for 10000001;"
                        + " use the streams instead");
    }

    @Test
    void records_oneYearSpanIncludingALeapDay_stayWithinTheYear() {
        SampleSpec spec = SMALL.withYears(2000, 2000).withIncidents(30_000);
        SampleGenerator g = SampleGenerator.of(spec);
        assertThat(g.incidents()).allSatisfy(i -> assertThat(i.occurredOn().getYear()).isEqualTo(2000))
                .anySatisfy(i -> assertThat(i.occurredOn()).isEqualTo(LocalDate.of(2000, 2, 29)));
        assertThat(g.populations().years()).containsExactly(2000);
        g.dataset();
    }

    @Test
    void ids_widenForCountsBeyondEightDigits() {
        Ids ids = new Ids('I', 123_456_789_0L);
        assertThat(ids.of(1)).isEqualTo("I0000000001");
        assertThat(new Ids('D', 5).of(42)).isEqualTo("D00000042");
    }
}
