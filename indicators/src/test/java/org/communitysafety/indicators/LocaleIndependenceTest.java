package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * Every number that reaches text — toString of results, rows, rankings, series and funnel curves,
 * the bounded tables and CSV — is the same under a German or Saudi Arabic default locale as
 * under {@link Locale#ROOT}: {@code 0.7500}, not {@code 0,7500} or Arabic-Indic digits.
 */
class LocaleIndependenceTest {

    static final Locale[] LOCALES = {Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
        Locale.forLanguageTag("ar-SA-u-nu-arab")};

    /** The texts, computed and printed under the current default locale. */
    static List<String> texts() {
        Indicators i = Indicators.of(HandComputedTest.DATA).period("2024").compareYearOnYear();
        Results all = i.computeAll();
        List<String> texts = new ArrayList<>();
        texts.add(all.toString());
        texts.add(all.indicator(Indicator.INCIDENTS_CLEARANCE_RATE).toString());
        all.forEach(r -> texts.add(r.toString()));
        texts.add(all.toCsv());
        texts.add(Ranking.level(all, Indicator.INCIDENTS_RATE_PER_10K, Level.VILLAGE, Group.ALL).toString());
        texts.add(Ranking.level(all, Indicator.INCIDENTS_CLEARANCE_RATE, Level.VILLAGE, Group.ALL).toString());
        texts.add(i.series(Indicator.INCIDENTS_CLEARANCE_RATE, "T", Group.ALL, Period.parse("2024"),
                Granularity.QUARTER).toString());
        texts.add(FunnelCurve.of(Indicator.INCIDENTS_CLEARANCE_RATE, 0.75, 0.95, 1, 40, 4).toString());
        texts.add(FunnelCurve.of(Indicator.INCIDENTS_CLEARANCE_RATE, 0.75, 0.95, 1, 40, 4).samples().toString());
        return texts;
    }

    @Test
    void texts_underGermanAndArabicDefaultLocales_areTheRootLocalesTexts() {
        List<String> root = DefaultLocale.under(Locale.ROOT, LocaleIndependenceTest::texts);
        assertThat(String.join("\n", root)).contains("0.7500").doesNotContain("0,7500");
        for (Locale locale : LOCALES) {
            List<String> texts = DefaultLocale.under(locale, LocaleIndependenceTest::texts);
            for (int k = 0; k < root.size(); k++) {
                assertThat(texts.get(k)).as("text %d under %s", k, locale).isEqualTo(root.get(k));
            }
        }
    }

    /** The test would catch a default-locale format: under de_DE the JDK writes a decimal comma. */
    @Test
    void theLocalesAreInEffect() {
        assertThat(DefaultLocale.under(Locale.GERMANY, () -> String.format("%.4g", 0.75))).isEqualTo("0,7500");
        assertThat(DefaultLocale.under(Locale.forLanguageTag("ar-SA-u-nu-arab"), () -> String.format("%d", 7))).isEqualTo("٧");
    }
}
