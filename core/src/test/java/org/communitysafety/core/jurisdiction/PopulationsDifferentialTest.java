package org.communitysafety.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Populations}, whose figures moved from a list of records to columns, answers as it did
 * before ({@link LegacyPopulations}, the code of commit 5b12ca5) over seeded random trees and
 * figures: the resolved populations and households of every year, the figures in order, the
 * years, equality and hash codes; and its {@link Populations.Builder} finds the first figure of a
 * unit and year as the reader's map of keys did.
 */
final class PopulationsDifferentialTest {
    private static List<Jurisdiction> forest(Random r, int n) {
        List<Jurisdiction> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Jurisdiction u = i == 0 || r.nextInt(15) == 0 ? Jurisdiction.root("U" + i, "n", Level.CITY)
                    : parentOf(r, units, i);
            if (r.nextInt(3) == 0) {
                u = u.withPopulation(r.nextInt(5000));
            }
            if (r.nextInt(4) == 0) {
                u = u.withHouseholds(r.nextInt(2000));
            }
            units.add(u);
        }
        return units;
    }

    private static Jurisdiction parentOf(Random r, List<Jurisdiction> units, int i) {
        for (int tries = 0; tries < 20; tries++) {
            Jurisdiction p = units.get(r.nextInt(units.size()));
            if (p.level() != Level.GRID) {
                return Jurisdiction.of("U" + i, "n", Level.values()[p.level().ordinal() + 1], p.code());
            }
        }
        return Jurisdiction.root("U" + i, "n", Level.CITY);
    }

    /** Figures for some units and years, each (unit, year) once, in random order. */
    private static List<PopulationFigure> figures(Random r, List<Jurisdiction> units) {
        List<PopulationFigure> figures = new ArrayList<>();
        for (Jurisdiction u : units) {
            for (int year = 2020; year <= 2024; year++) {
                if (r.nextInt(3) == 0) {
                    figures.add(r.nextBoolean() ? PopulationFigure.of(u.code(), year, r.nextInt(10_000))
                            : new PopulationFigure(u.code(), year, r.nextInt(10_000), OptionalLong.of(r.nextInt(3000))));
                }
            }
        }
        if (r.nextInt(5) == 0) {
            figures.add(PopulationFigure.of("NOT-IN-THE-TREE", 2022, 5));
        }
        java.util.Collections.shuffle(figures, r);
        return figures;
    }

    @Test
    void resolve_randomTreesAndFigures_giveWhatTheListOfRecordsGave() {
        Random r = new Random(1206);
        for (int c = 0; c < 400; c++) {
            JurisdictionTree tree = JurisdictionTree.of(forest(r, 1 + r.nextInt(c < 390 ? 80 : 5_000)));
            List<PopulationFigure> given = figures(r, tree.units());

            LegacyPopulations expected = LegacyPopulations.of(given);
            Populations actual = Populations.of(given);
            Populations.Builder builder = Populations.builder();
            given.forEach(f -> assertEquals(-1, builder.add(f.unit(), f.year(), f.population(),
                    f.households().orElse(-1))));
            Populations built = builder.build();

            for (int year = 2019; year <= 2025; year++) {
                for (Populations p : List.of(actual, built)) {
                    assertThat(p.resolve(tree, year)).as("case %d, %d", c, year).containsExactly(expected.resolve(tree, year));
                    assertThat(p.resolveHouseholds(tree, year)).as("case %d, %d", c, year)
                            .containsExactly(expected.resolveHouseholds(tree, year));
                }
            }
            assertEquals(expected.figures(), actual.figures());
            assertEquals(expected.figures(), built.figures());
            assertEquals(expected.years(), actual.years());
            assertEquals(expected.isEmpty(), actual.isEmpty());
            assertEquals(expected.hashCode(), actual.hashCode());
            assertEquals(actual, built);
            assertEquals(actual.hashCode(), built.hashCode());
            assertEquals(expected.toString().replace("LegacyPopulations", "Populations"), actual.toString());
        }
    }

    @Test
    void builderAdd_aSecondFigureForAUnitAndYear_givesThePositionOfTheFirstAndKeepsIt() {
        Random r = new Random(99);
        for (int c = 0; c < 200; c++) {
            Populations.Builder b = Populations.builder();
            java.util.Map<String, Integer> firstOf = new java.util.HashMap<>();   // what the reader's map did
            List<PopulationFigure> kept = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(300); k++) {
                String unit = "U" + r.nextInt(40);
                int year = 2020 + r.nextInt(4);
                long population = r.nextInt(100);
                Integer first = firstOf.putIfAbsent(unit + "/" + year, kept.size());

                int added = b.add(unit, year, population, -1);

                assertEquals(first == null ? -1 : first, added);
                if (first == null) {
                    kept.add(PopulationFigure.of(unit, year, population));
                }
                assertEquals(kept.size(), b.size());
            }
            assertEquals(kept, b.build().figures());
        }
    }

    @Test
    void of_twoFiguresForAUnitInAYear_isRejectedAsBefore() {
        List<PopulationFigure> twice = List.of(PopulationFigure.of("1111", 2024, 1), PopulationFigure.of("121", 2024, 2),
                PopulationFigure.of("1111", 2024, 3));

        var expected = assertThrows(IllegalArgumentException.class, () -> LegacyPopulations.of(twice));
        var actual = assertThrows(IllegalArgumentException.class, () -> Populations.of(twice));

        assertEquals("two population figures for unit 1111 in 2024", actual.getMessage());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void builderAdd_badValues_areRejectedAsThePopulationFigureRejectsThem() {
        Populations.Builder b = Populations.builder();

        assertEquals("year must be 1..9999, got 0",
                assertThrows(IllegalArgumentException.class, () -> b.add("1", 0, 5, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.add(" ", 2024, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> b.add("1", 2024, -1, -1));
        assertEquals("households must be -1 (not given) or at least 0, got -2",
                assertThrows(IllegalArgumentException.class, () -> b.add("1", 2024, 5, -2)).getMessage());
        assertEquals(0, b.size());
        assertThat(b.build()).isSameAs(Populations.none());
        assertThrows(IllegalStateException.class, b::build);
    }

    @Test
    void figures_isAView_thatMakesEachFigureAsItIsRead() {
        Populations p = Populations.of(List.of(PopulationFigure.of("1", 2024, 10),
                new PopulationFigure("2", 2023, 20, OptionalLong.of(7))));

        assertThat(p.figures()).containsExactly(PopulationFigure.of("1", 2024, 10),
                new PopulationFigure("2", 2023, 20, OptionalLong.of(7)));
        assertThat(p.size()).isEqualTo(2);
        assertThrows(UnsupportedOperationException.class, () -> p.figures().add(PopulationFigure.of("3", 2024, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> p.figures().get(2));
    }
}
