package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * The large-tree path of {@link Computation} — the incidents aggregated by ranges of units into
 * one sparse cube of the measures read, the disputes and outreach sessions into hashed
 * accumulators — reads the same figure for every indicator, unit, period and group as the one
 * dense pass of a city, on the sample forced down that path; and the whole catalogue is the same
 * rows either way.
 */
class SparseComputationTest {

    static final ColumnarDataset DATA = CatalogueMemoTest.DATA;

    @Test
    void sparseCubes_observeWhatTheDensePassObserves() {
        for (List<Period> periods : List.of(List.of(Period.parse("2023"), Period.parse("2022")),
                List.of(Period.parse("2023-Q3"), Period.parse("2023-Q2"), Period.parse("2022-Q3")))) {
            EnumSet<Indicator.Source> sources = EnumSet.allOf(Indicator.Source.class);
            Computation dense = Computation.aggregate(DATA, periods, sources, 2);
            Computation sparse = Computation.aggregate(DATA, periods, sources, 2, 0);
            Selector.All selectors = Selector.All.of(DATA.taxonomy());
            int[] scope = Catalogue.scope(DATA.tree(), IndicatorSettings.defaults().withPeriod(periods.get(0)));
            dense.zeroShares(selectors.taxonomy(), scope);
            sparse.zeroShares(selectors.taxonomy(), scope);

            List<String> differ = new ArrayList<>();
            int compared = 0;
            for (Indicator indicator : Indicator.values()) {
                for (Selector s : selectors.of(indicator)) {
                    for (int u = 0; u < DATA.tree().size(); u++) {
                        for (int p = 0; p < periods.size(); p++) {
                            Observation a = dense.observe(indicator, u, p, s);
                            Observation b = sparse.observe(indicator, u, p, s);
                            compared++;
                            if (!a.equals(b)) {
                                differ.add(indicator + " unit " + u + " period " + p + ": " + a + " | " + b);
                            }
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(50_000);
            assertThat(differ).as("%s", periods).isEmpty();
        }
    }
}
