package org.communitysafety.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParseTest {

    private static final String FORMS =
            "expected 2024, 2024-Q3, 2024-07, 2024-W05 or 2024-01-01..2024-09-30";

    @ParameterizedTest
    @ValueSource(strings = {
        "2024", "0001", "9999", "0999",
        "2024-Q1", "2024-Q3", "2024-Q4", "0042-Q2",
        "2024-01", "2024-02", "2024-07", "2024-12", "0005-09",
        "2024-W01", "2024-W05", "2024-W52", "2020-W53", "2026-W53", "2015-W53", "0001-W01", "9999-W51",
        "2024-01-01..2024-09-30", "2024-02-29..2024-02-29", "2023-12-31..2024-03-01",
        "0001-01-01..9999-12-31",
    })
    void parse_canonicalText_roundTrips(String text) {
        Period period = Period.parse(text);
        assertThat(period).hasToString(text);
        assertThat(Period.parse(period.toString())).isEqualTo(period);
    }

    @ParameterizedTest
    @CsvSource({
        "2024,                   YEAR,    2024-01-01, 2024-12-31",
        "2024-Q3,                QUARTER, 2024-07-01, 2024-09-30",
        "2024-07,                MONTH,   2024-07-01, 2024-07-31",
        "2024-W05,               WEEK,    2024-01-29, 2024-02-04",
        "2020-W53,               WEEK,    2020-12-28, 2021-01-03",
        "2024-01-01..2024-09-30, RANGE,   2024-01-01, 2024-09-30",
    })
    void parse_eachKind_givesKindAndDays(String text, PeriodKind kind, LocalDate start, LocalDate end) {
        Period period = Period.parse(text);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    @Test
    void parse_lowerCaseQuarterAndWeek_accepted() {
        assertThat(Period.parse("2024-q3")).isEqualTo(Period.ofQuarter(2024, 3));
        assertThat(Period.parse("2024-w05")).isEqualTo(Period.ofIsoWeek(2024, 5));
        assertThat(Period.parse("2024-q3")).hasToString("2024-Q3");
        assertThat(Period.parse("2024-w05")).hasToString("2024-W05");
    }

    @Test
    void parse_surroundingWhitespace_trimmed() {
        assertThat(Period.parse("  2024-07\t\n")).isEqualTo(Period.ofMonth(2024, 7));
        assertThat(Period.parse("\u30002024-Q1\u3000")).isEqualTo(Period.ofQuarter(2024, 1));
    }

    @Test
    void parse_charSequence_accepted() {
        assertThat(Period.parse(new StringBuilder("2024-W05"))).isEqualTo(Period.ofIsoWeek(2024, 5));
    }

    @Test
    void parse_factoryResults_roundTripThroughText() {
        for (Period period : new Period[] {
            Period.ofYear(7), Period.ofQuarter(2024, 2), Period.ofMonth(2024, 11),
            Period.ofIsoWeek(2020, 53), Period.ofIsoWeek(2024, 9),
            Period.yearToDate(LocalDate.of(2024, 2, 29)),
        }) {
            assertThat(Period.parse(period.toString())).isEqualTo(period);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2024-13                | "2024-13" is not a period: month must be 1..12
        2024-00                | "2024-00" is not a period: month must be 1..12
        2024-Q5                | "2024-Q5" is not a period: quarter must be 1..4
        2024-Q0                | "2024-Q0" is not a period: quarter must be 1..4
        2024-W00               | "2024-W00" is not a period: 2024 has no ISO week 0: it has 52 weeks
        2021-W53               | "2021-W53" is not a period: 2021 has no ISO week 53: it has 52 weeks
        2020-W54               | "2020-W54" is not a period: 2020 has no ISO week 54: it has 53 weeks
        9999-W52               | "9999-W52" is not a period: 9999-W52 ends on +10000-01-02, after 9999-12-31
        0000                   | "0000" is not a period: year must be 1..9999
        0000-Q1                | "0000-Q1" is not a period: year must be 1..9999
        0000-01                | "0000-01" is not a period: year must be 1..9999
        0000-W01               | "0000-W01" is not a period: year must be 1..9999
        2024-02-30..2024-03-01 | "2024-02-30..2024-03-01" is not a period: 2024-02-30 is not a date: day must be 1..29 in 2024-02
        2023-02-29..2023-03-01 | "2023-02-29..2023-03-01" is not a period: 2023-02-29 is not a date: day must be 1..28 in 2023-02
        2024-01-01..2024-04-31 | "2024-01-01..2024-04-31" is not a period: 2024-04-31 is not a date: day must be 1..30 in 2024-04
        2024-01-00..2024-01-02 | "2024-01-00..2024-01-02" is not a period: 2024-01-00 is not a date: day must be 1..31 in 2024-01
        2024-13-01..2024-12-31 | "2024-13-01..2024-12-31" is not a period: 2024-13-01 is not a date: month must be 1..12
        0000-12-31..2024-01-01 | "0000-12-31..2024-01-01" is not a period: 0000-12-31 is not a date: year must be 1..9999
        2024-03-01..2024-01-01 | "2024-03-01..2024-01-01" is not a period: end (2024-01-01) must not be before start (2024-03-01)
        """)
    void parse_invalidValue_throwsNamingTheProblem(String text, String message) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "abc", "24Q3", "2024Q3", "2024-Q03", "2024-Q", "2024-7", "2024-007", "2024-W5", "2024-W005",
        "24", "12345", "+2024", "-0001", "2024-M07", "2024-H1", "2024-01-01", "2024-01-01..",
        "2024-01-01...2024-01-02", "2024-01-01 .. 2024-01-02", "2024-1-1..2024-1-2",
        "2024/07", "2024年", "２０２４", "2024-07-01/2024-07-31", "2024 07", "P1Y",
    })
    void parse_unknownForm_throwsListingAcceptedForms(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a period; " + FORMS);
    }

    @Test
    void parse_emptyOrBlank_throwsListingAcceptedForms() {
        assertThatThrownBy(() -> Period.parse(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"\" is not a period; " + FORMS);
        assertThatThrownBy(() -> Period.parse("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"   \" is not a period; " + FORMS);
    }

    @Test
    void parse_messageQuotesTextAsGiven_includingWhitespace() {
        assertThatThrownBy(() -> Period.parse(" 2024-13 "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\" 2024-13 \" is not a period: month must be 1..12");
    }

    @Test
    void parse_veryLongText_quotesFirst64Characters() {
        String text = "x".repeat(100);
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + "x".repeat(64) + "\"... is not a period; " + FORMS);
    }
}
