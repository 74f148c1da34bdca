package org.communitysafety.core.io;

import static org.communitysafety.core.io.FieldValues.absent;
import static org.communitysafety.core.io.FieldValues.bad;
import static org.communitysafety.core.io.TextScan.digitRun;
import static org.communitysafety.core.io.TextScan.digits;
import static org.communitysafety.core.io.TextScan.end;
import static org.communitysafety.core.io.TextScan.isSpace;
import static org.communitysafety.core.io.TextScan.number;
import static org.communitysafety.core.io.TextScan.start;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.communitysafety.core.io.FieldValues.DateTime;
import org.communitysafety.core.io.FieldValues.Parsed;

/**
 * The date and date-time parsers behind {@link FieldValues#date} and {@link
 * FieldValues#dateTime} (their javadoc gives the forms), checked digit by digit. Stateless;
 * package-private.
 */
final class DateTexts {
    private DateTexts() {}

    /** {@link FieldValues#date}. */
    static Parsed<LocalDate> date(String text) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        int year;
        int month;
        int day;
        if (e - s == 8 && digits(text, s, e)) {
            year = number(text, s, s + 4);
            month = number(text, s + 4, s + 6);
            day = number(text, s + 6, s + 8);
        } else {
            if (e - s < 8 || !digits(text, s, s + 4)) {
                return notADate(text, s, e);
            }
            year = number(text, s, s + 4);
            char sep = text.charAt(s + 4);
            char sep2;
            char last;
            if (sep == '-' || sep == '/') {
                sep2 = sep;
                last = 0;
            } else if (sep == '年') {
                sep2 = '月';
                last = '日';
            } else {
                return notADate(text, s, e);
            }
            int i = s + 5;
            int j = digitRun(text, i, e);
            if (j == i || j - i > 2 || j == e || text.charAt(j) != sep2) {
                return notADate(text, s, e);
            }
            month = number(text, i, j);
            i = j + 1;
            j = digitRun(text, i, e);
            if (j == i || j - i > 2) {
                return notADate(text, s, e);
            }
            day = number(text, i, j);
            if (last == 0 ? j != e : j != e - 1 || text.charAt(j) != last) {
                return notADate(text, s, e);
            }
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return notADate(text, s, e);
        }
        return new Parsed.Ok<>(LocalDate.of(year, month, day));
    }

    /** {@link FieldValues#dateTime}. */
    static Parsed<DateTime> dateTime(String text) {
        int s = start(text);
        int e = end(text, s);
        if (s == e) {
            return absent();
        }
        int split = dateEnd(text, s, e);
        Parsed<LocalDate> date = date(s == 0 && split == text.length() ? text : text.substring(s, split));
        if (!date.isOk()) {
            return bad(text, s, e, " is not a date");
        }
        int t = split;
        while (t < e && (isSpace(text.charAt(t)) || (t == split && text.charAt(t) == 'T'))) {
            t++;
        }
        if (t == e) {
            return split == e ? new Parsed.Ok<>(DateTime.of(date.value())) : bad(text, s, e, " is not a date");
        }
        if (t == split && text.charAt(split - 1) != '日') {
            return bad(text, s, e, " is not a date");
        }
        int seconds = secondOfDay(text, t, e);
        if (seconds == NOT_A_TIME) {
            return bad(text, s, e, " is not a date");
        }
        if (seconds < 0) {
            return bad(text, s, e, " is not a time of day");
        }
        return new Parsed.Ok<>(new DateTime(date.value(), Optional.of(LocalTime.ofSecondOfDay(seconds))));
    }

    /** Where the date of a date-time ends: after 日, or at the first space or {@code T}. */
    private static int dateEnd(String text, int s, int e) {
        int zh = text.indexOf('日', s);
        if (zh >= 0 && zh < e) {
            return zh + 1;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == 'T' || isSpace(c)) {
                return i;
            }
        }
        return e;
    }

    /** {@link #secondOfDay}: the text is not a time at all. */
    private static final int NOT_A_TIME = Integer.MIN_VALUE;

    /**
     * The second of the day a time {@code text[i, e)} gives, {@link #NOT_A_TIME} when it is not
     * written as a time, or -1 when it is but names no time of day ({@code 24:61}).
     */
    private static int secondOfDay(String text, int i, int e) {
        int j = digitRun(text, i, e);
        if (j == i || j - i > 2 || j == e) {
            return NOT_A_TIME;
        }
        int hour = number(text, i, j);
        int minute;
        int second = 0;
        char sep = text.charAt(j);
        if (sep == ':') {
            int k = digitRun(text, j + 1, e);
            if (k - (j + 1) != 2) {
                return NOT_A_TIME;
            }
            minute = number(text, j + 1, k);
            if (k < e) {
                if (text.charAt(k) != ':') {
                    return NOT_A_TIME;
                }
                int m = digitRun(text, k + 1, e);
                if (m - (k + 1) != 2) {
                    return NOT_A_TIME;
                }
                second = number(text, k + 1, m);
                if (m < e && (text.charAt(m) != '.' || m + 1 == e || !digits(text, m + 1, e))) {
                    return NOT_A_TIME;
                }
            }
        } else if (sep == '时' || sep == '点') {
            int k = digitRun(text, j + 1, e);
            if (k == j + 1 || k - (j + 1) > 2 || k == e || text.charAt(k) != '分') {
                return NOT_A_TIME;
            }
            minute = number(text, j + 1, k);
            k++;
            if (k < e) {
                int m = digitRun(text, k, e);
                if (m == k || m - k > 2 || m != e - 1 || text.charAt(m) != '秒') {
                    return NOT_A_TIME;
                }
                second = number(text, k, m);
            }
        } else {
            return NOT_A_TIME;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        return hour * 3600 + minute * 60 + second;
    }

    private static Parsed<LocalDate> notADate(String text, int s, int e) {
        return bad(text, s, e, " is not a date");
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
