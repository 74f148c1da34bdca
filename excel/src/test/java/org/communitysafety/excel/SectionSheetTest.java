package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shading from what the report's text says: significance and direction, funnel outliers; nothing else. */
final class SectionSheetTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "同比下降16.0% *| DOWN",
        "环比上升150.0% *| UP",
        "同比上升2.3个百分点 *| UP",
        "同比上升2.3个百分点| NONE",
        "down 16.0% on the same period last year *| DOWN",
        "up 2.3 percentage points on the same period last year *| UP",
        "down 2.0% on the previous month| NONE",
        "与去年同期持平| NONE",
        "高于99.8%上限| OUTLIER",
        "低于99.8%下限| OUTLIER",
        "below 99.8%| OUTLIER",
        "高于95%上限| NONE",
        "控制限内| NONE",
    })
    void shade_fromTheTextAlone(String text, Styles.Shade expected) {
        assertThat(SectionSheet.shade(text)).isEqualTo(expected);
    }
}
