package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period names (issue brief: 2024年, 2024年第三季度, 2024年9月, 2024年第5周, 1-9月 as in domain.md's 今年1-9月份). */
final class PeriodNamesTest {

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource(delimiter = '|', value = {
        "2024                   | 2024年                        | 2024",
        "2024-Q3                | 2024年第三季度                | Q3 2024",
        "2023-Q1                | 2023年第一季度                | Q1 2023",
        "2024-09                | 2024年9月                     | September 2024",
        "2024-W05               | 2024年第5周                   | week 5 of 2024",
        "2020-W01               | 2020年第1周                   | week 1 of 2020",
        "2024-01-01..2024-09-30 | 2024年1-9月                   | January–September 2024",
        "2024-04-01..2024-04-30 | 2024年4月                     | April 2024",
        "2023-12-01..2024-02-29 | 2023年12月至2024年2月         | December 2023–February 2024",
        "2024-01-01..2024-10-01 | 2024年1月1日至10月1日         | 1 January–1 October 2024",
        "2023-12-25..2024-01-07 | 2023年12月25日至2024年1月7日  | 25 December 2023–7 January 2024",
        "2024-10-01..2024-10-01 | 2024年10月1日                 | 1 October 2024",
    })
    void names(String period, String zh, String en) {
        Period p = Period.parse(period);
        assertThat(PeriodNames.zh(p)).isEqualTo(zh);
        assertThat(PeriodNames.en(p)).isEqualTo(en);
        assertThat(Phrasing.zh().period(p)).isEqualTo(zh);
        assertThat(Phrasing.en().period(p)).isEqualTo(en);
    }

    @Test
    void comparison_between_picksTheWords() {
        Period q3 = Period.parse("2024-Q3");
        assertThat(Comparison.between(q3, Period.parse("2023-Q3"))).isEqualTo(Comparison.yearOnYear());
        assertThat(Comparison.between(q3, Period.parse("2024-Q2")))
                .isEqualTo(Comparison.periodOnPeriod(PeriodKind.QUARTER));
        assertThat(Comparison.between(q3, Period.parse("2023-Q2")))
                .isEqualTo(Comparison.against(Period.parse("2023-Q2")));
        // a year's previous year is also its year earlier: 同比
        assertThat(Comparison.between(Period.ofYear(2024), Period.ofYear(2023))).isEqualTo(Comparison.yearOnYear());
        // year to date against the same span last year
        Period ytd = Period.parse("2024-01-01..2024-09-30");
        assertThat(Comparison.between(ytd, ytd.yearEarlier())).isEqualTo(Comparison.yearOnYear());
        assertThat(Comparison.between(ytd, ytd.previous())).isEqualTo(Comparison.periodOnPeriod(PeriodKind.RANGE));
        // the first year there is has no year earlier
        assertThat(Comparison.between(Period.ofYear(1), Period.ofYear(5))).isEqualTo(Comparison.against(Period.ofYear(5)));
        assertThat(Comparison.against(Period.parse("2023-Q2")).toString()).isEqualTo("against(2023-Q2)");
        assertThat(Comparison.periodOnPeriod(PeriodKind.MONTH).toString()).isEqualTo("pop(MONTH)");
    }

    @Test
    void comparison_fieldsThatDoNotGoTogether_namedInTheMessage() {
        var noKind = assertThrows(IllegalArgumentException.class, () -> new Comparison(Comparison.Kind.PERIOD_ON_PERIOD,
                Optional.empty(), Optional.empty()));
        assertThat(noKind.getMessage()).isEqualTo(
                "a period kind goes with PERIOD_ON_PERIOD and only with it, got PERIOD_ON_PERIOD and Optional.empty");
        var stray = assertThrows(IllegalArgumentException.class, () -> new Comparison(Comparison.Kind.YEAR_ON_YEAR,
                Optional.empty(), Optional.of(Period.parse("2023"))));
        assertThat(stray.getMessage()).isEqualTo(
                "a named baseline goes with AGAINST and only with it, got YEAR_ON_YEAR and Optional[2023]");
        assertThat(new Comparison(Comparison.Kind.AGAINST, Optional.empty(), Optional.of(Period.parse("2023"))))
                .isEqualTo(Comparison.against(Period.parse("2023")));
    }
}
