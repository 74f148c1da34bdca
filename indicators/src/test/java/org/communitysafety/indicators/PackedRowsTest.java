package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.PackedRows.ChangeFigures;
import org.communitysafety.indicators.stats.Interval;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * {@link PackedRows} gives back, bit for bit, every row it was given: each field present or
 * absent, doubles by their bits (−0.0, subnormals, infinite upper limits, huge counts), every
 * flag set, every interval method, a change withheld, with or without a baseline, and rows on
 * both sides of its blocks' boundaries (2¹⁵ rows a block).
 */
class PackedRowsTest {

    private static final JurisdictionTree TREE = CatalogueMemoTest.DATA.tree();
    private static final Selector.All SELECTORS = Selector.All.of(CatalogueMemoTest.DATA.taxonomy());
    private static final Period PERIOD = Period.parse("2024");
    private static final Period BASELINE = Period.parse("2023");
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -3.5, 1e-310, Double.MIN_VALUE, 123456.789,
        -1e300, 0.1 + 0.2, 7.0 / 3};
    private static final long[] LONGS = {0, 1, -1, 9, 4095, 4096, Long.MAX_VALUE, 1L << 40, 3_000_000_000L};

    /** One row as given to the store, and the IndicatorRow it must read back as. */
    private record Given(Indicator indicator, int unit, Selector group, int flags, int holds, double value, long num,
            long den, Interval interval, ChangeFigures change, boolean withheld) {

        IndicatorRow expected(Period baseline) {
            Jurisdiction j = TREE.unit(unit);
            Optional<Change> c = Optional.empty();
            if (withheld) {
                c = Optional.of(Change.withheld(baseline));
            } else if (change != null) {
                int h = change.holds();
                c = Optional.of(new Change(baseline, d(h, PackedRows.BASELINE_VALUE, change.baselineValue()),
                        l(h, PackedRows.BASELINE_NUMERATOR, change.baselineNumerator()),
                        l(h, PackedRows.BASELINE_DENOMINATOR, change.baselineDenominator()),
                        d(h, PackedRows.ABSOLUTE, change.absolute()), d(h, PackedRows.PERCENT, change.percent()),
                        d(h, PackedRows.POINTS, change.points()), d(h, PackedRows.P_VALUE, change.pValue()),
                        (h & PackedRows.SIGNIFICANT) != 0));
            }
            return new IndicatorRow(indicator, j.code(), j.name(), j.level(), PERIOD, group.group(),
                    d(holds, PackedRows.VALUE, value) , l(holds, PackedRows.NUMERATOR, num),
                    l(holds, PackedRows.DENOMINATOR, den), Optional.ofNullable(interval), c, Flag.setOf(flags));
        }

        private static OptionalDouble d(int holds, int bit, double v) {
            return (holds & bit) != 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
        }

        private static OptionalLong l(int holds, int bit, long v) {
            return (holds & bit) != 0 ? OptionalLong.of(v) : OptionalLong.empty();
        }
    }

    private static List<Given> rows(int n, boolean withChanges, long seed) {
        Random random = new Random(seed);
        Indicator[] indicators = Indicator.values();
        IntervalMethod[] methods = IntervalMethod.values();
        List<Given> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Indicator indicator = indicators[random.nextInt(indicators.length)];
            List<Selector> groups = SELECTORS.of(indicator);
            Selector group = groups.get(random.nextInt(groups.size()));
            int flags = random.nextInt(8) == 0 ? (1 << Flag.values().length) - 1 : random.nextInt(1 << Flag.values().length);
            int holds = random.nextInt(8);   // value, numerator, denominator
            Interval interval = null;
            if (random.nextBoolean()) {
                double lower = DOUBLES[random.nextInt(DOUBLES.length)];
                double upper = random.nextInt(5) == 0 ? Double.POSITIVE_INFINITY
                        : lower + Math.abs(DOUBLES[random.nextInt(DOUBLES.length)]);
                interval = Interval.of(lower, upper, methods[random.nextInt(methods.length)], 0.9);
            }
            ChangeFigures change = null;
            boolean withheld = false;
            if (withChanges) {
                withheld = random.nextInt(6) == 0;
                change = new ChangeFigures(random.nextInt(1 << 12) & ~0xF, DOUBLES[random.nextInt(DOUBLES.length)],
                        LONGS[random.nextInt(LONGS.length)], LONGS[random.nextInt(LONGS.length)],
                        DOUBLES[random.nextInt(DOUBLES.length)], DOUBLES[random.nextInt(DOUBLES.length)],
                        DOUBLES[random.nextInt(DOUBLES.length)], random.nextDouble());
                if (withheld) {
                    change = null;
                } else if ((change.holds() & PackedRows.P_VALUE) == 0) {  // only a change with a p-value is significant
                    change = new ChangeFigures(change.holds() & ~PackedRows.SIGNIFICANT, change.baselineValue(),
                            change.baselineNumerator(), change.baselineDenominator(), change.absolute(),
                            change.percent(), change.points(), change.pValue());
                }
            }
            rows.add(new Given(indicator, random.nextInt(TREE.size()), group, flags, holds,
                    DOUBLES[random.nextInt(DOUBLES.length)], LONGS[random.nextInt(LONGS.length)],
                    LONGS[random.nextInt(LONGS.length)], interval, change, withheld));
        }
        return rows;
    }

    private static PackedRows pack(List<Given> rows, Period baseline) {
        PackedRows packed = new PackedRows(TREE, SELECTORS, PERIOD, baseline, 0.9, rows.size());
        for (int i = rows.size() - 1; i >= 0; i--) {   // any order: each row is its own
            Given g = rows.get(i);
            packed.set(i, g.indicator(), g.unit(), g.group(), g.flags(), g.holds(), g.value(), g.num(), g.den(),
                    g.interval());
            if (g.withheld()) {
                packed.withheldChange(i);
            } else if (g.change() != null) {
                packed.change(i, g.change());
            }
        }
        return packed;
    }

    @Test
    void everyRow_readsBackAsGiven_acrossBlocks_withAChange() {
        int n = (1 << 15) * 2 + 17;
        List<Given> rows = rows(n, true, 20261207);
        PackedRows packed = pack(rows, BASELINE);
        assertThat(packed).hasSize(n);
        for (int i = 0; i < n; i++) {
            IndicatorRow expected = rows.get(i).expected(BASELINE);
            assertThat(packed.get(i)).as("row %d", i).isEqualTo(expected);
            assertThat(packed.unit(i)).isEqualTo(expected.unit());
            assertThat(packed.indicator(i)).isSameAs(expected.indicator());
            assertThat(packed.group(i)).isEqualTo(expected.group()).isNotEqualTo(Group.parse("category:none-such"));
            assertThat(packed.level(i)).isSameAs(expected.level());
        }
        IndicatorRow last = packed.get(n - 1);
        assertThat(packed.get(n - 1)).isEqualTo(last).isNotSameAs(last);
    }

    @Test
    void rowsWithoutABaseline_haveNoChange() {
        List<Given> rows = rows(1 << 15, false, 7);
        PackedRows packed = pack(rows, null);
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = packed.get(i);
            assertThat(row).isEqualTo(rows.get(i).expected(null));
            assertThat(row.change()).isEmpty();
        }
    }

    @Test
    void doublesComeBackByTheirBits() {
        PackedRows packed = new PackedRows(TREE, SELECTORS, PERIOD, BASELINE, 0.95, 1);
        packed.set(0, Indicator.INCIDENTS_CLEARANCE_RATE, 0, SELECTORS.taxonomy().get(0), 0, PackedRows.VALUE, -0.0,
                0, 0, Interval.of(-0.0, Double.MIN_VALUE, IntervalMethod.WILSON, 0.95));
        packed.change(0, new ChangeFigures(PackedRows.ABSOLUTE | PackedRows.P_VALUE, 0, 0, 0, -0.0, 0, 0, 1e-320));
        IndicatorRow row = packed.get(0);
        assertThat(Double.doubleToRawLongBits(row.value().getAsDouble())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(row.lower().getAsDouble())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(row.upper().getAsDouble()).isEqualTo(Double.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(row.changeAbsolute().getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(row.pValue().getAsDouble()).isEqualTo(1e-320);
        assertThat(row.isSignificant()).isFalse();
    }

    @Test
    void anIntervalAtAnotherLevel_isRefused_andTheListIsUnmodifiable() {
        PackedRows packed = new PackedRows(TREE, SELECTORS, PERIOD, null, 0.95, 1);
        Selector all = SELECTORS.taxonomy().get(0);
        assertThatThrownBy(() -> packed.set(0, Indicator.INCIDENTS_COUNT, 0, all, 0, PackedRows.VALUE, 1, 0, 0,
                Interval.of(0, 5, IntervalMethod.GARWOOD, 0.9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.9").hasMessageContaining("0.95");
        assertThatThrownBy(() -> packed.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void resultsLookups_readPackedRows_asFiltersReadMadeRows() {
        Results packed = Catalogue.compute(CatalogueMemoTest.DATA, CatalogueMemoTest.yearOnYear(),
                CatalogueMemoTest.ALL, true, true);
        assertThat(packed.rows()).isInstanceOf(PackedRows.class);
        Results plain = Results.of(packed.period(), packed.baseline(), new ArrayList<>(packed.rows()));
        assertThat(plain.rows()).isNotInstanceOf(PackedRows.class).isEqualTo(packed.rows());
        IndicatorRow some = packed.rows().get(packed.size() / 2);
        for (Results r : List.of(packed, plain)) {
            assertThat(r.indicator(some.indicator()))
                    .isEqualTo(r.filter(x -> x.indicator() == some.indicator())).isNotEqualTo(r);
            assertThat(r.unit(some.unit())).isEqualTo(r.filter(x -> x.unit().equals(some.unit())));
            assertThat(r.unit(some.unitName())).isEqualTo(r.filter(x -> x.unitName().equals(some.unitName())));
            assertThat(r.group(some.group())).isEqualTo(r.filter(x -> x.group().equals(some.group())));
            assertThat(r.level(some.level())).isEqualTo(r.filter(x -> x.level() == some.level()));
            assertThat(r.unit("none-such").isEmpty()).isTrue();
            assertThat(r.find(some.indicator(), some.unit(), some.group())).contains(some);
        }
        assertThat(packed.indicator(some.indicator())).isEqualTo(plain.indicator(some.indicator()));
        assertThat(packed.indicator(some.indicator()).size()).isPositive();
    }
}
