package org.communitysafety.excel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number back out of a report table's cell, which {@code Report.Table} holds as text
 * already formatted ({@code 4,850}, {@code 19.29}, {@code 39.3%}, {@code 42,580,421.00},
 * {@code 4.88e-07}), with the Excel number format that shows it exactly as the report does.
 *
 * <p>Only a cell that is plainly one number, as the report formats numbers, becomes a number:
 * <ul>
 *   <li>a whole number grouped in thousands ({@code 1,369}), or of at most three digits without
 *       a leading zero ({@code 391}); a longer run of digits without separators
 *       ({@code 330102001001}, {@code 2024}) is a code or a year, and stays text;</li>
 *   <li>a decimal ({@code 1.55}, {@code 3,706,832.00}), with as many places as written;</li>
 *   <li>a percentage ({@code 25.6%}), stored as the fraction 0.256 with format {@code 0.0%};</li>
 *   <li>a number in scientific notation ({@code 4.88e-07});</li>
 * </ul>
 * each with an optional sign ({@code -}, {@code −} U+2212, which Excel shows as {@code -}, or
 * {@code +}), and no leading zero. Everything else
 * ({@code 同比下降16.0% *}, {@code 0.97–2.19}, {@code —}) stays text. The format is chosen so that
 * Excel displays the number as the report's text (a test checks this for every cell of the sample's
 * report), so the workbook reads like the HTML while its numbers can be summed and sorted.
 *
 * <p>Why parse at all: {@code Report.Table} carries strings, the form every renderer shares. Typed
 * cells in the report model (a value with its unit and precision) would be the better design; until
 * then this class is the one place that knows the report's number formats. Stateless.
 */
final class ReportNumbers {
    private ReportNumbers() {}

    /** A number read from a cell: its value and the Excel format that displays it as it was written. */
    record Parsed(double value, String format) {}

    private static final String SIGN = "([-\u2212+])?";
    private static final Pattern WHOLE = Pattern.compile(SIGN + "(\\d{1,3}(?:,\\d{3})+|[1-9]\\d{0,2}|0)");
    private static final Pattern DECIMAL = Pattern.compile(SIGN + "(\\d{1,3}(?:,\\d{3})+|0|[1-9]\\d*)\\.(\\d+)");
    private static final Pattern PERCENT = Pattern.compile(SIGN + "(0|[1-9]\\d*)(?:\\.(\\d+))?%");
    private static final Pattern SCIENTIFIC = Pattern.compile(SIGN + "(\\d)(?:\\.(\\d+))?[eE]([-+]\\d+)");

    /** The number {@code text} plainly is, or empty when it is text (or empty). */
    static Optional<Parsed> parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 32) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(t);
        if (m.matches()) {
            return Optional.of(new Parsed(signed(m.group(1), m.group(2)), format(m.group(1), "#,##0")));
        }
        m = DECIMAL.matcher(t);
        if (m.matches()) {
            String places = "0".repeat(m.group(3).length());
            String integer = m.group(2).indexOf(',') >= 0 ? "#,##0." : "0.";
            return Optional.of(new Parsed(signed(m.group(1), m.group(2) + "." + m.group(3)),
                    format(m.group(1), integer + places)));
        }
        m = PERCENT.matcher(t);
        if (m.matches()) {
            String decimals = m.group(3) == null ? "" : "." + m.group(3);
            // the decimal point moved in the digits, not a division: 22.9% is 0.229, not 0.22899999999999998
            double fraction = new BigDecimal(m.group(2) + decimals).movePointLeft(2).doubleValue();
            String format = m.group(3) == null ? "0%" : "0." + "0".repeat(m.group(3).length()) + "%";
            return Optional.of(new Parsed(m.group(1) != null && !m.group(1).equals("+") ? -fraction : fraction,
                    format(m.group(1), format)));
        }
        m = SCIENTIFIC.matcher(t);
        if (m.matches()) {
            String mantissa = m.group(3) == null ? "0" : "0." + "0".repeat(m.group(3).length());
            String digits = "0".repeat(Math.max(2, m.group(4).length() - 1));
            double v = signed(m.group(1), m.group(2) + (m.group(3) == null ? "" : "." + m.group(3)) + "e" + m.group(4));
            return Optional.of(new Parsed(v, format(m.group(1), mantissa + "E+" + digits)));
        }
        return Optional.empty();
    }

    private static double signed(String sign, String digits) {
        double v = Double.parseDouble(digits.replace(",", ""));
        return sign != null && !sign.equals("+") ? -v : v;
    }

    /**
     * {@link #parse}, except that a signed zero ({@code -0.0%}, {@code +0.0}), which Excel shows
     * unsigned, stays text: the cell must read as the report does.
     */
    static Optional<Parsed> number(String text) {
        Optional<Parsed> p = parse(text);
        String t = text.strip();
        boolean signed = t.startsWith("-") || t.startsWith("+") || t.startsWith("\u2212");
        if (p.isPresent() && p.get().value() == 0 && signed) {
            return Optional.empty();
        }
        return p;
    }

    /**
     * The format with the sign as written: a leading {@code +} is kept for positive numbers (a
     * format's sections: positive; negative; zero); a minus needs nothing, Excel writes it.
     */
    private static String format(String sign, String format) {
        return "+".equals(sign) ? "+" + format + ";-" + format + ";" + format : format;
    }
}
