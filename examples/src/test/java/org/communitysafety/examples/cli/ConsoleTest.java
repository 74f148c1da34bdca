package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terminal widths that keep {@code csi validate}'s table aligned under Chinese file names. */
final class ConsoleTest {
    @Test
    void width_countsWideCharactersTwice() {
        assertThat(Console.width("incidents.csv")).isEqualTo(13);
        assertThat(Console.width("警情.csv")).isEqualTo(8);
        assertThat(Console.width("警综平台导出.xlsx [辖区]")).isEqualTo(24);
        assertThat(Console.width("（ＡＢ）")).as("full-width forms").isEqualTo(8);
        assertThat(Console.width("𠀀")).as("a supplementary ideograph, one code point").isEqualTo(2);
    }

    @Test
    void pad_fillsToTerminalColumns_neverCuts() {
        assertThat(Console.pad("警情.csv", 10)).isEqualTo("警情.csv  ");
        assertThat(Console.pad("total", 8)).isEqualTo("total   ");
        assertThat(Console.pad("警综平台导出.xlsx", 4)).isEqualTo("警综平台导出.xlsx");
    }
}
