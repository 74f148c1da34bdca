package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Crs;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link IncidentStore}: its columns, its size in bytes, and the checks on its hot path. */
final class IncidentStoreTest {
    /** A town (index 1) and its village (index 0): post-order puts the child first. */
    private static final JurisdictionTree TREE = JurisdictionTree.of(
            Jurisdiction.root("T", "镇", Level.TOWN), Jurisdiction.of("V", "村", Level.VILLAGE, "T"));
    private static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
            Category.of("theft", "盗窃", "theft", true),
            Category.of("fraud", "诈骗", "fraud", true),
            Category.of("call", "求助", "call", false)));
    private static final LocalDate MARCH_7 = LocalDate.of(2024, 3, 7);

    private static IncidentStore.Builder builder() {
        return IncidentStore.builder(TREE, TAXONOMY);
    }

    /** Four incidents, one of them with an amount. */
    private static IncidentStore fourIncidents() {
        long day = MARCH_7.toEpochDay();
        return builder()
                .add(0, 0, day, -1, true, false, 0, 0)
                .add(1, 2, day + 1, 0, false, true, 0, 0)
                .add(0, 1, day + 2, 65_534, true, true, 123_456, 100)
                .add(1, 0, MARCH_7, LocalDate.of(2024, 2, 29).plusYears(1), false, false, 0, 0)
                .build();
    }

    @Test
    void bytesPerRecord_fourIncidentsOneWithAnAmount_is13() {
        IncidentStore store = fourIncidents();

        // 4 × (4 unit + 2 day + 1 category + 1 flags + 2 delay) + 1 × (4 row + 8 loss and recovered)
        assertThat(store.bytes()).isEqualTo(4 * 10 + 12);
        assertThat(store.bytesPerRecord()).isEqualTo(13.0);
        assertThat(store.amountCount()).isEqualTo(1);
        assertThat(store).hasToString("IncidentStore[4 incidents, 1 with amounts, 13.0 bytes each]");
    }

    @Test
    void bytesPerRecord_emptyStore_isZero() {
        IncidentStore store = builder().build();

        assertThat(store.size()).isZero();
        assertThat(store.bytes()).isZero();
        assertThat(store.bytesPerRecord()).isZero();
    }

    @Test
    void columns_readBackWhatWasAdded_groupedByUnitSortedByDay() {
        IncidentStore store = fourIncidents();
        long day = MARCH_7.toEpochDay();

        assertThat(store.size()).isEqualTo(4);
        assertThat(store.unitCount()).isEqualTo(2);
        assertThat(store.categoryCount()).isEqualTo(3);
        // unit 0's incidents (the 1st and 3rd added, already in day order) come first, then unit
        // 1's by day: the 4th added (March 7) before the 2nd (March 8)
        assertThat(new int[] {store.unit(0), store.unit(1), store.unit(2), store.unit(3)}).containsExactly(0, 0, 1, 1);
        assertThat(new int[] {store.category(0), store.category(1), store.category(2), store.category(3)})
                .containsExactly(0, 1, 0, 2);
        assertThat(new long[] {store.day(0), store.day(1), store.day(2), store.day(3)})
                .containsExactly(day, day + 2, day, day + 1);
        assertThat(store.criminal(0)).isTrue();
        assertThat(store.repeatCall(0)).isFalse();
        assertThat(store.repeatCall(1)).isTrue();
        assertThat(store.repeatCall(2)).isFalse();
        assertThat(store.repeatCall(3)).isTrue();
        assertThat(store.clearDelay(0)).isEqualTo(IncidentStore.NOT_CLEARED);
        assertThat(store.clearDelay(1)).isEqualTo(65_534);
        // 2024-03-07 to 2025-02-28: 358 days
        assertThat(store.clearDelay(2)).isEqualTo(358);
        assertThat(store.clearDelay(3)).isZero();
        assertThat(store.lossFen(1)).isEqualTo(123_456);
        assertThat(store.recoveredFen(1)).isEqualTo(100);
        assertThat(store.lossFen(0)).isZero();
        assertThat(store.lossFen(2)).isZero();
    }

    @Test
    void build_sameUnitAndDay_keepsTheOrderAdded() {
        long day = MARCH_7.toEpochDay();
        IncidentStore store = builder()
                .add(1, 2, day + 5, -1, false, false, 0, 0)
                .add(1, 0, day, -1, false, false, 1, 0)
                .add(0, 1, day, -1, false, false, 0, 0)
                .add(1, 1, day, -1, false, false, 0, 2)
                .add(1, 2, day, -1, false, false, 0, 0)
                .build();

        assertThat(new int[] {store.unit(0), store.unit(1), store.unit(2), store.unit(3), store.unit(4)})
                .containsExactly(0, 1, 1, 1, 1);
        assertThat(new int[] {store.category(1), store.category(2), store.category(3), store.category(4)})
                .containsExactly(0, 1, 2, 2);
        assertThat(store.day(4)).isEqualTo(day + 5);
        assertThat(new long[] {store.lossFen(1), store.recoveredFen(2), store.lossFen(3)}).containsExactly(1, 2, 0);
    }

    @Test
    void add_incidentRecord_looksUpUnitAndCategory() {
        Incident i = new Incident("I1", "T", "call", MARCH_7, Optional.empty(), Optional.of(MARCH_7.plusDays(3)),
                false, true, Money.ofFen(5), Money.ZERO, IncidentSource.UNSPECIFIED);

        IncidentStore store = builder().add(i).build();

        assertThat(store.unit(0)).isEqualTo(TREE.indexOf("T"));
        assertThat(store.category(0)).isEqualTo(2);
        assertThat(store.clearDelay(0)).isEqualTo(3);
        assertThat(store.repeatCall(0)).isTrue();
        assertThat(store.amountCount()).isEqualTo(1);
    }

    @Test
    void builder_manyIncidents_growsEveryColumn() {
        IncidentStore.Builder b = builder();
        for (int i = 0; i < 5_000; i++) {
            b.add(i % 2, i % 3, 19_000 + i, i % 7 == 0 ? -1 : i % 100, i % 5 == 0, i % 4 == 0, i % 3 == 0 ? i : 0, 0);
        }
        IncidentStore store = b.build();

        assertThat(store.size()).isEqualTo(5_000).isEqualTo(b.size());
        assertThat(store.amountCount()).isEqualTo(1_666); // multiples of 3 other than 0
        // grouped by unit: the even i (unit 0) in order, then the odd i (unit 1)
        for (int row = 0; row < 5_000; row++) {
            int i = row < 2_500 ? 2 * row : 2 * (row - 2_500) + 1;
            assertThat(store.unit(row)).isEqualTo(i % 2);
            assertThat(store.day(row)).isEqualTo(19_000 + i);
            assertThat(store.clearDelay(row)).isEqualTo(i % 7 == 0 ? IncidentStore.NOT_CLEARED : i % 100);
            assertThat(store.lossFen(row)).isEqualTo(i % 3 == 0 ? i : 0);
        }
    }

    @Test
    void build_twice_givesIndependentStores() {
        IncidentStore.Builder b = builder().add(0, 0, 0, -1, false, false, 0, 0);
        IncidentStore first = b.build();
        IncidentStore second = b.add(1, 1, 1, -1, false, false, 0, 0).build();

        assertThat(first.size()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void category_above127_isReadUnsigned() {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            categories.add(Category.of("c" + i, "类" + i, "c" + i, false));
        }
        Taxonomy wide = Taxonomy.of(categories);
        IncidentStore store = IncidentStore.builder(TREE, wide)
                .add(0, 255, MARCH_7.toEpochDay(), 0, false, false, 0, 0)
                .add(1, 128, MARCH_7.toEpochDay(), -1, false, false, 0, 0)
                .build();
        PeriodIndex march = PeriodIndex.of(Period.ofMonth(2024, 3));

        assertThat(store.category(0)).isEqualTo(255);
        assertThat(store.category(1)).isEqualTo(128);
        Cube<IncidentMeasure> cube = IncidentAccumulator.create(2, 256, march).add(store).snapshot();
        assertThat(cube.count(0, 0, 255)).isEqualTo(1);
        assertThat(cube.get(IncidentMeasure.CLEARANCES, 0, 0, 255)).isEqualTo(1);
        assertThat(cube.count(1, 0, 128)).isEqualTo(1);
        assertThat(IncidentAccumulator.countsOnly(2, 256, march).add(store).snapshot().count(1, 0, 128)).isEqualTo(1);
    }

    // ---- hot-path argument errors -------------------------------------------------------

    private static void assertRejected(String message, Executable add) {
        var e = assertThrows(IllegalArgumentException.class, add);
        assertEquals(message, e.getMessage());
    }

    @Test
    void add_unitIndexOutsideTheTree_isRejected() {
        assertRejected("unit index -1 is outside 0..1", () -> builder().add(-1, 0, 0, -1, false, false, 0, 0));
        assertRejected("unit index 2 is outside 0..1", () -> builder().add(2, 0, 0, -1, false, false, 0, 0));
    }

    @Test
    void add_categoryIndexOutsideTheTaxonomy_isRejected() {
        assertRejected("category index 3 is outside 0..2", () -> builder().add(0, 3, 0, -1, false, false, 0, 0));
        assertRejected("category index -1 is outside 0..2", () -> builder().add(0, -1, 0, -1, false, false, 0, 0));
    }

    @Test
    void add_dayOutsideAnInt_isRejected() {
        assertRejected("day 2147483648 is out of range",
                () -> builder().add(0, 0, 1L << 31, -1, false, false, 0, 0));
    }

    @Test
    void add_daysToClearOutOfRange_isRejected() {
        assertRejected("days to clear must be -1 (not cleared) or 0..65534, got -2",
                () -> builder().add(0, 0, 0, -2, false, false, 0, 0));
        assertRejected("days to clear must be -1 (not cleared) or 0..65534, got 65535",
                () -> builder().add(0, 0, 0, 65_535, false, false, 0, 0));
    }

    @Test
    void add_incidentClearedMoreThan65534DaysLater_isRejected() {
        Incident i = Incident.of("I1", "V", "theft", LocalDate.of(1900, 1, 1), true)
                .withClearedOn(LocalDate.of(1900, 1, 1).plusDays(65_535));
        assertRejected("days to clear must be -1 (not cleared) or 0..65534, got 65535", () -> builder().add(i));
    }

    @Test
    void add_clearedTheDayBeforeItOccurred_isRejectedNotTakenAsNotCleared() {
        // the day before is a delay of -1, which the hot path reads as "not cleared"
        assertRejected("cleared_on 2024-03-06 is before occurred_on 2024-03-07",
                () -> builder().add(0, 0, MARCH_7, MARCH_7.minusDays(1), false, false, 0, 0));
        assertRejected("cleared_on 2024-02-29 is before occurred_on 2024-03-07",
                () -> builder().add(0, 0, MARCH_7, LocalDate.of(2024, 2, 29), false, false, 0, 0));
    }

    @Test
    void add_negativeAmounts_isRejected() {
        assertRejected("amounts must not be negative, got -1 and 0 fen",
                () -> builder().add(0, 0, 0, -1, false, false, -1, 0));
        assertRejected("amounts must not be negative, got 0 and -5 fen",
                () -> builder().add(0, 0, 0, -1, false, false, 0, -5));
    }

    @Test
    void add_rejected_leavesTheBuilderAsItWas() {
        IncidentStore.Builder b = builder().add(0, 0, 0, -1, false, false, 7, 0);
        assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, 0, -1, false, false, 0, -1));

        assertThat(b.size()).isEqualTo(1);
        assertThat(b.build().amountCount()).isEqualTo(1);
    }

    @Test
    void builder_taxonomyOf257Categories_isRejected() {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            categories.add(Category.of("c" + i, "类" + i, "c" + i, false));
        }
        assertRejected("a store holds up to 256 categories; the taxonomy has 257",
                () -> IncidentStore.builder(TREE, Taxonomy.of(categories)));
    }

    @Test
    void builder_nullTree_namesIt() {
        var e = assertThrows(NullPointerException.class, () -> IncidentStore.builder(null, TAXONOMY));
        assertEquals("tree", e.getMessage());
    }

    // ---- times and coordinates ------------------------------------------------------------

    @Test
    void times_someIncidents_addTwoColumnsOfTwoBytesFollowingTheirRows() {
        long day = MARCH_7.toEpochDay();
        IncidentStore store = builder()
                .add(1, 0, day + 1, -1, true, false, 0, 0).times(23 * 60 + 59, 70_000)
                .add(0, 0, day, -1, true, false, 0, 0)
                .add(1, 0, day, -1, true, false, 0, 0).times(0, 42)
                .add(0, 0, day + 1, -1, true, false, 0, 0).times(600, -1)
                .build();

        // rows by (unit, day): V day, V day+1, T day, T day+1
        assertThat(store.minuteOfDay(0)).isEqualTo(-1);
        assertThat(store.minuteOfDay(1)).isEqualTo(600);
        assertThat(store.reportingDelayMinutes(1)).isEqualTo(-1);
        assertThat(store.minuteOfDay(2)).as("midnight is a time, not 'none'").isZero();
        assertThat(store.reportingDelayMinutes(2)).isEqualTo(42);
        assertThat(store.minuteOfDay(3)).isEqualTo(1439);
        assertThat(store.reportingDelayMinutes(3)).as("saturated").isEqualTo(IncidentStore.DELAY_SATURATED);
        assertThat(store.bytes()).isEqualTo(4 * (10 + 2 + 2));
        assertThat(store.hasCoordinates()).isFalse();
    }

    @Test
    void times_none_allocateNothing() {
        IncidentStore store = fourIncidents();

        assertThat(store.hasTimes()).isFalse();
        assertThat(store.hasReportingDelays()).isFalse();
        assertThat(store.minuteOfDay(0)).isEqualTo(-1);
        assertThat(store.reportingDelayMinutes(0)).isEqualTo(-1);
        assertThat(store.bytes()).isEqualTo(4 * 10 + 12);
    }

    @Test
    void coordinates_afterGrowth_rowsWithoutThemStayWithout() {
        long day = MARCH_7.toEpochDay();
        IncidentStore.Builder b = builder();
        b.add(0, 0, day, -1, false, false, 0, 0).coordinates(30_274_100, 120_155_100, Crs.GCJ02);
        for (int k = 0; k < 2000; k++) {
            b.add(0, 1, day + 1, -1, true, true, 0, 0);
        }
        IncidentStore store = b.build();

        assertThat(store.hasCoordinates(0)).isTrue();
        assertThat(store.coordinates(0)).isEqualTo(new Coordinates(30.2741, 120.1551, Crs.GCJ02));
        assertThat(store.criminal(0)).as("the crs bits leave the flags alone").isFalse();
        assertThat(store.hasCoordinates(2000)).isFalse();
        assertThat(store.crs(2000)).isEqualTo(Crs.WGS84);
        assertThat(store.repeatCall(2000)).isTrue();
        assertThat(store.bytes()).as("coordinates: 4 + 4 bytes and a byte for the crs").isEqualTo(2001L * (10 + 9));
        var e = assertThrows(IllegalStateException.class, () -> store.coordinates(5));
        assertEquals("incident row 5 has no coordinates", e.getMessage());
        var range = assertThrows(IllegalArgumentException.class,
                () -> builder().add(0, 0, day, -1, false, false, 0, 0).coordinates(90_000_001, 0, Crs.WGS84));
        assertEquals("coordinates 90000001, 0 microdegrees are outside ±90° latitude, ±180° longitude",
                range.getMessage());
    }

    @Test
    void add_incidentWithTimeAndCoordinates_storesThem() {
        Incident i = Incident.of("I1", "V", "fraud", MARCH_7, true).withOccurredTime(java.time.LocalTime.of(22, 15, 59))
                .withReported(MARCH_7.plusDays(1), java.time.LocalTime.of(8, 0))
                .withCoordinates(Coordinates.of(-33.8688, 151.2093));

        IncidentStore store = builder().add(i).build();

        assertThat(store.minuteOfDay(0)).isEqualTo(22 * 60 + 15);
        assertThat(store.reportingDelayMinutes(0)).isEqualTo(1440 + 480 - (22 * 60 + 15)).isEqualTo(585);
        assertThat(store.coordinates(0)).isEqualTo(new Coordinates(-33.8688, 151.2093, Crs.WGS84));
        assertThat(store.bytes()).isEqualTo(10 + 4 + 9);
    }

    // ---- the standard sample ------------------------------------------------------------

    @Test
    void of_standardSample_takesAtMost16BytesAnIncident() {
        Dataset data = SampleGenerator.of(SampleSpec.standard()).dataset();

        IncidentStore store = IncidentStore.of(data);

        assertThat(store.size()).isEqualTo(data.incidents().size()).isEqualTo(50_000);
        assertThat(store.amountCount()).isEqualTo(data.incidents().stream()
                .filter(i -> !i.loss().isZero() || !i.recovered().isZero()).count());
        assertThat(store.bytesPerRecord()).isBetween(10.0, 16.0);
        assertThat(store.bytes()).as("no amount of 2^32 fen or more in the sample")
                .isEqualTo(10L * store.size() + 12L * store.amountCount());
    }

    @Test
    void build_spanBeyond179Years_saysSo() {
        IncidentStore.Builder b = builder().add(0, 0, LocalDate.of(1900, 1, 1).toEpochDay(), -1, false, false, 0, 0)
                .add(0, 0, LocalDate.of(2100, 1, 1).toEpochDay(), -1, false, false, 0, 0);

        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, b::build);

        org.junit.jupiter.api.Assertions.assertEquals("the incidents span 1900-01-01 to 2100-01-01, more than the "
                + "65,536 days (179 years) a store holds", e.getMessage());
    }

    @Test
    void build_upTo64Categories_flagsHoldTheCategoryToo() {
        for (int categories : new int[] {1, IncidentStore.PACKED_CATEGORIES, IncidentStore.PACKED_CATEGORIES + 1, 256}) {
            java.util.Random r = new java.util.Random(categories);
            JurisdictionTree tree = RandomCases.tree(r, 3);
            IncidentStore.Builder b = IncidentStore.builder(tree, RandomCases.taxonomy(r, categories));
            long day = LocalDate.of(2024, 3, 7).toEpochDay();
            for (int k = 0; k < 4 * categories; k++) {
                b.add(k % tree.size(), categories - 1 - k % categories, day + k % 5, k % 3 - 1, (k & 1) != 0,
                        (k & 2) != 0, 0, 0);
                if (k % 7 == 0) {
                    b.coordinates(30_000_000 + k, 120_000_000, Crs.values()[k % 3]);
                }
            }
            IncidentStore store = b.build();

            boolean packed = categories <= 64;
            assertThat(store.packed).as("%d categories", categories).isEqualTo(packed);
            for (int row = 0; row < store.size(); row++) {
                int flags = store.flags[row] & 0xFF;
                assertThat(flags >>> 2).as("row %d of %d categories", row, categories)
                        .isEqualTo(packed ? store.category(row) : 0);
                assertThat(flags & IncidentStore.CRIMINAL).isEqualTo(store.criminal(row) ? 1 : 0);
                assertThat(flags & IncidentStore.REPEAT).isEqualTo(store.repeatCall(row) ? 2 : 0);
            }
            // rows are reordered by unit and day: the flags, category and crs follow each row
            int[] seen = new int[8];
            for (int row = 0; row < store.size(); row++) {
                seen[(store.criminal(row) ? 1 : 0) | (store.repeatCall(row) ? 2 : 0)]++;
                if (store.hasCoordinates(row)) {
                    int k = store.coordinates(row).latitudeMicro() - 30_000_000;
                    assertThat(store.crs(row)).isEqualTo(Crs.values()[k % 3]);
                    assertThat(store.category(row)).isEqualTo(categories - 1 - k % categories);
                    assertThat(store.criminal(row)).isEqualTo((k & 1) != 0);
                    seen[4]++;
                }
            }
            assertThat(seen[0] + seen[1] + seen[2] + seen[3]).isEqualTo(4 * categories);
            assertThat(seen[3]).isEqualTo(categories); // k = 3 mod 4
            assertThat(seen[4]).isEqualTo((4 * categories + 6) / 7);
        }
    }

    @Test
    void firstRowOnOrAfter_daysSpreadEvenlyClusteredOrSkewed_isTheFirstRowOnOrAfterTheDay() {
        java.util.Random r = new java.util.Random(20261207L);
        long start = LocalDate.of(2022, 1, 1).toEpochDay();
        for (int t = 0; t < 60; t++) {
            JurisdictionTree tree = RandomCases.tree(r, 1 + r.nextInt(4));
            IncidentStore.Builder b = IncidentStore.builder(tree, RandomCases.taxonomy(r, 2));
            int shape = t % 4;
            int n = r.nextInt(t < 4 ? 3 : 4000);
            for (int k = 0; k < n; k++) {
                int d = switch (shape) {
                    case 0 -> r.nextInt(1096);                                    // even
                    case 1 -> r.nextInt(10) == 0 ? r.nextInt(1096) : 500 + r.nextInt(3); // one cluster
                    case 2 -> (int) Math.min(1095, Math.pow(r.nextDouble(), 6) * 1096); // skewed to the start
                    default -> r.nextInt(3) * 547;                                // three days only
                };
                b.add(r.nextInt(tree.size()), 0, start + d, -1, false, false, 0, 0);
            }
            IncidentStore store = b.build();
            for (int u = 0; u < tree.size(); u++) {
                int lo = store.rowsFrom(u);
                int hi = store.rowsFrom(u + 1);
                for (int q = 0; q < 40; q++) {
                    int from = lo + (hi > lo ? r.nextInt(hi - lo + 1) : 0);
                    int to = from + (hi > from ? r.nextInt(hi - from + 1) : 0);
                    long day = start - 2 + r.nextInt(1100);
                    int expected = from;
                    while (expected < to && store.day(expected) < day) {
                        expected++;
                    }
                    assertThat(store.firstRowOnOrAfter(from, to, day)).as("case %d, unit %d, rows %d..%d, day %d", t,
                            u, from, to, day).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void amounts_atAndPast32Bits_areKeptExactly() {
        java.util.Random r = new java.util.Random(5);
        JurisdictionTree tree = RandomCases.tree(r, 3);
        IncidentStore.Builder b = IncidentStore.builder(tree, RandomCases.taxonomy(r, 2));
        long day = LocalDate.of(2024, 1, 1).toEpochDay();
        long max32 = 0xFFFF_FFFFL;
        long[][] amounts = {{max32, max32}, {max32 + 1, 0}, {0, max32 + 1}, {1, 100_000_000_000_000L},
                {123, 0}, {0, 0}, {100_000_000_000_000L, 1}, {0, 7}};
        for (int k = 0; k < amounts.length; k++) {
            b.add(0, k % 2, day + amounts.length - k, -1, false, false, amounts[k][0], amounts[k][1]);
        }
        IncidentStore store = b.build(); // rows by day: added last, first

        for (int k = 0; k < amounts.length; k++) {
            int row = amounts.length - 1 - k;
            assertThat(new long[] {store.lossFen(row), store.recoveredFen(row)}).as("amounts %d", k)
                    .containsExactly(amounts[k]);
        }
        assertThat(store.amountCount()).isEqualTo(7);
        assertThat(store.largeAt).hasSize(4);
        assertThat(store.bytes()).as("10 a row, 12 an amount, 20 more a large one")
                .isEqualTo(8 * 10 + 7 * 12 + 4 * 20);
        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(store, PeriodIndex.of(Period.ofYear(2024)), 1);
        long loss = 0;
        long recovered = 0;
        for (int c = 0; c < 2; c++) {
            loss += cube.get(IncidentMeasure.LOSS_FEN, 0, 0, c);
            recovered += cube.get(IncidentMeasure.RECOVERED_FEN, 0, 0, c);
        }
        long expectedLoss = 0;
        long expectedRecovered = 0;
        for (long[] a : amounts) {
            expectedLoss += a[0];
            expectedRecovered += a[1];
        }
        assertThat(loss).isEqualTo(expectedLoss).isEqualTo(2 * max32 + 1 + 1 + 123 + 100_000_000_000_000L);
        assertThat(recovered).isEqualTo(expectedRecovered).isEqualTo(2 * max32 + 1 + 100_000_000_000_000L + 1 + 7);
    }
}
