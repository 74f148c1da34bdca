package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's memoised statistics ({@link StatisticsMemo}) and its threads change no row:
 * the whole catalogue of the sample, memoised and computed afresh for every row, on one thread
 * and on several, under several settings, is the same rows in the same order, bit for bit
 * (records compare their doubles with {@link Double#compare}).
 */
class CatalogueMemoTest {

    static final ColumnarDataset DATA = ColumnarDataset.of(AgainstRecordsTest.DATA);
    static final List<Indicator> ALL = Arrays.asList(Indicator.values());

    static IndicatorSettings yearOnYear() {
        return IndicatorSettings.defaults().withPeriod(Period.parse("2023"))
                .withComparison(Indicators.Comparison.YEAR_ON_YEAR);
    }

    static List<String> differences(Results expected, Results actual) {
        List<String> differ = new ArrayList<>();
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.rows().get(i).equals(actual.rows().get(i))) {
                differ.add(i + ": " + expected.rows().get(i) + " | memoised: " + actual.rows().get(i));
            }
        }
        return differ;
    }

    @Test
    void memoisedRows_areTheRowsComputedAfresh() {
        for (IndicatorSettings settings : List.of(
                yearOnYear().withThreads(1),
                yearOnYear().withConfidence(0.9).withProportionIntervals(IntervalMethod.CLOPPER_PEARSON),
                yearOnYear().withProportionIntervals(IntervalMethod.WILSON_CC).withSuppressBelow(5),
                yearOnYear().withComparison(Indicators.Comparison.PERIOD_OVER_PERIOD)
                        .withPeriod(Period.parse("2023-Q3")).withConfidence(0.99),
                IndicatorSettings.defaults().withPeriod(Period.parse("2023-05")))) {
            Results afresh = Catalogue.compute(DATA, settings, ALL, true, false);
            Results memoised = Catalogue.compute(DATA, settings, ALL, true, true);
            assertThat(differences(afresh, memoised)).as("settings %s", settings).isEmpty();
        }
    }

    /**
     * The catalogue computes a few rows of every task first, then the rest ({@link
     * Catalogue#headsFirst}): the reordered tasks must cover every row of the catalogue once,
     * each row at its place and with its task's indicator and groups, so that the order of
     * computing changes no row ({@link #rows_comeOutInTheSameOrder_onAnyNumberOfThreads} and the
     * golden reports check the rows themselves).
     */
    @Test
    void headsFirst_coverEveryRowOnce_atItsPlace_headsOfEveryTaskBeforeTheRest() {
        IndicatorSettings settings = yearOnYear();
        Selector.All selectors = Selector.All.of(DATA.taxonomy());
        int[] scope = Catalogue.scope(DATA.tree(), settings);
        List<Catalogue.Task> inOrder = Catalogue.tasks(ALL, selectors, settings, scope);
        List<Catalogue.Task> reordered = Catalogue.headsFirst(inOrder);
        int rows = inOrder.get(inOrder.size() - 1).end();
        // the indicator and group each row of the catalogue order has
        Indicator[] indicatorOf = new Indicator[rows];
        Selector[] groupOf = new Selector[rows];
        int[] unitOf = new int[rows];
        for (Catalogue.Task t : inOrder) {
            int i = t.start();
            for (int k = t.from(); k < t.to(); k++) {
                for (Selector s : t.chosen()) {
                    indicatorOf[i] = t.indicator();
                    groupOf[i] = s;
                    unitOf[i++] = k;
                }
            }
        }
        int[] times = new int[rows];
        for (Catalogue.Task t : reordered) {
            int i = t.start();
            for (int k = t.from(); k < t.to(); k++) {
                for (Selector s : t.chosen()) {
                    assertThat(indicatorOf[i]).isEqualTo(t.indicator());
                    assertThat(groupOf[i]).isEqualTo(s);
                    assertThat(unitOf[i]).isEqualTo(k);
                    times[i++]++;
                }
            }
        }
        assertThat(times).containsOnly(1);
        // one head a task, in the catalogue's order, then the rest: the first rows computed cover every indicator
        assertThat(reordered.size()).isGreaterThan(inOrder.size());
        for (int t = 0; t < inOrder.size(); t++) {
            assertThat(reordered.get(t).start()).isEqualTo(inOrder.get(t).start());
            assertThat(reordered.get(t).end() - reordered.get(t).start()).isBetween(1,
                    Math.max(16, inOrder.get(t).chosen().size()));
        }
        assertThat(reordered.subList(0, inOrder.size()).stream().map(Catalogue.Task::indicator).distinct().count())
                .isEqualTo(inOrder.stream().map(Catalogue.Task::indicator).distinct().count());
    }

    @Test
    void rows_comeOutInTheSameOrder_onAnyNumberOfThreads() {
        Results one = Catalogue.compute(DATA, yearOnYear().withThreads(1), ALL, true, true);
        for (int threads : new int[] {2, 3, 8}) {
            Results many = Catalogue.compute(DATA, yearOnYear().withThreads(threads), ALL, true, true);
            assertThat(differences(one, many)).as("%d threads", threads).isEmpty();
        }
    }

    @Test
    void aComputationAtAnotherLevel_getsItsOwnIntervals_notTheLastOnes() {
        Indicators at95 = Indicators.of(DATA).period("2023").compareYearOnYear();
        Results first95 = at95.compute(Indicator.INCIDENTS_COUNT, Indicator.INCIDENTS_CLEARANCE_RATE);
        Results at90 = at95.confidence(0.9).compute(Indicator.INCIDENTS_COUNT, Indicator.INCIDENTS_CLEARANCE_RATE);
        Results again95 = at95.compute(Indicator.INCIDENTS_COUNT, Indicator.INCIDENTS_CLEARANCE_RATE);
        assertThat(differences(first95, again95)).isEmpty();
        Results afresh90 = Catalogue.compute(DATA, at95.confidence(0.9).settings(),
                List.of(Indicator.INCIDENTS_COUNT, Indicator.INCIDENTS_CLEARANCE_RATE), true, false);
        assertThat(differences(afresh90, at90)).isEmpty();
        IndicatorRow row95 = first95.rows().get(0);
        IndicatorRow row90 = at90.rows().get(0);
        assertThat(row90.interval().orElseThrow().confidence()).isEqualTo(0.9);
        assertThat(row90.upper().getAsDouble()).isLessThan(row95.upper().getAsDouble());
    }

    @Test
    void theSample_repeatsMostStatistics() {
        IndicatorSettings settings = yearOnYear();
        StatisticsMemo memo = StatisticsMemo.of(settings);
        Computation figures = Computation.aggregate(DATA, List.of(Period.parse("2023"), Period.parse("2022")),
                java.util.EnumSet.allOf(Indicator.Source.class), 1);
        Selector.All selectors = Selector.All.of(DATA.taxonomy());
        int[] scope = Catalogue.scope(DATA.tree(), settings);
        figures.zeroShares(selectors.taxonomy(), scope);
        RowBuilder rows = new RowBuilder(figures, settings, 0, 1, true, memo);
        PackedRows out = new PackedRows(DATA.tree(), selectors, Period.parse("2023"), Period.parse("2022"),
                settings.confidence(), 1);
        for (Indicator indicator : ALL) {
            for (int u : scope) {
                for (Selector s : selectors.chosen(indicator, settings)) {
                    rows.row(indicator, u, s, out, 0);
                }
            }
        }
        long[] counts = memo.lookupsAndComputed();
        assertThat(counts[0]).as("lookups").isGreaterThan(10_000);
        assertThat(counts[1]).as("computed").isLessThan(counts[0] / 2);
    }
}
