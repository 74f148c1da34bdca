package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SampleSpecTest {

    @Test
    void standard_isTheDocumentedSample() {
        SampleSpec s = SampleSpec.standard();
        assertThat(s).isEqualTo(new SampleSpec(20240101L, 500, 50_000, 15_000, 5_000, 2022, 2024));
        assertThat(s.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(s.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(s.years()).isEqualTo(3);
    }

    @Test
    void withMethods_changeOneComponentEach() {
        SampleSpec s = SampleSpec.standard();
        assertThat(s.withSeed(7)).isEqualTo(new SampleSpec(7, 500, 50_000, 15_000, 5_000, 2022, 2024));
        assertThat(s.withVillages(3)).isEqualTo(new SampleSpec(20240101L, 3, 50_000, 15_000, 5_000, 2022, 2024));
        assertThat(s.withIncidents(0)).isEqualTo(new SampleSpec(20240101L, 500, 0, 15_000, 5_000, 2022, 2024));
        assertThat(s.withDisputes(9)).isEqualTo(new SampleSpec(20240101L, 500, 50_000, 9, 5_000, 2022, 2024));
        assertThat(s.withOutreach(8)).isEqualTo(new SampleSpec(20240101L, 500, 50_000, 15_000, 8, 2022, 2024));
        assertThat(s.withYears(2020, 2020)).isEqualTo(new SampleSpec(20240101L, 500, 50_000, 15_000, 5_000, 2020, 2020));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "villages 0      | 0 | 1 | 1 | 1 | 2022 | 2024 | villages must be 1..100000, got 0",
            "villages 100001 | 100001 | 1 | 1 | 1 | 2022 | 2024 | villages must be 1..100000, got 100001",
            "incidents -1    | 5 | -1 | 1 | 1 | 2022 | 2024 | incidents must not be negative, got -1",
            "disputes -2     | 5 | 1 | -2 | 1 | 2022 | 2024 | disputes must not be negative, got -2",
            "outreach -3     | 5 | 1 | 1 | -3 | 2022 | 2024 | outreach must not be negative, got -3",
            "first 1899      | 5 | 1 | 1 | 1 | 1899 | 2024 | firstYear must be 1900..2100, got 1899",
            "last 2101       | 5 | 1 | 1 | 1 | 2022 | 2101 | lastYear must be 1900..2100, got 2101",
            "reversed        | 5 | 1 | 1 | 1 | 2024 | 2022 | firstYear (2024) must not be after lastYear (2022)"})
    void new_invalidComponent_saysWhatAndWhy(String name, int villages, long incidents, long disputes, long outreach,
            int first, int last, String message) {
        assertThatThrownBy(() -> new SampleSpec(1, villages, incidents, disputes, outreach, first, last))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void withYears_reversed_isRejected() {
        assertThatThrownBy(() -> SampleSpec.standard().withYears(2024, 2023))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstYear (2024) must not be after lastYear (2023)");
    }
}
