package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.communitysafety.indicators.DefaultLocale;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;

/** A report's bytes do not depend on the default locale: numbers go through Locale.ROOT, words through the wording files. */
final class ReportLocaleTest {

    private static final Locale[] LOCALES = {Locale.GERMANY, Locale.forLanguageTag("ar-SA-u-nu-arab"),
        Locale.SIMPLIFIED_CHINESE};

    /** The quarter's reports in both languages (period-on-period columns and all), as HTML and Markdown. */
    private static List<String> reports() {
        Indicators indicators = Indicators.of(ReportTaxonomyTest.DATA);
        Report zh = Report.builder(indicators).period("2024-Q3").language(Language.ZH).build();
        Report en = Report.builder(indicators).period("2024-Q3").language(Language.EN).build();
        return List.of(zh.toHtml(), zh.toMarkdown(), en.toHtml(), en.toMarkdown());
    }

    @Test
    void reports_underAnyDefaultLocale_areTheBytesOfLocaleRoot() {
        List<String> root = DefaultLocale.under(Locale.ROOT, ReportLocaleTest::reports);
        assertThat(root.get(2)).contains("Community safety in ");
        for (Locale locale : LOCALES) {
            assertThat(DefaultLocale.under(locale, ReportLocaleTest::reports)).as("under %s", locale).isEqualTo(root);
        }
    }

    @Test
    void theLocales_wouldChangeNumbers_ifTheyReachedThem() {
        assertThat(DefaultLocale.under(Locale.GERMANY, () -> String.format("%.2f", 12.5))).isEqualTo("12,50");
        assertThat(DefaultLocale.under(Locale.forLanguageTag("ar-SA-u-nu-arab"), () -> String.format("%d", 7))).isEqualTo("٧");
    }
}
