package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.junit.jupiter.api.Test;

/** The typed API reads as the string one does and gives the same rows. */
class TypedApiTest {

    static final Indicators I = Indicators.of(HandComputedTest.DATA).period("2024").compareYearOnYear();
    static final Results R = HandComputedTest.R;

    /** Issue 13, hardening item 8: a null argument is named, not a JVM-generated message. */
    @Test
    void nullArguments_namedInTheMessage() {
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> I.compute((String[]) null))
                .withMessage("ids");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> I.compute("incidents.count", null)).withMessage("an indicator id");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> I.compute((Indicator[]) null)).withMessage("indicators");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> I.compute(Indicator.INCIDENTS_COUNT, null)).withMessage("an indicator");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> Ranking.of(null, "incidents.count", "all")).withMessage("rows");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> Ranking.of(R, null, "all")).withMessage("indicator");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> Ranking.of(R, (Indicator) null, Group.ALL)).withMessage("indicator");
    }

    @Test
    void typedIndicatorsAndGroups_giveTheRowsOfTheirIds() {
        assertThat(I.compute(Indicator.INCIDENTS_COUNT, Indicator.DISPUTES_COUNT))
                .isEqualTo(I.compute("incidents.count", "disputes.count"));
        assertThat(I.compute()).isEqualTo(I.computeAll());
        assertThat(I.groups(Group.ALL, Group.criminal()).compute(Indicator.INCIDENTS_COUNT))
                .isEqualTo(I.groups("all", "criminal").compute("incidents.count"));
        assertThat(R.indicator(Indicator.INCIDENTS_CLEARANCE_RATE).group(Group.criminal()))
                .isEqualTo(R.indicator("incidents.clearance_rate").group("criminal"));
        assertThat(R.get(Indicator.INCIDENTS_COUNT, "T", Group.category("theft")))
                .isEqualTo(R.get("incidents.count", "T", "category:theft"));
        assertThat(R.find(Indicator.INCIDENTS_COUNT, "T", Group.type("family"))).isEmpty();
        assertThatThrownBy(() -> R.get(Indicator.INCIDENTS_COUNT, "T", Group.type("family")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no row for indicator incidents.count, unit T, group type:family in these results ("
                        + R.size() + " rows)");
        assertThat(Group.criminal()).isEqualTo(Group.parse("criminal")).isSameAs(Group.CRIMINAL);
        assertThat(Ranking.children(R, Indicator.INCIDENTS_RATE_PER_10K, "Town", Group.ALL, I.tree()).entries())
                .isEqualTo(Ranking.children(R, "incidents.rate_per_10k", "T", "all", I.tree()).entries())
                .hasSize(3);
        assertThat(I.tree()).isEqualTo(HandComputedTest.DATA.tree());
        assertThat(I.taxonomy().groups()).contains("criminal");
    }

    /** T: 5 incidents in 2024 against 3 in 2023 (HandComputedTest). */
    @Test
    void rowAccessors_readTheChangeWithoutNestedOptionals() {
        IndicatorRow t = R.get(Indicator.INCIDENTS_COUNT, "T", Group.ALL);
        Change c = t.change().orElseThrow();
        assertThat(t.valueOr(-1)).isEqualTo(5);
        assertThat(t.baselineValue()).isEqualTo(c.baselineValue()).isEqualTo(OptionalDouble.of(3));
        assertThat(t.changePct()).isEqualTo(c.percent());
        assertThat(t.changePct().getAsDouble()).isCloseTo(66.667, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(t.changeAbsolute()).isEqualTo(OptionalDouble.of(2));
        assertThat(t.changePoints()).isEmpty();
        assertThat(t.pValue()).isEqualTo(c.pValue());
        assertThat(t.isSignificant()).isFalse();
        assertThat(t.baselinePeriod()).contains(c.baselinePeriod());
        IndicatorRow plain = Indicators.of(HandComputedTest.DATA).period("2024").compute(Indicator.INCIDENTS_COUNT)
                .get(Indicator.INCIDENTS_COUNT, "T", Group.ALL);
        assertThat(plain.baselineValue()).isEmpty();
        assertThat(plain.changePct()).isEmpty();
        assertThat(plain.pValue()).isEmpty();
        assertThat(plain.baselinePeriod()).isEmpty();
        IndicatorRow undefined = R.get(Indicator.INCIDENTS_MEDIAN_DAYS_TO_CLEAR, "V3", Group.ALL);
        assertThat(undefined.valueOr(-1)).isEqualTo(-1);
    }

    static final Dataset TWINS = Dataset.of(JurisdictionTree.of(
            Jurisdiction.root("C", "City", Level.CITY),
            Jurisdiction.of("D1", "East", Level.DISTRICT, "C"),
            Jurisdiction.of("D2", "West", Level.DISTRICT, "C"),
            Jurisdiction.of("V1", "Upper Village", Level.VILLAGE, "D1"),
            Jurisdiction.of("V2", "Upper Village", Level.VILLAGE, "D2"),
            Jurisdiction.of("V3", "Lower Village", Level.VILLAGE, "D2")),
            java.util.List.of(), java.util.List.of(), java.util.List.of());

    @Test
    void units_byCodeOrUniqueName_andAnAmbiguousNameListsItsCodes() {
        Indicators i = Indicators.of(TWINS).period("2024");
        assertThat(i.unitCode("West")).isEqualTo("D2");
        assertThat(i.unitCode("V1")).isEqualTo("V1");
        assertThat(i.unit("West").settings().unit()).contains("D2");
        assertThat(i.unit("West").compute(Indicator.INCIDENTS_COUNT))
                .isEqualTo(i.unit("D2").compute(Indicator.INCIDENTS_COUNT));
        assertThatThrownBy(() -> i.unit("Upper Village")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 units are named 'Upper Village': V1 (village in East), V2 (village in West); "
                        + "give the code of the one you mean");
        assertThatThrownBy(() -> i.unit("Wesst")).hasMessage("unknown unit 'Wesst'; did you mean West?");
        Results all = i.compute(Indicator.INCIDENTS_COUNT).group(Group.ALL);
        assertThat(all.unit("Lower Village").rows()).extracting(IndicatorRow::unit).containsExactly("V3");
        assertThat(all.unit("V3")).isEqualTo(all.unit("Lower Village"));
        assertThat(all.unit("Nowhere").isEmpty()).isTrue();
        assertThatThrownBy(() -> all.unit("Upper Village"))
                .hasMessage("2 units are named 'Upper Village': V1 (village), V2 (village); "
                        + "give the code of the one you mean");
    }
}
