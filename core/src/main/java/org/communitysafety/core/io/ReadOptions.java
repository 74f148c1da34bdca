package org.communitysafety.core.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read a data directory: the text encoding (or that it is detected per file), and
 * whether reading is strict or lenient.
 *
 * <ul>
 *   <li><b>Strict</b> (the default): every problem in every file is reported at once and,
 *       if there is any error, nothing is loaded.</li>
 *   <li><b>Lenient</b>: the good rows are loaded and the rejected ones are returned with
 *       their reasons.</li>
 * </ul>
 * Either way, rows read = rows accepted + rows rejected.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>With {@code detectEncoding} ({@code withEncoding("auto")}) each file's encoding is chosen
 * from its first 64 KiB — UTF-8 with or without a byte-order mark, UTF-16 with one, or GB18030
 * (see {@code io.csv.CharsetDetector} for the rule) — and the choice is reported as a note
 * ({@link Severity#INFO}), e.g. {@code incidents.csv: read as GB18030 (detected)}; {@code
 * charset} is then not used. Without it no file is read twice.
 *
 * @param charset        the encoding of every file: UTF-8 (with or without a byte-order mark) by
 *                       default, GBK or GB18030 when the user says so
 * @param lenient        whether to load the good rows despite errors
 * @param detectEncoding whether to detect each file's encoding instead of using {@code charset}
 * @param mapping        how the files map onto the interchange format ({@link MappingProfile#none()}
 *                       when they are in it)
 * @param firstDate      the first date a record may give ({@link #FIRST_DATE} by default); an
 *                       earlier one is a row error, {@code incidents.csv line 7, column
 *                       occurred_on: 1024-03-18 is before 1949-10-01, the first date accepted; a
 *                       typo?}
 * @param lastDate       the last date a record may give, or {@code null} for one year after the
 *                       day of reading (the default); a later one is a row error, {@code
 *                       5000-01-01 is after 2027-12-06, the last date accepted (one year from
 *                       today); a typo?}
 */
public record ReadOptions(Charset charset, boolean lenient, boolean detectEncoding, MappingProfile mapping,
        LocalDate firstDate, LocalDate lastDate) {
    /** The first date accepted by default, 1949-10-01. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1949, 10, 1);

    /** The name that asks for detection: {@code auto}. */
    public static final String AUTO = "auto";

    private static final ReadOptions DEFAULTS = new ReadOptions(StandardCharsets.UTF_8, false);

    public ReadOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(firstDate, "firstDate");
        if (lastDate != null && lastDate.isBefore(firstDate)) {
            throw new IllegalArgumentException("the last date accepted, " + lastDate + ", is before the first, "
                    + firstDate);
        }
    }

    /** With the default date window: {@link #FIRST_DATE} to one year after the day of reading. */
    public ReadOptions(Charset charset, boolean lenient, boolean detectEncoding, MappingProfile mapping) {
        this(charset, lenient, detectEncoding, mapping, FIRST_DATE, null);
    }

    /** {@code charset} or detected, without a mapping profile. */
    public ReadOptions(Charset charset, boolean lenient, boolean detectEncoding) {
        this(charset, lenient, detectEncoding, MappingProfile.none());
    }

    /** {@code charset}, not detected. */
    public ReadOptions(Charset charset, boolean lenient) {
        this(charset, lenient, false);
    }

    /** UTF-8, strict. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** These options, lenient. */
    public ReadOptions asLenient() {
        return new ReadOptions(charset, true, detectEncoding, mapping, firstDate, lastDate);
    }

    /** These options, strict. */
    public ReadOptions asStrict() {
        return new ReadOptions(charset, false, detectEncoding, mapping, firstDate, lastDate);
    }

    /** These options with another encoding, not detected. */
    public ReadOptions withCharset(Charset charset) {
        return new ReadOptions(charset, lenient, false, mapping, firstDate, lastDate);
    }

    /** These options with each file's encoding detected ({@code --encoding auto}). */
    public ReadOptions withDetectedEncoding() {
        return new ReadOptions(StandardCharsets.UTF_8, lenient, true, mapping, firstDate, lastDate);
    }

    /** These options, reading the files through {@code mapping} ({@code --mapping FILE}). */
    public ReadOptions withMapping(MappingProfile mapping) {
        return new ReadOptions(charset, lenient, detectEncoding, Objects.requireNonNull(mapping, "mapping"), firstDate,
                lastDate);
    }

    /**
     * These options accepting dates from {@code first} to {@code last}, both included; earlier
     * or later dates in incidents, disputes and outreach are row errors.
     *
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public ReadOptions withDateWindow(LocalDate first, LocalDate last) {
        return new ReadOptions(charset, lenient, detectEncoding, mapping, Objects.requireNonNull(first, "first"),
                Objects.requireNonNull(last, "last"));
    }

    /** The last date accepted when reading on {@code today}: {@link #lastDate()}, or a year after today. */
    public LocalDate lastDateOn(LocalDate today) {
        return lastDate != null ? lastDate : today.plusYears(1);
    }

    /** What the encoding is called: {@code auto} when detected, else the charset's name. */
    public String encodingName() {
        return detectEncoding ? AUTO : charset.name();
    }

    /**
     * These options with the encoding named {@code name}: {@code utf-8}, {@code gbk},
     * {@code gb18030}, {@code auto} (detected per file) or any name Java knows. {@code gbk}
     * reads as GB18030, its superset, so that characters outside GBK do not turn into question
     * marks.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public ReadOptions withEncoding(String name) {
        Objects.requireNonNull(name, "name");
        return name.strip().equalsIgnoreCase(AUTO) ? withDetectedEncoding() : withCharset(charsetNamed(name));
    }

    /** The charset named {@code name}, with {@code gbk}/{@code gb2312} read as GB18030. */
    public static Charset charsetNamed(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("gbk") || n.equals("gb2312") || n.equals("cp936")) {
            n = "GB18030";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(name + " is not a known encoding; use utf-8, gbk or gb18030", e);
        }
    }
}
