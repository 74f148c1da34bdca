package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.period.Period;

/**
 * The {@link Series} of an indicator for some units: the span's periods and their year-earlier
 * baselines aggregated together in one pass (or read from cubes that hold them) ({@link Computation}: a month's baseline is often
 * another month of the same series, so the distinct periods are aggregated once), then a row per
 * unit and period built as the catalogue builds it ({@link RowBuilder}).
 */
final class SeriesQuery {

    private SeriesQuery() {}

    /** The series of each of {@code units} (tree indices), in that order. */
    static List<Series> of(JurisdictionTree tree, Taxonomy taxonomy,
            Function<List<Period>, Computation> figuresOf, IndicatorSettings settings,
            Indicator indicator, int[] units, Group group, Period span, Granularity granularity) {
        List<Period> periods = granularity.periodsOf(span);
        TreeSet<Period> distinct = new TreeSet<>(periods);
        periods.forEach(p -> distinct.add(p.yearEarlier()));
        List<Period> all = List.copyOf(distinct);
        Map<Period, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        Selector.All selectors = Selector.All.of(taxonomy);
        Selector selector = selectors.find(indicator, group);
        Computation figures = figuresOf.apply(all);
        if (indicator.source() == Indicator.Source.UNITS) {
            figures.zeroShares(List.of(selector), units);
        }
        IndicatorSettings rowSettings = settings.withFunnelFlags(false);
        List<List<Series.Point>> points = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            points.add(new ArrayList<>(periods.size()));
        }
        StatisticsMemo memo = StatisticsMemo.of(rowSettings); // one for every period: its keys hold the exposures
        for (Period p : periods) {
            RowBuilder rows = new RowBuilder(figures, rowSettings, index.get(p), index.get(p.yearEarlier()), true,
                    memo);
            PackedRows packed = new PackedRows(tree, selectors, p, p.yearEarlier(), rowSettings.confidence(),
                    units.length);
            for (int u = 0; u < units.length; u++) {
                rows.row(indicator, units[u], selector, packed, u);
                points.get(u).add(Series.Point.of(packed.get(u)));
            }
        }
        List<Series> series = new ArrayList<>(units.length);
        for (int u = 0; u < units.length; u++) {
            Jurisdiction j = tree.unit(units[u]);
            series.add(new Series(indicator, j.code(), j.name(), group, span, granularity, points.get(u)));
        }
        return List.copyOf(series);
    }
}
