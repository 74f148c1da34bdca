package org.communitysafety.indicators;

import static org.communitysafety.indicators.Indicator.Source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.period.Period;

/**
 * One run of {@link Indicators#compute}: the figures of the period and its baseline
 * ({@link Computation}), then a row per indicator, unit in scope and group
 * ({@link RowBuilder}), in catalogue order, units by level from the top and then by code.
 */
final class Catalogue {

    private Catalogue() {}

    /** Computes the rows; {@code funnelShortcut} is off only in the test that proves it changes nothing. */
    static Results compute(ColumnarDataset data, IndicatorSettings settings, List<Indicator> indicators,
            boolean funnelShortcut) {
        Period period = settings.requirePeriod();
        Optional<Period> baseline = settings.baseline();
        baseline.ifPresent(b -> Check.argument(!b.equals(period),
                "the baseline %s is the period itself; compare with another period", b));
        Set<Source> sources = EnumSet.noneOf(Source.class);
        indicators.forEach(i -> sources.add(i.source()));
        Selector.All selectors = Selector.All.of(data.taxonomy());
        settings.groups().ifPresent(selectors::check);
        List<Period> periods = baseline.isPresent() ? List.of(period, baseline.get()) : List.of(period);
        Computation figures = Computation.aggregate(data, periods, sources, settings.threads());
        int[] scope = scope(data.tree(), settings);
        if (sources.contains(Source.UNITS)) {
            figures.zeroShares(selectors.taxonomy(), scope);
        }
        RowBuilder rows = new RowBuilder(figures, settings, 0, baseline.isPresent() ? 1 : -1, funnelShortcut);
        List<IndicatorRow> all = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Selector> chosen = selectors.chosen(indicator, settings);
            // rows of different units are independent: build them in parallel, keep the order
            IntStream units = Arrays.stream(scope);
            if (settings.threads() > 1 && scope.length > 64) {
                units = units.parallel();
            }
            List<List<IndicatorRow>> perUnit = units.mapToObj(u -> {
                List<IndicatorRow> list = new ArrayList<>(chosen.size());
                for (Selector s : chosen) {
                    list.add(rows.row(indicator, u, s));
                }
                return list;
            }).toList();
            perUnit.forEach(all::addAll);
        }
        return Results.of(period, baseline, all);
    }

    /** The units to report, by level from the top, then by code. */
    static int[] scope(JurisdictionTree tree, IndicatorSettings settings) {
        IntStream units = settings.unit().isPresent()
                ? tree.subtree(tree.indexOf(settings.unit().get()))
                : IntStream.range(0, tree.size());
        if (settings.level().isPresent()) {
            units = units.filter(u -> tree.unit(u).level() == settings.level().get());
        }
        return units.boxed()
                .sorted(Comparator.<Integer>comparingInt(tree::depth).thenComparing(u -> tree.unit(u).code()))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
