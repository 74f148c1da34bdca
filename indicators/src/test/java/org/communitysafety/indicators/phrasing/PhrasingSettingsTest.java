package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Settings: defaults, validation messages, value semantics. */
final class PhrasingSettingsTest {

    @Test
    void defaults() {
        Phrasing zh = Phrasing.zh();
        assertThat(zh.language()).isEqualTo(Language.ZH);
        assertThat(zh.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(zh.decimals()).isEqualTo(1);
        assertThat(zh.counts()).isEqualTo(CountStyle.APPROXIMATE);
        assertThat(zh.significantDigits()).isEqualTo(2);
        assertThat(zh.nearlyWithin()).isEqualByComparingTo("0.02");
        assertThat(zh.yuStyle()).isEqualTo(YuStyle.BEFORE_MAGNITUDE);
        assertThat(zh.punctuation()).isEqualTo(Punctuation.FULL_WIDTH);
        assertThat(zh.significanceStyle()).isEqualTo(SignificanceStyle.PLAIN);
        assertThat(zh.toString()).isEqualTo("Phrasing[ZH, HALF_UP, 1 decimal, APPROXIMATE 2 digits, 近 within 0.02,"
                + " BEFORE_MAGNITUDE, FULL_WIDTH, PLAIN]");
        assertThat(Phrasing.en()).isEqualTo(Phrasing.of(Language.EN)).isEqualTo(zh.withLanguage(Language.EN));
    }

    @Test
    void with_returnsANewPhrasing_andLeavesThisOne() {
        Phrasing zh = Phrasing.zh();
        Phrasing even = zh.withRounding(RoundingMode.HALF_EVEN).withDecimals(2);
        assertThat(zh.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(even.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(even.decimals()).isEqualTo(2);
        assertThat(even).isNotEqualTo(zh);
        assertThat(zh.withNearlyWithin(0.020)).isEqualTo(zh).hasSameHashCodeAs(zh);
    }

    @Test
    void with_badValues_sayWhy() {
        Phrasing zh = Phrasing.zh();
        assertThatThrownBy(() -> zh.withDecimals(7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals must be 0..6, got 7");
        assertThatThrownBy(() -> zh.withSignificantDigits(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("significant digits must be 1..18, got 0");
        assertThatThrownBy(() -> zh.withNearlyWithin(0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the 近 threshold must be in [0, 0.5), got 0.5");
        assertThatThrownBy(() -> zh.withRounding(RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rounding must be a rounding mode; UNNECESSARY would fail on 1 of 3");
        assertThatThrownBy(() -> zh.withRounding(null))
                .isInstanceOf(NullPointerException.class).hasMessage("mode");
        assertThatThrownBy(() -> zh.sentence(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("subject must not be blank");
    }

    @Test
    void settings_areOneValue_thatPhrasingsAreMadeOf() {
        Phrasing.Settings even = Phrasing.zh().settings().withRounding(RoundingMode.HALF_EVEN).withDecimals(2);
        assertThat(Phrasing.of(even)).isEqualTo(Phrasing.zh().withRounding(RoundingMode.HALF_EVEN).withDecimals(2));
        assertThat(Phrasing.of(even).settings()).isEqualTo(even);
        assertThat(Phrasing.Settings.defaults(Language.EN)).isEqualTo(Phrasing.en().settings());
        assertThat(even.withNearlyWithin(0.020)).isEqualTo(even.withNearlyWithin(0.02)).hasSameHashCodeAs(even);
        assertThat(even.toString())
                .isEqualTo("ZH, HALF_EVEN, 2 decimals, APPROXIMATE 2 digits, 近 within 0.02, BEFORE_MAGNITUDE, FULL_WIDTH, PLAIN");
    }

    @Test
    void settings_badValues_sayWhy() {
        Phrasing.Settings zh = Phrasing.zh().settings();
        assertThatThrownBy(() -> new Phrasing.Settings(Language.ZH, RoundingMode.HALF_UP, 1, CountStyle.EXACT, 2,
                new java.math.BigDecimal("0.5"), YuStyle.BEFORE_MAGNITUDE, Punctuation.ASCII, SignificanceStyle.MARK))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the 近 threshold must be in [0, 0.5), got 0.5");
        assertThatThrownBy(() -> zh.withDecimals(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals must be 0..6, got -1");
        assertThatThrownBy(() -> zh.withLanguage(null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void isThreadSafe_sharedAcrossThreads() throws Exception {
        Phrasing zh = Phrasing.zh();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> zh.disputesResolved(45_225, 44_319)));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo("受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%");
            }
        } finally {
            pool.shutdown();
        }
    }
}
