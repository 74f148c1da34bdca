package org.communitysafety.core.io.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitysafety.core.io.JsonWriter;

/**
 * A numeric cell's value as the text a CSV cell would hold: numbers as the shortest plain
 * decimal, serial dates as ISO dates. Stateless and thread-safe; package-private.
 */
final class CellValues {
    /** The last day Excel shows, 9999-12-31, as a 1900-system serial. */
    static final double MAX_SERIAL = 2_958_465;
    /** Serial 60 in the 1900 system: 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel). */
    static final long FICTITIOUS_LEAP_DAY = 60;

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31); // serial 0 is "1900-01-00"
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private CellValues() {}

    /**
     * A number as written in a cell's {@code <v>} ({@code 12.50}, {@code 1.0E7}, {@code 1E-3}) as
     * the shortest decimal that reads back as the same double, written plainly without exponent
     * and without a trailing {@code .0}: {@code 12.5}, {@code 10000000}, {@code 0.001}. A whole
     * number of up to 15 digits, the usual case (counts, codes), is returned as it is.
     *
     * @throws NumberFormatException when {@code v} is not a finite number
     */
    static String number(String v) {
        if (isPlainInteger(v)) {
            return v;
        }
        int point = v.length() - 2;
        while (point > 0 && v.charAt(point + 1) == '0') {
            point--;
        }
        if (point > 0 && v.charAt(point + 1) == '.' && v.charAt(0) != '0' && isPlainInteger(v.substring(0, point + 1))) {
            return v.substring(0, point + 1); // 1150.0 and 1150.00 are 1150, as below
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(v);
        }
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(JsonWriter.number(d)).stripTrailingZeros().toPlainString();
    }

    private static boolean isPlainInteger(String v) {
        int n = v.length();
        int start = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (n - start < 1 || n - start > 15 || v.charAt(start) == '0' && n - start > 1) {
            return false;
        }
        for (int i = start; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !(start == 1 && n == 2 && v.charAt(1) == '0'); // "-0" is "0"
    }

    /**
     * An Excel serial date as {@code 2024-03-07}, or {@code 2024-03-07 14:23} when it has a time
     * of day, {@code 2024-03-07 14:23:05} when that time has seconds (rounded to the nearest
     * second). In the 1900 system serial 1 is 1900-01-01 and serials from 61 on are one day
     * ahead of the count of days, because Excel counts 1900-02-29; in the 1904 system serial 0
     * is 1904-01-01.
     *
     * @throws IllegalArgumentException with the reason, for serial 60 of the 1900 system
     *     (1900-02-29, which did not exist), a negative serial, or one past 9999-12-31
     */
    static String date(double serial, boolean date1904) {
        double max = date1904 ? MAX_SERIAL - 1462 : MAX_SERIAL;
        if (!(serial >= 0) || serial >= max + 1) {
            throw new IllegalArgumentException(show(serial) + " is not a date Excel can show (serials run"
                    + " from 0 to " + show(max) + ")");
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else if (days == FICTITIOUS_LEAP_DAY) {
            throw new IllegalArgumentException("serial 60 is 1900-02-29, a day that does not exist (Excel's 1900"
                    + " leap-year bug); enter the date again");
        } else {
            date = EPOCH_1900.plusDays(days < FICTITIOUS_LEAP_DAY ? days : days - 1);
        }
        StringBuilder s = new StringBuilder(19).append(date);
        if (seconds != 0) {
            pad(s.append(' '), seconds / 3600).append(':');
            pad(s, seconds / 60 % 60);
            if (seconds % 60 != 0) {
                pad(s.append(':'), seconds % 60);
            }
        }
        return s.toString();
    }

    private static StringBuilder pad(StringBuilder s, long v) {
        return (v < 10 ? s.append('0') : s).append(v);
    }

    /** A double for a message: {@code 60}, {@code -1.5}. */
    private static String show(double d) {
        return Double.isFinite(d) ? number(Double.toString(d)) : Double.toString(d);
    }
}
