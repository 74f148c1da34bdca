package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.communitysafety.core.io.FieldValues.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValuesTest {
    private static final String BOOL_REASON = " is not a boolean (use true/false, 1/0, yes/no or 是/否)";

    // --- Parsed ------------------------------------------------------------------------

    @Test
    void parsed_ok_valueAndFlags() {
        Parsed<Long> p = FieldValues.nonNegativeLong("7");
        assertThat(p).isEqualTo(new Parsed.Ok<>(7L));
        assertThat(p.isOk()).isTrue();
        assertThat(p.isAbsent()).isFalse();
        assertThat(p.isBad()).isFalse();
        assertThat(p.value()).isEqualTo(7L);
        assertThat(p.reason()).isNull();
        assertThat(p.orElse(0L)).isEqualTo(7L);
    }

    @Test
    void parsed_absent_noValueNoReason() {
        Parsed<Long> p = FieldValues.nonNegativeLong("  ");
        assertThat(p).isInstanceOf(Parsed.Absent.class);
        assertThat(p.isAbsent()).isTrue();
        assertThat(p.isOk()).isFalse();
        assertThat(p.isBad()).isFalse();
        assertThat(p.reason()).isNull();
        assertThat(p.orElse(0L)).isEqualTo(0L);
        assertThatThrownBy(p::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("no value: the field is empty");
    }

    @Test
    void parsed_bad_reasonAndNoValue() {
        Parsed<Long> p = FieldValues.nonNegativeLong("abc");
        assertThat(p).isEqualTo(new Parsed.Bad<>("abc is not a whole number"));
        assertThat(p.isBad()).isTrue();
        assertThat(p.orElse(-1L)).isEqualTo(-1L);
        assertThatThrownBy(p::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("no value: abc is not a whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000", " \u00A0 "})
    void allParsers_emptyOrBlank_absent(String text) {
        assertThat(FieldValues.date(text).isAbsent()).isTrue();
        assertThat(FieldValues.bool(text).isAbsent()).isTrue();
        assertThat(FieldValues.nonNegativeLong(text).isAbsent()).isTrue();
        assertThat(FieldValues.amountFen(text).isAbsent()).isTrue();
        assertThat(FieldValues.nonNegativeDecimal(text).isAbsent()).isTrue();
    }

    // --- date --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-07  | 2024-03-07",
        "2024-3-7    | 2024-03-07",
        "2024/3/7    | 2024-03-07",
        "2024/03/07  | 2024-03-07",
        "2024/12/31  | 2024-12-31",
        "20240307    | 2024-03-07",
        "2024年3月7日 | 2024-03-07",
        "2024年03月07日 | 2024-03-07",
        "2024年12月31日 | 2024-12-31",
        "2024-02-29  | 2024-02-29",
        "2000-02-29  | 2000-02-29",
        "1000-01-01  | 1000-01-01",
        "9999-12-31  | 9999-12-31",
    })
    void date_acceptedForms_value(String text, String expected) {
        assertThat(FieldValues.date(text)).isEqualTo(new Parsed.Ok<>(LocalDate.parse(expected)));
    }

    @Test
    void date_surroundingWhitespace_trimmed() {
        assertThat(FieldValues.date("  2024-03-07\t")).isEqualTo(new Parsed.Ok<>(LocalDate.of(2024, 3, 7)));
        assertThat(FieldValues.date("\u30002024年3月7日\u3000")).isEqualTo(new Parsed.Ok<>(LocalDate.of(2024, 3, 7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2023-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00",
        "20230229", "20241301", "2024年2月30日", "2024/2/30",
        "0999-01-01", "2024-03", "2024-03-07-01", "2024-3/7", "2024/03-07", "2024-003-07", "2024-03-007",
        "24-03-07", "2024.03.07", "2024年3月7", "2024年3-7日", "2024-03-07 10:00", "2024030", "202403071",
        "abc", "2024-0a-07", "07/03/2024", "2024-03-07日",
    })
    void date_rejected_reasonQuotesInput(String text) {
        assertThat(FieldValues.date(text)).isEqualTo(new Parsed.Bad<>(text + " is not a date"));
    }

    @Test
    void date_rejectedWithWhitespace_reasonQuotesTrimmedInput() {
        assertThat(FieldValues.date(" 2023-02-30 ").reason()).isEqualTo("2023-02-30 is not a date");
    }

    // --- dateTime ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-07 14:23         | 2024-03-07 | 14:23",
        "2024-03-07T14:23:05      | 2024-03-07 | 14:23:05",
        "2024/3/7 14:23:05        | 2024-03-07 | 14:23:05",
        "2024/3/7 4:05            | 2024-03-07 | 04:05",
        "20240307 00:00           | 2024-03-07 | 00:00",
        "2024-03-07 23:59:59      | 2024-03-07 | 23:59:59",
        "2024-03-07 14:23:05.000  | 2024-03-07 | 14:23:05",
        "2024年3月7日14时23分      | 2024-03-07 | 14:23",
        "2024年3月7日 14时23分05秒  | 2024-03-07 | 14:23:05",
        "2024年3月7日8点5分        | 2024-03-07 | 08:05",
        "2024年3月7日14:23        | 2024-03-07 | 14:23",
    })
    void dateTime_acceptedForms_dateAndTime(String text, String date, String time) {
        assertThat(FieldValues.dateTime(text)).isEqualTo(new Parsed.Ok<>(
                FieldValues.DateTime.of(LocalDate.parse(date), LocalTime.parse(time))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-07", "2024/3/7", "20240307", "2024年3月7日", " 2024-03-07 "})
    void dateTime_dateAlone_noTimeMadeUp(String text) {
        Parsed<FieldValues.DateTime> p = FieldValues.dateTime(text);
        assertThat(p.value().date()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(p.value().time()).isEmpty();
        assertThat(p.value().minuteOfDay()).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-07 24:61", "2024-03-07 24:00", "2024-03-07 23:60", "2024-03-07 12:00:60",
        "2024年3月7日25时0分"})
    void dateTime_impossibleTime_notATimeOfDay(String text) {
        assertThat(FieldValues.dateTime(text)).isEqualTo(new Parsed.Bad<>(text + " is not a time of day"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30 10:00", "2024-03-07T", "2024-03-07 14", "2024-03-07 14:2", "2024-03-07 14h23",
        "2024-03-07 14:23Z", "2024-03-07 14:23:05.", "2024-03-07Tx", "2024年3月7日14时", "2024年3月7日14时23",
        "2024年3月7日14时23分5", "abc 10:00", "2024-03-07 14:23:05+08:00"})
    void dateTime_malformed_notADate(String text) {
        assertThat(FieldValues.dateTime(text)).isEqualTo(new Parsed.Bad<>(text + " is not a date"));
    }

    @Test
    void dateTime_blank_absent() {
        assertThat(FieldValues.dateTime("  ").isAbsent()).isTrue();
    }

    @Test
    void dateTime_toString_roundTrips() {
        for (String text : new String[] {"2024-03-07", "2024-03-07 14:23", "2024-03-07 14:23:05"}) {
            assertThat(FieldValues.dateTime(text).value().toString()).isEqualTo(text);
        }
        assertThat(FieldValues.dateTime("2024年3月7日14时23分").value().minuteOfDay()).isEqualTo(14 * 60 + 23);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"-33.8688, -33.8688", "+120.5, 120.5", "0, 0", "-0, 0", "90, 90", "' -1.5 ', -1.5"})
    void decimal_eitherSign_value(String text, double expected) {
        assertThat(FieldValues.decimal(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "north     | north is not a number",
        "--5       | --5 is not a number",
        "-         | - is not a number",
        "- 5       | - 5 is not a number",
        "-1,000.5  | -1,000.5 is not a number (no thousands separators: write -1000.5)",
        "1e5       | 1e5 is not a number",
    })
    void decimal_bad_reasonQuotesInput(String text, String reason) {
        assertThat(FieldValues.decimal(text)).isEqualTo(new Parsed.Bad<>(reason));
    }

    // --- bool --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "1", "yes", "YES", "Yes", "y", "Y", "是", " 是 "})
    void bool_trueForms_true(String text) {
        assertThat(FieldValues.bool(text)).isEqualTo(new Parsed.Ok<>(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "0", "no", "NO", "No", "n", "N", "否", "\tno\t"})
    void bool_falseForms_false(String text) {
        assertThat(FieldValues.bool(text)).isEqualTo(new Parsed.Ok<>(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "t", "f", "tru", "yess", "是的", "不", "on", "off", "-1"})
    void bool_other_reasonListsChoices(String text) {
        assertThat(FieldValues.bool(text)).isEqualTo(new Parsed.Bad<>(text + BOOL_REASON));
    }

    @Test
    void bool_maybe_exactReason() {
        assertThat(FieldValues.bool("maybe").reason())
                .isEqualTo("maybe is not a boolean (use true/false, 1/0, yes/no or 是/否)");
    }

    // --- nonNegativeLong ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0",
        "7 | 7",
        "'  42  ' | 42",
        "+42 | 42",
        "007 | 7",
        "-0 | 0",
        "3.0 | 3",
        "3.00 | 3",
        "9223372036854775807 | 9223372036854775807",
    })
    void nonNegativeLong_accepted_value(String text, long expected) {
        assertThat(FieldValues.nonNegativeLong(text)).isEqualTo(new Parsed.Ok<>(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc | abc is not a whole number",
        "1.5 | 1.5 is not a whole number",
        "-1.5 | -1.5 is not a whole number",
        "3. | 3. is not a whole number",
        ".5 | .5 is not a whole number",
        "1e3 | 1e3 is not a whole number",
        "- | - is not a whole number",
        "+ | + is not a whole number",
        "12abc | 12abc is not a whole number",
        "1 2 | 1 2 is not a whole number",
        "-3 | -3 is negative; it must be 0 or more",
        "-9223372036854775809 | -9223372036854775809 is negative; it must be 0 or more",
        "'1,000' | '1,000 is not a whole number (no thousands separators: write 1000)'",
        "'12,345,678' | '12,345,678 is not a whole number (no thousands separators: write 12345678)'",
        "'1,00' | '1,00 is not a whole number'",
        "'1,000.5' | '1,000.5 is not a whole number'",
        "9223372036854775808 | 9223372036854775808 is too large (the maximum is 9223372036854775807)",
        "99999999999999999999 | 99999999999999999999 is too large (the maximum is 9223372036854775807)",
    })
    void nonNegativeLong_rejected_reason(String text, String reason) {
        assertThat(FieldValues.nonNegativeLong(text)).isEqualTo(new Parsed.Bad<>(reason));
    }

    // --- amountFen ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 | 1200",
        "12.5 | 1250",
        "12.34 | 1234",
        "0.01 | 1",
        "0 | 0",
        "0.00 | 0",
        "-0 | 0",
        "+3 | 300",
        "' 1234.5 ' | 123450",
        "12.340 | 1234",
        "12.3000 | 1230",
        "92233720368547758.07 | 9223372036854775807",
    })
    void amountFen_accepted_fen(String text, long fen) {
        assertThat(FieldValues.amountFen(text)).isEqualTo(new Parsed.Ok<>(fen));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.345 | 12.345 has more than 2 decimal places",
        "0.001 | 0.001 has more than 2 decimal places",
        "-5 | -5 is negative; it must be 0 or more",
        "-0.01 | -0.01 is negative; it must be 0 or more",
        "-12.345 | -12.345 is negative; it must be 0 or more",
        "abc | abc is not an amount in yuan",
        "12. | 12. is not an amount in yuan",
        ".5 | .5 is not an amount in yuan",
        "¥12 | ¥12 is not an amount in yuan",
        "12元 | 12元 is not an amount in yuan",
        "1e3 | 1e3 is not an amount in yuan",
        "'1,000' | '1,000 is not an amount in yuan (no thousands separators: write 1000)'",
        "'1,000.50' | '1,000.50 is not an amount in yuan (no thousands separators: write 1000.50)'",
        "92233720368547758.08 | 92233720368547758.08 is too large (the maximum is 92233720368547758.07)",
        "99999999999999999999 | 99999999999999999999 is too large (the maximum is 92233720368547758.07)",
    })
    void amountFen_rejected_reason(String text, String reason) {
        assertThat(FieldValues.amountFen(text)).isEqualTo(new Parsed.Bad<>(reason));
    }

    // --- nonNegativeDecimal ------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4.7 | 4.7",
        "12 | 12.0",
        "0 | 0.0",
        "0.25 | 0.25",
        "+1.5 | 1.5",
        "' 3.14159 ' | 3.14159",
        "-0.0 | 0.0",
    })
    void nonNegativeDecimal_accepted_value(String text, double expected) {
        assertThat(FieldValues.nonNegativeDecimal(text)).isEqualTo(new Parsed.Ok<>(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc | abc is not a number",
        "4. | 4. is not a number",
        ".7 | .7 is not a number",
        "1e3 | 1e3 is not a number",
        "NaN | NaN is not a number",
        "Infinity | Infinity is not a number",
        "4.7km² | 4.7km² is not a number",
        "-4.7 | -4.7 is negative; it must be 0 or more",
        "'1,000.5' | '1,000.5 is not a number (no thousands separators: write 1000.5)'",
    })
    void nonNegativeDecimal_rejected_reason(String text, String reason) {
        assertThat(FieldValues.nonNegativeDecimal(text)).isEqualTo(new Parsed.Bad<>(reason));
    }

    @Test
    void nonNegativeDecimal_beyondDoubleRange_tooLarge() {
        String huge = "1" + "0".repeat(400);
        assertThat(FieldValues.nonNegativeDecimal(huge)).isEqualTo(new Parsed.Bad<>(huge + " is too large"));
    }
}
