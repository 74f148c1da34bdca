package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every indicator on a dataset small enough to compute by hand: a town T with villages V1 (1,000
 * residents), V2 (3,000) and V3 (6,000), 2024 against 2023. The expected values are worked out
 * in the comments; the intervals and p-values are SciPy 1.17's (scipy.stats.chi2, binomtest).
 */
class HandComputedTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static final Dataset DATA = data();

    static Dataset data() {
        JurisdictionTree tree = JurisdictionTree.of(
                Jurisdiction.root("C", "City", Level.CITY),
                Jurisdiction.of("D", "District", Level.DISTRICT, "C"),
                Jurisdiction.of("T", "Town", Level.TOWN, "D"),
                Jurisdiction.of("V1", "Village 1", Level.VILLAGE, "T").withPopulation(1000),
                Jurisdiction.of("V2", "Village 2", Level.VILLAGE, "T").withPopulation(3000),
                Jurisdiction.of("V3", "Village 3", Level.VILLAGE, "T").withPopulation(6000));
        List<Incident> incidents = List.of(
                // 2024
                Incident.of("i1", "V1", "theft", d("2024-03-01"), true).withClearedOn(d("2024-03-11"))
                        .withLoss(Money.ofYuan("100.50"), Money.ofYuan(20)),
                Incident.of("i2", "V1", "theft", d("2024-06-01"), true).withRepeatCall(true),
                Incident.of("i3", "V2", "fraud", d("2024-12-31"), true).withClearedOn(d("2025-01-05")),
                Incident.of("i4", "V2", "traffic_accident", d("2024-02-29"), false).withClearedOn(d("2024-02-29")),
                Incident.of("i5", "T", "assault", d("2024-05-05"), true).withClearedOn(d("2024-05-25")),
                // 2023
                Incident.of("j1", "V1", "theft", d("2023-04-01"), true).withClearedOn(d("2024-01-04")),
                Incident.of("j2", "V2", "theft", d("2023-07-07"), true).withClearedOn(d("2023-07-10")),
                Incident.of("j3", "V3", "traffic_accident", d("2023-01-01"), false));
        List<Dispute> disputes = List.of(
                new Dispute("d1", "V1", DisputeType.NEIGHBOUR, d("2024-01-10"), DisputeStatus.RESOLVED,
                        java.util.Optional.of(d("2024-01-20")), Money.ofYuan(5000), java.util.Optional.empty(),
                        java.util.Optional.empty()),
                Dispute.concluded("d2", "V1", DisputeType.FAMILY, d("2024-03-01"), DisputeStatus.FAILED, d("2024-04-01")),
                Dispute.open("d3", "V1", DisputeType.NEIGHBOUR, d("2024-11-01")),
                Dispute.open("d4", "V1", DisputeType.LAND, d("2022-06-01")),
                Dispute.concluded("d5", "V1", DisputeType.NEIGHBOUR, d("2023-12-01"), DisputeStatus.RESOLVED,
                        d("2024-02-01")),
                Dispute.concluded("d6", "V1", DisputeType.FAMILY, d("2024-12-15"), DisputeStatus.RESOLVED,
                        d("2025-01-10")));
        List<OutreachSession> outreach = List.of(
                new OutreachSession("s1", "V2", OutreachType.ANTI_FRAUD, d("2024-05-01"), 2, 3, 120, 0, 4, 3, 2, 1,
                        Money.ofYuan(3000)),
                new OutreachSession("s2", "V2", OutreachType.VISIT, d("2024-06-01"), 1, 0, 30, 25, 0, 0, 0, 0,
                        Money.ZERO));
        return Dataset.of(tree, incidents, disputes, outreach);
    }

    static final Results R = Indicators.of(DATA).period("2024").compareYearOnYear().computeAll();

    static IndicatorRow row(String indicator, String unit, String group) {
        return R.get(indicator, unit, group);
    }

    static double value(String indicator, String unit, String group) {
        return row(indicator, unit, group).value().orElseThrow();
    }

    @Test
    void countsRollUpIncludingRecordsFiledAtTheTown() {
        // 2024: V1 i1 i2, V2 i3 i4, V3 none, T's own i5 → T = 5, and so D and C
        assertThat(value("incidents.count", "V1", "all")).isEqualTo(2);
        assertThat(value("incidents.count", "V3", "all")).isEqualTo(0);
        assertThat(value("incidents.count", "T", "all")).isEqualTo(5);
        assertThat(value("incidents.count", "C", "all")).isEqualTo(5);
        // criminal: i1 i2 i3 i5 (i4 is a traffic accident)
        assertThat(value("incidents.count", "T", "criminal")).isEqualTo(4);
        assertThat(value("incidents.count", "T", "category:theft")).isEqualTo(2);
        assertThat(value("incidents.count", "T", "theft")).isEqualTo(2);
    }

    @Test
    void countCarriesGarwoodIntervalAndExactConditionalTest() {
        IndicatorRow t = row("incidents.count", "T", "all");
        // SciPy: chi2.ppf(0.025, 10)/2, chi2.ppf(0.975, 12)/2
        assertThat(t.lower().orElseThrow()).isCloseTo(1.6234863901184207, within(1e-9));
        assertThat(t.upper().orElseThrow()).isCloseTo(11.66833207932267, within(1e-9));
        Change c = t.change().orElseThrow();
        assertThat(c.baselineValue().orElseThrow()).isEqualTo(3);  // j1 j2 j3
        assertThat(c.absolute().orElseThrow()).isEqualTo(2);
        assertThat(c.percent().orElseThrow()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(c.points()).isEmpty();
        // exposure = days: 2024 has 366, 2023 365. SciPy binomtest(5, 8, 366/731).pvalue
        assertThat(c.pValue().orElseThrow()).isCloseTo(0.726564546831505, within(1e-9));
        assertThat(c.significant()).isFalse();
        assertThat(t.flags()).containsExactly(Flag.SMALL_COUNT, Flag.BASELINE_SMALL_COUNT);
    }

    @Test
    void aChangeFromZeroHasNoPercentage() {
        IndicatorRow v3 = row("incidents.count", "V3", "criminal");
        Change c = v3.change().orElseThrow();
        assertThat(c.baselineValue().orElseThrow()).isZero();
        assertThat(c.absolute().orElseThrow()).isZero();
        assertThat(c.percent()).isEmpty();
        assertThat(c.pValue()).isEmpty(); // no event in either period: the test is undefined
        assertThat(v3.flags()).contains(Flag.BASELINE_ZERO);
        // V3 all: 1 → 0 is down 100%
        assertThat(row("incidents.count", "V3", "all").change().orElseThrow().percent().orElseThrow())
                .isEqualTo(-100.0);
    }

    @Test
    void ratePer10kUsesThePopulationOfTheSubtree() {
        IndicatorRow t = row("incidents.rate_per_10k", "T", "all");
        assertThat(t.value().orElseThrow()).isEqualTo(5.0); // 5 / 10,000 × 10,000
        assertThat(t.numerator().orElseThrow()).isEqualTo(5);
        assertThat(t.denominator().orElseThrow()).isEqualTo(10_000);
        assertThat(t.lower().orElseThrow()).isCloseTo(1.6234863901184207, within(1e-9));
        assertThat(value("incidents.rate_per_10k", "V1", "all")).isEqualTo(20.0); // 2 / 1,000
    }

    @Test
    void cohortAndPeriodClearance() {
        // cohort: of T's five 2024 incidents, i1 i4 i5 cleared by 31 Dec (i3 cleared in 2025) → 3/5
        IndicatorRow cohort = row("incidents.clearance_rate", "T", "all");
        assertThat(cohort.value().orElseThrow()).isEqualTo(0.6);
        assertThat(cohort.numerator().orElseThrow()).isEqualTo(3);
        assertThat(cohort.denominator().orElseThrow()).isEqualTo(5);
        // Wilson 3/5: SciPy-evaluated closed form (prop.test(3, 5, correct = FALSE))
        assertThat(cohort.lower().orElseThrow()).isCloseTo(0.2307242812760128, within(1e-9));
        assertThat(cohort.upper().orElseThrow()).isCloseTo(0.882379225767352, within(1e-9));
        // 2023 cohort: j2 only (j1 was cleared in 2024) → 1/3; +26.67 points, +80% relative
        Change c = cohort.change().orElseThrow();
        assertThat(c.baselineNumerator().orElseThrow()).isEqualTo(1);
        assertThat(c.baselineDenominator().orElseThrow()).isEqualTo(3);
        assertThat(c.points().orElseThrow()).isCloseTo(100 * (0.6 - 1.0 / 3), within(1e-12));
        assertThat(c.percent().orElseThrow()).isCloseTo(80.0, within(1e-12));
        // period (UCR): clearances in 2024 — i1, i4, i5 and 2023's j1 — over 2024's incidents: 4/5
        IndicatorRow period = row("incidents.clearances_in_period_rate", "T", "all");
        assertThat(period.value().orElseThrow()).isEqualTo(0.8);
        assertThat(period.interval()).isEmpty();
        assertThat(value("incidents.clearances_in_period_rate", "V1", "all")).isEqualTo(1.0); // i1, j1 of i1 i2
    }

    @Test
    void repeatCallsMedianDaysAndMoney() {
        assertThat(value("incidents.repeat_call_rate", "T", "all")).isEqualTo(0.2);
        // clearances in 2024 took 10 (i1), 278 (j1: 2023-04-01 → 2024-01-04), 0 (i4), 20 (i5) days
        assertThat(value("incidents.median_days_to_clear", "T", "all")).isEqualTo(15.0);
        assertThat(R.find("incidents.median_days_to_clear", "T", "criminal")).isEmpty(); // medians: all only
        assertThat(value("incidents.loss", "T", "all")).isEqualTo(100.50);
        assertThat(value("incidents.recovered", "C", "theft")).isEqualTo(20.0);
        assertThat(row("incidents.median_days_to_clear", "V3", "all").flags()).contains(Flag.NO_RECORDS);
    }

    @Test
    void zeroIncidentShareAndWhatChanceWouldGive() {
        // criminal 2024: V1 2, V2 1, V3 0 → 1 of 3 villages
        IndicatorRow z = row("units.zero_incident_share", "T", "criminal");
        assertThat(z.numerator().orElseThrow()).isEqualTo(1);
        assertThat(z.denominator().orElseThrow()).isEqualTo(3);
        assertThat(row("units.zero_incident_share", "V3", "criminal").value().orElseThrow()).isEqualTo(1.0);
        // T's criminal rate 4 / 10,000; λ = 0.4, 1.2, 2.4 → mean of e^−λ (SciPy/math.exp: 0.3540774037457513)
        assertThat(value("units.expected_zero_share", "T", "criminal")).isCloseTo(0.3540774037457513, within(1e-12));
    }

    @ParameterizedTest(name = "{0} of {1} ({2}) = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # received in 2024: d1 d2 d3 d6; resolved by 31 Dec: d1; concluded by 31 Dec: d1 d2
            disputes.count                | V1 | all             | 4
            disputes.resolution_rate      | V1 | all             | 0.25
            disputes.conclusion_rate      | V1 | all             | 0.5
            disputes.success_rate         | V1 | all             | 0.5
            # opening: d4 d5; concluded in 2024: d1 d2 d5; closing: d3 d4 d6; old: d4 → 2 + 4 − 3 = 3
            disputes.opening_backlog      | V1 | all             | 2
            disputes.concluded            | V1 | all             | 3
            disputes.backlog              | V1 | all             | 3
            disputes.old_backlog          | V1 | all             | 1
            # days to close: 10, 31, 62
            disputes.median_days_to_close | V1 | all             | 31.0
            disputes.amount               | C  | all             | 5000.0
            # d1 d3
            disputes.count                | V1 | type:neighbour  | 2
            outreach.sessions             | T  | all             | 2
            outreach.audience             | T  | all             | 150
            outreach.households           | V2 | all             | 25
            outreach.leads                | V2 | all             | 2
            outreach.frauds_stopped       | V2 | type:anti_fraud | 1
            outreach.loss_avoided         | C  | all             | 3000.0
            # 150 / 3,000
            outreach.audience_per_capita  | V2 | all             | 0.05
            outreach.hazard_fix_rate      | V2 | all             | 0.75
            """)
    void disputeLedgerAndOutreach_handWorkedValues(String indicator, String unit, String group, double expected) {
        assertThat(value(indicator, unit, group)).isEqualTo(expected);
    }

    @Test
    void disputeBacklog_isAStock_withoutAPoissonInterval() {
        assertThat(row("disputes.backlog", "V1", "all").interval()).isEmpty();
    }

    @Test
    void outreachHazardFixRate_withoutHazards_isUndefined() {
        assertThat(row("outreach.hazard_fix_rate", "V1", "all").flags()).contains(Flag.ZERO_DENOMINATOR);
        assertThat(row("outreach.hazard_fix_rate", "V1", "all").value()).isEmpty();
    }

    @Test
    void suppressionWithholdsSmallFiguresAndSaysSo() {
        Results s = Indicators.of(DATA).period("2024").compareYearOnYear().suppressBelow(3)
                .compute("incidents.count", "incidents.rate_per_10k");
        IndicatorRow v1 = s.get("incidents.count", "V1", "all"); // 2 incidents: withheld
        assertThat(v1.value()).isEmpty();
        assertThat(v1.interval()).isEmpty();
        assertThat(v1.flags()).contains(Flag.SUPPRESSED);
        assertThat(v1.change().orElseThrow().percent()).isEmpty();
        IndicatorRow rate = s.get("incidents.rate_per_10k", "V1", "all");
        assertThat(rate.value()).isEmpty();
        assertThat(rate.denominator().orElseThrow()).isEqualTo(1000); // a population is public
        IndicatorRow v3 = s.get("incidents.count", "V3", "all"); // zero is shown; its baseline of 1 is not
        assertThat(v3.value().orElseThrow()).isZero();
        assertThat(v3.flags()).contains(Flag.BASELINE_SUPPRESSED).doesNotContain(Flag.SUPPRESSED);
        assertThat(v3.change().orElseThrow().baselineValue()).isEmpty();
        assertThat(s.get("incidents.count", "T", "all").value().orElseThrow()).isEqualTo(5);
    }

    @Test
    void scopeByUnitAndLevelAndGroups() {
        Results towns = Indicators.of(DATA).period("2024").level(Level.VILLAGE).groups("all", "criminal")
                .compute("incidents.count");
        assertThat(towns.stream().map(IndicatorRow::unit).distinct()).containsExactly("V1", "V2", "V3");
        assertThat(towns.size()).isEqualTo(6);
        Results sub = Indicators.of(DATA).period("2024").unit("T").groups("all").compute("incidents.count");
        assertThat(sub.stream().map(IndicatorRow::unit)).containsExactly("T", "V1", "V2", "V3");
    }

    @Test
    void periodOverPeriodAndNamedBaselines() {
        Results q = Indicators.of(DATA).period("2024-Q1").comparePeriodOverPeriod().groups("all")
                .compute("incidents.count");
        assertThat(q.baseline().orElseThrow().toString()).isEqualTo("2023-Q4");
        // 2024-Q1: i1 (1 Mar), i4 (29 Feb) → 2; 2023-Q4: none
        IndicatorRow t = q.get("incidents.count", "T", "all");
        assertThat(t.value().orElseThrow()).isEqualTo(2);
        assertThat(t.flags()).contains(Flag.BASELINE_ZERO);
        Results named = Indicators.of(DATA).period("2024").compareWith("2023-Q3").groups("all")
                .compute("incidents.count");
        assertThat(named.get("incidents.count", "T", "all").change().orElseThrow().baselineValue().orElseThrow())
                .isEqualTo(1); // j2 (7 July 2023)
    }

    @Test
    void misuseIsRefusedWithAClearMessage() {
        Indicators i = Indicators.of(DATA);
        assertThatThrownBy(() -> i.compute("incidents.count"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no period set");
        assertThatThrownBy(() -> i.period("2024").compareWith("2024").compute())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the period itself");
        assertThatThrownBy(() -> i.period("2024").compute("incidents.cout"))
                .hasMessageContaining("did you mean incidents.count?");
        assertThatThrownBy(() -> i.period("2024").groups("crimnal").compute())
                .hasMessageContaining("did you mean criminal?");
        assertThatThrownBy(() -> i.unit("V4")).hasMessageContaining("unknown unit 'V4'");
    }
}
