package org.communitysafety.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terminal widths that keep tables of Chinese file names and labels aligned ({@code csi validate}, TextTable). */
final class DisplayWidthTest {
    @Test
    void width_countsWideCharactersTwice() {
        assertThat(DisplayWidth.of("incidents.csv")).isEqualTo(13);
        assertThat(DisplayWidth.of("警情.csv")).isEqualTo(8);
        assertThat(DisplayWidth.of("警综平台导出.xlsx [辖区]")).isEqualTo(24);
        assertThat(DisplayWidth.of("（ＡＢ）")).as("full-width forms").isEqualTo(8);
        assertThat(DisplayWidth.of("𠀀")).as("a supplementary ideograph, one code point").isEqualTo(2);
    }

    @Test
    void pad_fillsToTerminalColumns_neverCuts() {
        assertThat(DisplayWidth.pad("警情.csv", 10)).isEqualTo("警情.csv  ");
        assertThat(DisplayWidth.pad("total", 8)).isEqualTo("total   ");
        assertThat(DisplayWidth.pad("警综平台导出.xlsx", 4)).isEqualTo("警综平台导出.xlsx");
    }
}
