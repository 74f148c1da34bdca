package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The indicators' names come from one file per language, which names every indicator and nothing else. */
final class IndicatorNamesTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
        "INCIDENTS_COUNT, 发案数, incidents",
        "INCIDENTS_CLEARANCE_RATE, 破案率, clearance rate",
        "DISPUTES_RESOLUTION_RATE, 调解成功率, resolution rate",
        "UNITS_ZERO_INCIDENT_SHARE, 零发案率, share of units with no incident",
        "INCIDENTS_RATE_PER_10K, 万人发案率, 'incidents per 10,000 residents'"
    })
    void names_handPickedIndicators_asReportsWriteThem(Indicator indicator, String zh, String en) {
        assertThat(indicator.nameZh()).isEqualTo(zh);
        assertThat(indicator.nameEn()).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0}.properties")
    @ValueSource(strings = {"IndicatorNames_zh", "IndicatorNames_en", "IndicatorDefinitions_zh",
            "IndicatorDefinitions_en"})
    void namesFile_everyIndicatorAndNoOtherId_noneBlank(String file) throws IOException {
        Properties names = new Properties();
        try (var in = Indicator.class.getResourceAsStream(file + ".properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> ids = Arrays.stream(Indicator.values()).map(Indicator::id).collect(Collectors.toSet());
        assertThat(names.stringPropertyNames()).isEqualTo(ids);
        assertThat(names.stringPropertyNames()).allSatisfy(id -> assertThat(names.getProperty(id)).isNotBlank());
    }

    @Test
    void definitions_inTheirLanguage_sayTheFormula() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.definitionZh()).as(i.id()).containsPattern("[\\u4e00-\\u9fff]").endsWith("。");
            assertThat(i.definitionEn()).as(i.id()).doesNotContainPattern("[\\u4e00-\\u9fff]").endsWith(".");
        }
        assertThat(Indicator.INCIDENTS_CLEARANCE_RATE.definitionZh()).contains("÷ 本期发案数");
        assertThat(Indicator.DISPUTES_BACKLOG.definitionEn())
                .contains("open at the start + received − concluded = open at the end");
    }
}
