package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class SvgTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "3.0, 3", "12.345, 12.35", "12.344, 12.34", "-0.001, 0", "-2.5, -2.5",
            "0.05, 0.05", "0.5, 0.5", "1234567.891, 1234567.89", "1e-9, 0", "99.999, 100"})
    void num_roundsToTwoDecimalsWithoutExponent(double value, String expected) {
        assertEquals(expected, Svg.num(value));
    }

    @Test
    void num_germanDefaultLocale_stillUsesDot() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.25", Svg.num(1.25));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void num_notFinite_namesTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
        assertEquals("a coordinate must be finite, got NaN", e.getMessage());
    }

    @Test
    void escape_markupAndQuotes_areEntities() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; 白兴区", Svg.escape("a & b <c> \"d\" 'e' 白兴区"));
    }

    @Test
    void escape_controlCharacters_becomeSpaces() {
        assertEquals("a b", Svg.escape("a\u0001b"));
    }

    @Test
    void document_titleEscapedAndWellFormed() {
        String svg = Svg.document(300, 200, "A <b> & \"c\"").finish();
        var doc = SvgChecks.parse(svg);
        assertEquals("A <b> & \"c\"", SvgChecks.elements(doc, "title").get(0).getTextContent());
        assertTrue(svg.contains("viewBox=\"0 0 300 200\""));
    }

    @Test
    void fit_longLabel_cutWithEllipsis() {
        String cut = Svg.fit("某某市某某区某某街道某某社区居民委员会", 12, 60);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(Svg.textWidth(cut, 12) <= 60, cut);
        assertEquals("白兴区", Svg.fit("白兴区", 12, 60));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "12345, '12,345'", "-1234567, '-1,234,567'", "999.5, '1,000'", "-0.4, 0"})
    void valueFormat_count_groupsThousands(double value, String expected) {
        assertEquals(expected, ValueFormat.count().format(value));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.9804, 98.0%", "0.12345, 12.3%", "0.00045, 0.0%", "0.00051, 0.1%", "1, 100.0%"})
    void valueFormat_percent_halfUp(double value, String expected) {
        assertEquals(expected, ValueFormat.percent(1).format(value));
    }

    @Test
    void valueFormat_decimalHalfUp_notBinaryRounding() {
        assertEquals("2.68", ValueFormat.decimal(2).format(2.675));   // 2.675 is 2.67499… in binary
    }

    @Test
    void valueFormat_tooManyDecimals_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> ValueFormat.decimal(7));
        assertEquals("decimals must be 0 to 6, got 7", e.getMessage());
    }
}
