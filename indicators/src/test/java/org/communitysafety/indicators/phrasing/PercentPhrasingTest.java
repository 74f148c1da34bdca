package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages from exact counts (issue 5: "a rate shown as 98.0% is computed from the exact counts"). */
final class PercentPhrasingTest {

    private static final Phrasing ZH = Phrasing.zh();

    @Test
    void percent_domainResolutionRate_is98point0() {
        // domain.md: 受理矛盾纠纷45225宗,成功调解44319宗 — a resolution rate of 98.0% (44319/45225 = 0.979966…)
        assertThat(ZH.percent(44_319, 45_225)).isEqualTo("98.0%");
        assertThat(Phrasing.en().percent(44_319, 45_225)).isEqualTo("98.0%");
    }

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({
        "45225, 45225, 100.0%",
        "0, 7, 0.0%",
        "1, 3, 33.3%",
        "2, 3, 66.7%",
        "159, 200, 79.5%",
        "62, 78, 79.5%",
        "3, 2, 150.0%",
        "9223372036854775806, 9223372036854775807, 100.0%",
    })
    void percent_handWorkedCases(long numerator, long denominator, String expected) {
        assertThat(ZH.percent(numerator, denominator)).isEqualTo(expected);
    }

    @Test
    void percent_roundsTheExactRationalOnce_notARoundedProportion() {
        // 2469/20000 = 0.12345: exactly 12.345% → 12.3%; rounding the proportion to 0.1235 first would give 12.4%
        assertThat(ZH.percent(2_469, 20_000)).isEqualTo("12.3%");
        // 29/200 = 14.5% exactly; in binary floating point 29/200.0*100 = 14.499999999999998, which Math.round makes 14
        assertThat(ZH.withDecimals(0).percent(29, 200)).isEqualTo("15%");
    }

    @Test
    void percent_halfWay_halfUpAndHalfEvenDiffer() {
        // 1/16 = 6.25%: half up 6.3%, half even (GB/T 8170) 6.2%
        assertThat(ZH.percent(1, 16)).isEqualTo("6.3%");
        assertThat(ZH.withRounding(RoundingMode.HALF_EVEN).percent(1, 16)).isEqualTo("6.2%");
        // 3/16 = 18.75%: both 18.8%
        assertThat(ZH.withRounding(RoundingMode.HALF_EVEN).percent(3, 16)).isEqualTo("18.8%");
        // 1/8 = 12.5% at 0 decimals: 13% and 12%
        assertThat(ZH.withDecimals(0).percent(1, 8)).isEqualTo("13%");
        assertThat(ZH.withDecimals(0).withRounding(RoundingMode.HALF_EVEN).percent(1, 8)).isEqualTo("12%");
    }

    @Test
    void percent_decimals_zeroAndTwo() {
        // domain.md: 辖区群众认知率100%, 破获率上升至77%
        assertThat(ZH.withDecimals(0).percent(50, 50)).isEqualTo("100%");
        assertThat(ZH.withDecimals(0).percent(77, 100)).isEqualTo("77%");
        assertThat(ZH.withDecimals(2).percent(44_319, 45_225)).isEqualTo("98.00%");
    }

    @Test
    void percent_zeroDenominator_namesBothCounts() {
        assertThatThrownBy(() -> ZH.percent(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a percentage needs a positive denominator, got 0 of 0");
        assertThatThrownBy(() -> ZH.percent(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must not be negative, got -1");
    }
}
