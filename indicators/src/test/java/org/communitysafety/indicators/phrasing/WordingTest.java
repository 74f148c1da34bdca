package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording files: every language has every text, with well-formed parts, and templates are filled strictly. */
final class WordingTest {

    private static final String REPORT = "org.communitysafety.indicators.report.ReportText";
    private static final Pattern PART = Pattern.compile("\\{([A-Za-z]+)}");

    private static Properties load(String baseName, Language language) throws IOException {
        String path = "/" + baseName.replace('.', '/') + "_" + language.locale().getLanguage() + ".properties";
        try (InputStream in = WordingTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** Keys without the plural suffix: a language may write key.one besides key.other. */
    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            keys.add(k.endsWith(".one") ? k.substring(0, k.length() - 4) + ".other" : k);
        }
        return keys;
    }

    private static Set<String> parts(String template) {
        Set<String> parts = new TreeSet<>();
        Matcher m = PART.matcher(template);
        while (m.find()) {
            parts.add(m.group(1));
        }
        return parts;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {REPORT, Phrasing.WORDING})
    void everyLanguage_hasTheSameTexts_withWellFormedParts(String baseName) throws IOException {
        Properties zh = load(baseName, Language.ZH);
        for (Language language : Language.values()) {
            Properties other = load(baseName, language);
            assertThat(keys(other)).as("%s in %s", baseName, language).isEqualTo(keys(zh));
            for (String key : other.stringPropertyNames()) {
                // each language orders and chooses its parts; a part the code does not give fails
                // loudly where the text is made (text_misuse_saysWhatIsWrong), so here: well-formed
                String template = other.getProperty(key);
                assertThat(template.chars().filter(c -> c == '{').count()).as("%s: %s", language, key)
                        .isEqualTo(template.chars().filter(c -> c == '}').count())
                        .isEqualTo(parts(template).isEmpty() ? 0 : PART.matcher(template).results().count());
            }
        }
    }

    @Test
    void text_fillsNamedParts_inTheLanguagesOrder() {
        Wording zh = Wording.of(REPORT, Language.ZH);
        Wording en = Wording.of(REPORT, Language.EN);
        assertThat(zh.text("title", "unit", "后阴市", "period", "2024年")).isEqualTo("后阴市2024年社区治安形势报告");
        assertThat(en.text("title", "unit", "Houyin", "period", "2024")).isEqualTo("Community safety in Houyin, 2024");
        assertThat(en.plural("zero.run", 1, "years", 1)).isEqualTo("1 year");
        assertThat(en.plural("zero.run", 3, "years", 3)).isEqualTo("3 years");
        assertThat(zh.plural("zero.run", 1, "years", 1)).isEqualTo("连续1年");
        assertThat(en.list("trends.months")).hasSize(12).startsWith("Jan").endsWith("Dec");
        assertThat(en.toString()).isEqualTo("Wording[ReportText_en, " + countKeys(REPORT, Language.EN) + " texts]");
    }

    private static int countKeys(String baseName, Language language) {
        try {
            return load(baseName, language).size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void text_misuse_saysWhatIsWrong() {
        Wording en = Wording.of(REPORT, Language.EN);
        assertThatThrownBy(() -> en.text("title", "unit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the parts of 'title' come in name, value pairs; got 1 arguments");
        assertThatThrownBy(() -> en.text("title", "unit", "Houyin", "when", "2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the template 'title' has a part {period} that was not given");
        assertThatThrownBy(() -> en.text("title", "unit", "Houyin", "period", 2024.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the part {period} of 'title' must be text or a whole number, got a Double: format it first");
        assertThatThrownBy(() -> en.text("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessage("no text 'no.such.key' in org.communitysafety.indicators.report.ReportText_en.properties");
    }

    @Test
    void of_ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertThat(Wording.of(REPORT, Language.EN).text("table.yoy")).isEqualTo("Year on year");
            Locale.setDefault(Locale.forLanguageTag("zh-CN"));
            assertThat(Wording.of(REPORT, Language.EN).text("table.yoy")).isEqualTo("Year on year");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
