package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sheet names as Excel requires them. */
final class SheetNamesTest {

    @Test
    void next_forbiddenCharactersAndLength_replacedAndCut() {
        SheetNames names = new SheetNames();
        assertThat(names.next("a[b]:c*d?e/f\\g", "x")).isEqualTo("a_b__c_d_e_f_g");
        String name = names.next("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "x");
        assertThat(name).hasSize(31);
        assertThat(names.next("'quoted'", "x")).isEqualTo("quoted");
        assertThat(names.next("  ", "fallback")).isEqualTo("fallback");
    }

    @Test
    void next_sameNameTwice_numberedIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.next("Rows", "x")).isEqualTo("Rows");
        assertThat(names.next("rows", "x")).isEqualTo("rows (2)");
        assertThat(names.next("rows", "x")).isEqualTo("rows (3)");
        String longName = "abcdefghijklmnopqrstuvwxyzabcdefghij";
        assertThat(names.next(longName, "x")).hasSize(31);
        assertThat(names.next(longName, "x")).isEqualTo("abcdefghijklmnopqrstuvwxyza (2)").hasSize(31);
    }

    @Test
    void textWidth_chineseCountsDouble() {
        assertThat(TextWidth.of("abc")).isEqualTo(3);
        assertThat(TextWidth.of("刑事案件")).isEqualTo(8);
        assertThat(TextWidth.of("（一）a")).isEqualTo(7);
        assertThat(TextWidth.columnWidth(100)).isEqualTo((TextWidth.MAX + 2) * 256);
        assertThat(TextWidth.columnWidth(1)).isEqualTo((TextWidth.MIN + 2) * 256);
    }
}
