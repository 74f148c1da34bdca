package org.communitysafety.core.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, serial dates and date formats, checked by hand and against Apache POI's {@code DateUtil}. */
final class CellValuesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.0, 1", "12.50, 12.5", "1E7, 10000000", "1.0E7, 10000000", "1E-3, 0.001", "-0, 0", "0.0, 0",
        "330101001, 330101001", "-42, -42", "0.30000000000000004, 0.30000000000000004", "1.5E-7, 0.00000015",
        "123456789012345678, 123456789012345680", "2.82879384806159008E17, 282879384806159000"})
    void number_asWrittenInV_shortestPlainDecimal(String v, String expected) {
        assertThat(CellValues.number(v)).isEqualTo(expected);
    }

    @Test
    void number_notANumber_throws() {
        assertThatThrownBy(() -> CellValues.number("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> CellValues.number("Infinity")).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1900-01-01", "59, 1900-02-28", "61, 1900-03-01", "45358, 2024-03-07",
        "45358.5, 2024-03-07 12:00", "45358.59936342592, 2024-03-07 14:23:05", "45358.999999, 2024-03-08",
        "2958465, 9999-12-31", "0.25, 1899-12-31 06:00"})
    void date_1900System(double serial, String expected) {
        assertThat(CellValues.date(serial, false)).isEqualTo(expected);
    }

    @Test
    void date_1904System_serialZeroIs1904() {
        assertThat(CellValues.date(0, true)).isEqualTo("1904-01-01");
        assertThat(CellValues.date(45358 - 1462, true)).isEqualTo("2024-03-07");
    }

    @Test
    void date_serial60OrOutOfRange_saysWhy() {
        assertThatThrownBy(() -> CellValues.date(60.5, false)).hasMessage("serial 60 is 1900-02-29, a day that does"
                + " not exist (Excel's 1900 leap-year bug); enter the date again");
        assertThatThrownBy(() -> CellValues.date(-1, false))
                .hasMessage("-1 is not a date Excel can show (serials run from 0 to 2958465)");
        assertThatThrownBy(() -> CellValues.date(2958466, false))
                .hasMessage("2958466 is not a date Excel can show (serials run from 0 to 2958465)");
    }

    /** POI's DateUtil is an independent implementation of the same calendar (1900 system). */
    @Test
    void date_seededSerials_agreeWithPoi() {
        Random random = new Random(20240307);
        for (int i = 0; i < 20_000; i++) {
            double serial = 61 + random.nextInt(2_958_400) + (random.nextBoolean() ? 0 : random.nextInt(86_400) / 86_400.0);
            LocalDateTime poi = DateUtil.getLocalDateTime(serial, false, true);
            String expected = poi.toLocalTime().toSecondOfDay() == 0 ? poi.toLocalDate().toString()
                    : poi.toLocalDate() + " " + poi.toLocalTime().toString();
            assertThat(CellValues.date(serial, false)).as("serial %s", serial).isEqualTo(expected);
        }
        assertThat(DateUtil.getExcelDate(LocalDate.of(2024, 3, 7))).isEqualTo(45358.0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"yyyy-mm-dd|true|true", "m/d/yy h:mm|true|true", "hh:mm:ss|true|true",
        "[$-804]yyyy\"年\"m\"月\"d\"日\"|true|true", "[h]:mm|false|true", "[mm]:ss|false|true", "0.00|false|false",
        "General|false|false", "\"day\" 0|false|false", "\\d0|false|true", "#,##0;[Red]-#,##0|false|false",
        "@|false|false", "0.00_);(0.00)|false|false", "yyyy\"年\"m\"月\";@|true|true", "0;\"yes\"|false|false"})
    void isDateFormat_customFormats(String code, boolean date, boolean poi) {
        assertThat(Styles.isDateFormat(code)).isEqualTo(date);
        // POI differs on purpose where noted: it takes [h]:mm durations for dates, and an escaped \\d for a day
        assertThat(DateUtil.isADateFormat(-1, code)).as("POI").isEqualTo(poi);
    }

    @Test
    void isBuiltInDate_theDocumentedIds() {
        for (int id = 0; id < 200; id++) {
            boolean expected = id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                    || id >= 50 && id <= 58;
            assertThat(Styles.isBuiltInDate(id)).as("id %d", id).isEqualTo(expected);
        }
    }

    @Test
    void columnOfAndLetters_roundTrip() {
        assertThat(SheetRows.columnOf("A1")).isZero();
        assertThat(SheetRows.columnOf("C7")).isEqualTo(2);
        assertThat(SheetRows.columnOf("AB12")).isEqualTo(27);
        assertThat(SheetRows.columnOf("XFD1048576")).isEqualTo(16_383);
        assertThat(SheetRows.columnOf("12")).isEqualTo(-1);
        for (int c = 0; c < 16_384; c++) {
            assertThat(SheetRows.columnOf(SheetRows.letters(c) + "1")).isEqualTo(c);
        }
    }

    @Test
    void isoDate_typeD_likeSerialDates() {
        assertThat(SheetRows.isoDate("2024-03-07T00:00:00")).isEqualTo("2024-03-07");
        assertThat(SheetRows.isoDate("2024-03-07T14:23:00.000Z")).isEqualTo("2024-03-07 14:23");
        assertThat(SheetRows.isoDate("2024-03-07T14:23:05")).isEqualTo("2024-03-07 14:23:05");
        assertThat(SheetRows.isoDate("2024-03-07")).isEqualTo("2024-03-07");
    }
}
