package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.communitysafety.core.jurisdiction.Level;
import org.junit.jupiter.api.Test;

/** Ranking: order, pooled target, funnel positions and Benjamini–Hochberg adjustment. */
class RankingTest {

    static final Results R = AgainstRecordsTest.R;

    @Test
    void villagesRankedByRateWithPooledTargetAndAdjustedPValues() {
        Ranking ranking = Ranking.level(R, "incidents.rate_per_10k", Level.VILLAGE, "criminal");
        List<Ranking.Entry> entries = ranking.entries();
        assertThat(entries).hasSize(R.indicator("incidents.rate_per_10k").group("criminal").level(Level.VILLAGE).size());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).row().valueOrNaN()).isLessThanOrEqualTo(entries.get(i - 1).row().valueOrNaN());
            assertThat(entries.get(i).rank()).isEqualTo(i + 1);
        }
        long num = entries.stream().mapToLong(e -> e.row().numerator().orElseThrow()).sum();
        long den = entries.stream().mapToLong(e -> e.row().denominator().orElseThrow()).sum();
        assertThat(ranking.target().orElseThrow()).isCloseTo(10_000.0 * num / den, within(1e-9));
        // BH by hand: p_(i) * m / i, made monotone from the largest down, capped at 1 (R's p.adjust)
        double[] p = entries.stream().mapToDouble(e -> e.pValue().orElseThrow()).toArray();
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double[] expected = new double[p.length];
        double running = 1;
        for (int k = 0; k < p.length; k++) {
            int i = order[k];
            int rank = p.length - k;
            running = Math.min(running, p[i] * p.length / rank);
            expected[i] = Math.min(1, running);
        }
        for (int i = 0; i < p.length; i++) {
            assertThat(entries.get(i).pAdjusted().orElseThrow()).isCloseTo(expected[i], within(1e-12));
            assertThat(entries.get(i).pAdjusted().orElseThrow()).isGreaterThanOrEqualTo(p[i] - 1e-15);
        }
        // positions by the exact tails, limits drawn around the target
        double perResident = ranking.target().orElseThrow() / 10_000;
        for (Ranking.Entry e : entries) {
            FunnelRule.Position rule = FunnelRule.rate(e.row().numerator().orElseThrow(),
                    e.row().denominator().orElseThrow(), perResident);
            assertThat(e.position().name()).isEqualTo(rule.name());
            assertThat(e.limits998().orElseThrow().lower()).isLessThanOrEqualTo(e.limits95().orElseThrow().lower());
            assertThat(e.limits998().orElseThrow().upper()).isGreaterThanOrEqualTo(e.limits95().orElseThrow().upper());
        }
        assertThat(ranking.toString()).startsWith("Ranking of incidents.rate_per_10k (criminal), ");
    }

    @Test
    void countsAreRankedWithoutAFunnelAndMixedRowsAreRefused() {
        Ranking counts = Ranking.level(R, "incidents.count", Level.TOWN, "all");
        assertThat(counts.target()).isEmpty();
        assertThat(counts.entries()).allMatch(e -> e.position() == Ranking.Position.NOT_APPLICABLE
                && e.pValue().isEmpty());
        assertThatThrownBy(() -> Ranking.of(R.level(Level.TOWN), "incidents.count", "all"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but the rows include");
    }
}
