package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.FunnelPosition;
import org.junit.jupiter.api.Test;

/**
 * PHE's score limits as a catalogue setting ({@link FunnelLimits#SCORE}): every proportion's flag
 * is then the position {@link Funnel#scoreProportionPosition} gives against its parent's value —
 * the function that {@code FunnelTest} checks against PHEindicatormethods' published test outputs
 * ({@code testdata_funnel_prop_outputs.csv}) — rates keep their exact Poisson flags, and the two
 * methods really differ on the sample.
 */
class FunnelLimitsTest {

    static final String[] PROPORTIONS = {"incidents.clearance_rate", "incidents.repeat_call_rate",
        "disputes.resolution_rate", "disputes.success_rate", "outreach.hazard_fix_rate"};

    @Test
    void score_flagsEveryProportionAsPheWould_exactOtherwise_andTheyDiffer() {
        var data = AgainstRecordsTest.DATA;
        JurisdictionTree tree = data.tree();
        Results exact = Indicators.of(data).period("2023").compute(PROPORTIONS);
        Results score = Indicators.of(data).period("2023").funnelLimits(FunnelLimits.SCORE).compute(PROPORTIONS);
        assertThat(score.size()).isEqualTo(exact.size());
        int checked = 0;
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < score.size(); i++) {
            IndicatorRow r = score.rows().get(i);
            int parent = tree.parent(tree.indexOf(r.unit()));
            if (parent < 0 || r.numerator().isEmpty() || r.denominator().orElse(0) <= 0) {
                continue;
            }
            IndicatorRow whole = score.get(r.indicator(), tree.unit(parent).code(), r.group());
            long pn = whole.numerator().orElse(0);
            long pd = whole.denominator().orElse(0);
            if (pn <= 0 || pd <= 0 || pn >= pd) {
                continue;
            }
            FunnelPosition expected = Funnel.scoreProportionPosition(r.numerator().getAsLong(),
                    r.denominator().getAsLong(), (double) pn / pd);
            assertThat(positionOf(r)).as(r.toString()).isEqualTo(expected);
            checked++;
            if (!positionOf(r).equals(positionOf(exact.rows().get(i)))) {
                differ.add(r.unit() + " " + r.indicator() + " " + r.group());
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(differ).as("units the two methods place differently").isNotEmpty();
    }

    @Test
    void rates_sameFlagsEitherWay() {
        var data = AgainstRecordsTest.DATA;
        Results exact = Indicators.of(data).period("2023").compute("incidents.rate_per_10k");
        Results score = Indicators.of(data).period("2023").funnelLimits(FunnelLimits.SCORE)
                .compute("incidents.rate_per_10k");
        assertThat(score.rows()).isEqualTo(exact.rows());
    }

    @Test
    void rule_sevenOfTwentyAgainstTenPercent_alarmForPhe_alertExactly() {
        // SciPy: binom.sf(6, 20, 0.1) = 0.00239 (> 0.001: inside the exact 99.8% limit, beyond the 95%);
        // the score limit at 99.8% is 0.1 + 3.0902 * sqrt(0.1 * 0.9 / 20) = 0.3073 < 7/20 = 0.35
        assertThat(FunnelRule.proportion(7, 20, 0.1, FunnelLimits.EXACT)).isEqualTo(FunnelRule.Position.ABOVE_95);
        assertThat(FunnelRule.proportion(7, 20, 0.1, FunnelLimits.SCORE)).isEqualTo(FunnelRule.Position.ABOVE_998);
        // binom.sf(4, 20, 0.1) = 0.0432: inside exactly; 0.25 > the score's 95% limit 0.2315
        assertThat(FunnelRule.proportion(5, 20, 0.1, FunnelLimits.EXACT)).isEqualTo(FunnelRule.Position.INSIDE);
        assertThat(FunnelRule.proportion(5, 20, 0.1, FunnelLimits.SCORE)).isEqualTo(FunnelRule.Position.ABOVE_95);
    }

    @Test
    void ranking_andCurve_drawTheScoreLimits() {
        var data = AgainstRecordsTest.DATA;
        Results rows = Indicators.of(data).period("2023").funnelLimits(FunnelLimits.SCORE)
                .compute("incidents.clearance_rate");
        String city = data.tree().unit(data.tree().roots()[0]).code();
        Ranking ranking = Ranking.children(rows, Indicator.INCIDENTS_CLEARANCE_RATE, city, Group.ALL, data.tree(),
                FunnelLimits.SCORE);
        double t = ranking.target().getAsDouble();
        for (Ranking.Entry e : ranking.entries()) {
            long n = e.row().denominator().orElse(0);
            if (e.limits998().isPresent()) {
                assertThat(e.limits998().get()).isEqualTo(Funnel.scoreProportionLimits(t, n, Funnel.OUTER));
                assertThat(e.limits95().get()).isEqualTo(Funnel.scoreProportionLimits(t, n, Funnel.INNER));
            }
        }
        FunnelCurve curve = ranking.funnelCurve(Funnel.OUTER, 5).orElseThrow();
        FunnelCurve.Sample s = curve.samples().get(2);
        assertThat(s.upper()).isEqualTo(Funnel.scoreProportionLimits(t, (long) s.x(), Funnel.OUTER).upper());
        Ranking exactly = Ranking.children(rows, Indicator.INCIDENTS_CLEARANCE_RATE, city, Group.ALL, data.tree());
        assertThat(exactly.funnelCurve(Funnel.OUTER, 5).orElseThrow().samples().get(2).upper())
                .isNotEqualTo(s.upper());
    }

    private static FunnelPosition positionOf(IndicatorRow r) {
        Set<Flag> f = r.flags();
        return f.contains(Flag.ABOVE_998) ? FunnelPosition.ABOVE_998 : f.contains(Flag.ABOVE_95)
                ? FunnelPosition.ABOVE_95 : f.contains(Flag.BELOW_998) ? FunnelPosition.BELOW_998
                : f.contains(Flag.BELOW_95) ? FunnelPosition.BELOW_95 : FunnelPosition.INSIDE;
    }
}
