package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's number texts read back as numbers with formats that show them as written; everything else stays text. */
final class ReportNumbersTest {

    @ParameterizedTest(name = "{0} -> {1} as {2}")
    @CsvSource(delimiter = '|', value = {
        "4,850| 4850| #,##0",
        "391| 391| #,##0",
        "0| 0| #,##0",
        "19.29| 19.29| 0.00",
        "0.0| 0| 0.0",
        "42,580,421.00| 42580421| #,##0.00",
        "39.3%| 0.393| 0.0%",
        "100%| 1| 0%",
        "-16.0%| -0.16| 0.0%",
        "\u22122.5| -2.5| 0.0",
        "+6.2%| 0.062| +0.0%;-0.0%;0.0%",
        "4.88e-07| 4.88e-7| 0.00E+00",
        "-1,234| -1234| #,##0",
    })
    void parse_numbersAsTheReportWritesThem_valueAndFormat(String text, double value, String format) {
        ReportNumbers.Parsed p = ReportNumbers.number(text).orElseThrow();
        assertThat(p.value()).isEqualTo(value);
        assertThat(p.format()).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0} stays text")
    @ValueSource(strings = {"同比下降16.0% *", "330102001001", "2024", "0123", "0.97–2.19", "—", "", "1,23",
        "12,3456", "高于99.8%上限", "-0.0%", "+0", "007.5", "05%", "3.5万", "1e5", "NaN"})
    void parse_anythingElse_staysText(String text) {
        assertThat(ReportNumbers.number(text)).isEmpty();
    }
}
